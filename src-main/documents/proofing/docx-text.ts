/**
 * The paragraphs of a DOCX, from word/document.xml: each w:p is a paragraph (table cells and
 * text boxes hold their own), its text the w:t runs in order, w:tab a tab, w:br / w:cr a
 * newline. Deleted revisions (w:delText), field codes (w:instrText) and the fallback copy of a
 * drawing (mc:Fallback, which repeats a text box's content) are left out.
 *
 * A small tag scanner instead of a DOM: document.xml is machine-written, and only these few
 * elements matter.
 */
import { loadJsZip } from './load-jszip'

const TAG_RE = /<(\/?)([A-Za-z_][\w.-]*(?::[\w.-]+)?)((?:\s+[^>]*?)?)(\/?)>|([^<]+)/g

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

export function decodeXmlText(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16))
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10))
    return ENTITIES[e] ?? whole
  })
}

/** Paragraph texts of a WordprocessingML body (the XML of word/document.xml). */
export function paragraphsFromDocumentXml(xml: string): string[] {
  const out: string[] = []
  // Open paragraphs: a text box's paragraphs sit inside a run of the paragraph that anchors it.
  const stack: string[] = []
  let inText = false
  let skipDepth = 0 // > 0 inside mc:Fallback

  for (const m of xml.matchAll(TAG_RE)) {
    const [, closing, name, , selfClosing, text] = m
    if (text !== undefined) {
      if (inText && skipDepth === 0 && stack.length > 0) stack[stack.length - 1] += decodeXmlText(text)
      continue
    }
    if (name === 'mc:Fallback') {
      if (closing) skipDepth = Math.max(0, skipDepth - 1)
      else if (!selfClosing) skipDepth++
      continue
    }
    if (skipDepth > 0) continue
    switch (name) {
      case 'w:p':
        if (closing) out.push(stack.pop() ?? '')
        else if (selfClosing) out.push('')
        else stack.push('')
        break
      case 'w:t':
        inText = !closing && !selfClosing
        break
      case 'w:tab':
      case 'w:ptab':
        if (!closing && stack.length > 0) stack[stack.length - 1] += '\t'
        break
      case 'w:br':
      case 'w:cr':
        if (!closing && stack.length > 0) stack[stack.length - 1] += '\n'
        break
      case 'w:noBreakHyphen':
        if (!closing && stack.length > 0) stack[stack.length - 1] += '-'
        break
      default:
        break
    }
  }
  // An unclosed paragraph (a truncated file) still counts.
  while (stack.length > 0) out.push(stack.shift() ?? '')
  return out
}

/** The DOCX's paragraphs, or undefined when the package has no word/document.xml. */
export async function docxParagraphs(bytes: Uint8Array): Promise<string[] | undefined> {
  const zip = await loadJsZip().loadAsync(bytes)
  const main = zip.file('word/document.xml')
  if (!main) return undefined
  return paragraphsFromDocumentXml(await main.async('string'))
}
