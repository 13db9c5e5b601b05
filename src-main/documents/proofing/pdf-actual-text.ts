/**
 * The /ActualText of a PDF's marked-content spans, page by page, in content order.
 *
 * Why: LibreOffice (and other writers) draw a Thai cluster such as ำ with two glyphs, or a
 * character its font lacks with a substitute glyph, and put the real text in a marked-content
 * span `/Span <</ActualText (…)>> BDC … EMC`; the font's ToUnicode map then lacks those glyphs.
 * pdftotext reads ActualText; pdf.js does not (its text content reports the span's boundaries
 * but not the text), so "สำนักงาน" comes out as "สำ\u0003นักง\u0003น" and a Devanagari word as
 * three copies of its first letter. pdf-text.ts pairs the spans found here with pdf.js's span
 * markers, one to one, and puts the ActualText in place of the glyphs' text.
 *
 * This is a small reader for just that: pdf-syntax.ts reads values, pdf-objects.ts objects
 * (plain and in object streams), the page tree and content streams (FlateDecode or unfiltered);
 * this file walks the content streams and form XObjects for the spans. Anything it cannot read
 * (encryption, other filters) makes it return undefined for that page, and the caller keeps
 * pdf.js's text.
 */
import { PdfFile } from './pdf-objects'
import { decodeTextString, isName, latin1, Lexer, PdfName, PdfOperator, PdfString, type PdfDict, type PdfValue } from './pdf-syntax'

// Re-exported so callers (and the tests) keep importing the text-string decoder from here.
export { decodeTextString }

export interface Marker {
  kind: 'begin' | 'end'
  actualText?: string
}

/** Marked-content markers of a content stream, descending into form XObjects as pdf.js does. */
function collectMarkers(file: PdfFile, data: Uint8Array, resources: PdfDict | undefined, out: Marker[], depth: number, level: { n: number }): boolean {
  const lexer = new Lexer(data)
  let operands: Array<PdfValue> = []
  for (;;) {
    const v = lexer.value()
    if (v === undefined) {
      if (lexer.pos >= data.length) return true
      continue
    }
    if (!(v instanceof PdfOperator)) {
      operands.push(v)
      continue
    }
    switch (v.op) {
      case 'BMC':
        level.n++
        out.push({ kind: 'begin' })
        break
      case 'BDC': {
        level.n++
        let props = operands[1]
        if (props instanceof PdfName) props = file.dict(file.dict(resources?.get('Properties'))?.get(props.name))
        const at = props instanceof Map ? file.get(props.get('ActualText')) : undefined
        out.push(at instanceof PdfString ? { kind: 'begin', actualText: decodeTextString(at.bytes) } : { kind: 'begin' })
        break
      }
      case 'EMC':
        // pdf.js drops an EMC with no open span; so must we, to stay in step.
        if (level.n > 0) {
          level.n--
          out.push({ kind: 'end' })
        }
        break
      case 'BI': {
        // Inline image: its binary data runs from after "ID " to "EI".
        const id = latin1(data.subarray(lexer.pos, Math.min(data.length, lexer.pos + 4096))).search(/\sID[\s]/)
        if (id < 0) return false
        const dataStart = lexer.pos + id + 4
        const rest = latin1(data.subarray(dataStart))
        const ei = rest.search(/\sEI(?=[\s]|$)/)
        if (ei < 0) return false
        lexer.pos = dataStart + ei + 3
        break
      }
      case 'Do': {
        const name = operands[0]
        if (!(name instanceof PdfName) || depth > 12) break
        const ref = file.dict(resources?.get('XObject'))?.get(name.name)
        const xo = file.streamOf(ref)
        if (!xo || !isName(xo.dict.get('Subtype'), 'Form')) break
        const res = file.dict(xo.dict.get('Resources')) ?? resources
        if (!collectMarkers(file, xo.data, res, out, depth + 1, level)) return false
        break
      }
      default:
        break
    }
    operands = []
  }
}

/**
 * For each page, its marked-content markers in content order (undefined where the page could
 * not be read). Undefined for the whole file when it is encrypted or has no readable page tree.
 */
export function readActualTextMarkers(bytes: Uint8Array): Array<Marker[] | undefined> | undefined {
  const file = new PdfFile(bytes)
  if (file.isEncrypted()) return undefined
  const pages = file.pages()
  if (pages.length === 0) return undefined
  return pages.map(({ page, resources }) => {
    const c = page.get('Contents')
    const resolved = file.get(c)
    const refs: PdfValue[] = Array.isArray(resolved) ? resolved : c !== undefined ? [c] : []
    const out: Marker[] = []
    const level = { n: 0 }
    for (const ref of refs) {
      const s = file.streamOf(ref)
      if (!s) return undefined
      if (!collectMarkers(file, s.data, resources, out, 0, level)) return undefined
    }
    return out
  })
}
