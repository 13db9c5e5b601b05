/**
 * Thai text that reads back as typed. A Thai tone mark may sit left of the vowel mark typed before
 * it (Sarabun shifts ้ left over ั in "ตั้ง"), and readers that order glyphs by position, pdftotext
 * among them, then give "ต้ัง". So each piece of Thai drawn is wrapped in a marked-content span
 * carrying its text as ActualText (PDF 32000-1 §14.9.4), which such readers use instead of
 * guessing from the glyphs; ำ also comes back as ำ there. Readers that ignore ActualText still get
 * the per-glyph map that thai-to-unicode.ts corrects.
 */
import type { PdfkitDocumentClass, PdfkitDocumentInstance } from './pdfmake-internals'

const THAI_RUN = /[\u0E01-\u0E5B]/

/** A PDF text string in UTF-16BE with byte-order mark, written as hex (no escaping to get wrong). */
function utf16Hex(text: string): string {
  let hex = 'FEFF'
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')
  return `<${hex}>`
}

/** The operator opening a span whose text readers should take to be `text`. */
export function actualTextSpan(text: string): string {
  return `/Span <</ActualText ${utf16Hex(text)}>> BDC`
}

const INSTALLED: unique symbol = Symbol.for('publish-desk.thai-actual-text')
type PatchedPrototype = PdfkitDocumentInstance & { [INSTALLED]?: true }

/**
 * Wraps pdfkit's drawing of one run of text (`_fragment`, behind every `text()` call pdfmake makes)
 * in an ActualText span when the run holds Thai. The span must open after BT and close before ET:
 * a reader places the ActualText with the graphics state current at its end, and pdfkit draws each
 * run between q/Q with its own transformation (closed after Q, poppler put the text at the page's
 * foot). So while the run is drawn, BT and ET passing through addContent get the span beside them.
 * Drawing is synchronous, so one module-level slot says which run is being drawn; patching the
 * instance instead (adding and deleting its own addContent) made pdfkit's document slow for good.
 */
export function installThaiActualText(PDFDocument: PdfkitDocumentClass): void {
  const prototype: PatchedPrototype = PDFDocument.prototype
  if (prototype[INSTALLED]) return
  const pdfkitFragment = prototype._fragment
  const pdfkitAddContent = prototype.addContent
  let drawing: { document: PdfkitDocumentInstance; span: string } | null = null

  prototype.addContent = function addContent(this: PdfkitDocumentInstance, operators: string): unknown {
    if (drawing === null || drawing.document !== this) return pdfkitAddContent.call(this, operators)
    if (operators === 'ET') pdfkitAddContent.call(this, 'EMC')
    const result = pdfkitAddContent.call(this, operators)
    if (operators === 'BT') pdfkitAddContent.call(this, drawing.span)
    return result
  }

  prototype._fragment = function _fragment(this: PdfkitDocumentInstance, text: string, x: number, y: number, options: object): unknown {
    if (drawing !== null || !THAI_RUN.test(text)) return pdfkitFragment.call(this, text, x, y, options)
    // Trailing spaces draw nothing, but inside the span they would widen the text's box past the
    // last letter (past the right margin at a line's end); readers see the gap that follows anyway.
    const drawn = `${text}`.replace(/\n/g, '').replace(/\s+$/u, '')
    drawing = { document: this, span: actualTextSpan(drawn) }
    try {
      return pdfkitFragment.call(this, drawn, x, y, options)
    } finally {
      drawing = null
    }
  }
  prototype[INSTALLED] = true
}
