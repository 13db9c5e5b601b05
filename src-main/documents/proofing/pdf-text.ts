/**
 * The paragraphs of a PDF, read with pdf.js (legacy build: the one that runs under plain Node).
 *
 * pdf.js gives positioned text pieces. They are put back together as the page shows them:
 * pieces on one baseline make a line (ordered left to right, a space where a gap is wider
 * than pdf.js's own spaces account for); lines make a paragraph until a larger vertical gap, an
 * indented first line or a short previous line ends it. Thai lines are joined without a space
 * (a Thai line breaks between words, not at a space); others with one.
 *
 * Glyphs whose text is only in an /ActualText span (pdf-actual-text.ts) get that text.
 */
import { readActualTextMarkers, type Marker } from './pdf-actual-text'

interface Piece {
  str: string
  x: number
  y: number
  w: number
  size: number
}

interface Line {
  y: number
  size: number
  pieces: Piece[]
  x0: number
  x1: number
  text: string
}

interface PdfJsTextItem {
  str: string
  transform: number[]
  width: number
  height: number
}
interface PdfJsMarker {
  type: string
}
type PdfJsItem = PdfJsTextItem | PdfJsMarker

const isTextItem = (i: PdfJsItem): i is PdfJsTextItem => 'str' in i

/**
 * pdf.js's items with ActualText put in: the first text piece inside a span gets the span's
 * text, the others none. Used only when pdf.js and our reader saw the same spans; otherwise
 * the items are left as they are.
 */
export function applyActualText(items: readonly PdfJsItem[], markers: readonly Marker[] | undefined): PdfJsItem[] {
  if (!markers) return [...items]
  const begins = markers.filter((m) => m.kind === 'begin')
  const pdfBegins = items.filter((i) => !isTextItem(i) && i.type.startsWith('begin')).length
  if (begins.length !== pdfBegins || !begins.some((m) => m.actualText !== undefined)) return [...items]
  const out: PdfJsItem[] = []
  const open: Array<{ text: string | undefined; used: boolean }> = []
  let k = 0
  for (const item of items) {
    if (!isTextItem(item)) {
      if (item.type.startsWith('begin')) open.push({ text: begins[k++]?.actualText, used: false })
      else open.pop()
      out.push(item)
      continue
    }
    // The outermost span with ActualText speaks for everything inside it.
    const span = open.find((s) => s.text !== undefined)
    if (!span) out.push(item)
    else if (!span.used) {
      span.used = true
      out.push({ ...item, str: span.text ?? '' })
    } else out.push({ ...item, str: '' })
  }
  return out
}

const THAI = /[\u0e01-\u0e5b]/
const endsThai = (s: string): boolean => THAI.test(s.slice(-1))
const startsThai = (s: string): boolean => THAI.test(s.slice(0, 1))

/**
 * A gap wider than this (in ems) between two pieces is a space pdf.js did not write. pdf.js
 * writes the spaces of running text itself; what is left are column gaps. Less than an em
 * would split words of a line justified by spreading its letters (Thai distributed alignment).
 */
const GAP_AS_SPACE = 0.8

function lineText(pieces: Piece[]): string {
  let text = ''
  let prevEnd = -Infinity
  for (const p of pieces) {
    const gap = p.x - prevEnd
    if (text !== '' && p.str !== '' && gap > p.size * GAP_AS_SPACE && !/\s$/.test(text) && !/^\s/.test(p.str)) text += ' '
    text += p.str
    prevEnd = Math.max(prevEnd, p.x + p.w)
  }
  return text.replace(/[ \t]+$/, '')
}

/** Lines of one page, top to bottom. */
export function pageLines(items: readonly PdfJsItem[]): Line[] {
  const lines: Line[] = []
  for (const item of items) {
    // Empty pieces stay: they hold the place of glyphs whose text an ActualText span gave to
    // the first piece, so the line shows no gap where they were drawn.
    if (!isTextItem(item)) continue
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform
    const size = Math.max(Math.hypot(c, d), Math.hypot(a, b), item.height, 1)
    // pdf.js adds a space where a glyph lands a hair away from where the last one ended; after
    // a zero-width Thai mark (ั over a substitute glyph) that is not a word break.
    const hairSpace = /^\s+$/.test(item.str) && item.width < size * 0.15
    const piece: Piece = { str: hairSpace ? '' : item.str, x, y, w: item.width, size }
    const line = lines.find((l) => Math.abs(l.y - y) <= Math.min(l.size, size) * 0.35)
    if (line) {
      line.pieces.push(piece)
      line.size = Math.max(line.size, size)
    } else lines.push({ y, size, pieces: [piece], x0: 0, x1: 0, text: '' })
  }
  for (const l of lines) {
    // Content order is reading order in the PDFs word processors write, and marks drawn with a
    // negative offset would be misplaced by sorting on x; sort only a line drawn out of order.
    const outOfOrder = l.pieces.some((p, i) => i > 0 && p.x < (l.pieces[i - 1]?.x ?? 0) - p.size)
    if (outOfOrder) l.pieces.sort((p, q) => p.x - q.x)
    l.x0 = Math.min(...l.pieces.map((p) => p.x))
    l.x1 = Math.max(...l.pieces.map((p) => p.x + p.w))
    l.text = lineText(l.pieces)
  }
  return lines.filter((l) => l.text.trim() !== '').sort((p, q) => q.y - p.y || p.x0 - q.x0)
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? 0
}

/**
 * Lines grouped into paragraphs. `pageWidth` helps find the right edge of the text on a page
 * whose lines are all short: margins are taken as at least as wide on the right as on the left.
 */
export function linesToParagraphs(lines: readonly Line[], pageWidth = 0): string[] {
  if (lines.length === 0) return []
  const gaps = lines.slice(1).map((l, i) => (lines[i]?.y ?? 0) - l.y).filter((g) => g > 0)
  const usual = median(gaps)
  const left = Math.min(...lines.map((l) => l.x0))
  const right = Math.max(...lines.map((l) => l.x1), pageWidth - left)
  const paragraphs: string[] = []
  let current = lines[0]?.text ?? ''
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1] as Line
    const line = lines[i] as Line
    const gap = prev.y - line.y
    const newParagraph =
      gap <= 0 ||
      (usual > 0 && gap > usual * 1.4) ||
      line.x0 - prev.x0 > line.size * 0.9 ||
      prev.x1 < right - prev.size * 4
    if (newParagraph) {
      paragraphs.push(current)
      current = line.text
    } else current += (endsThai(current) && startsThai(line.text) ? '' : ' ') + line.text.trimStart()
  }
  paragraphs.push(current)
  return paragraphs
}

export interface PdfText {
  paragraphs: string[]
  pageCount: number
}

export async function pdfParagraphs(bytes: Uint8Array): Promise<PdfText> {
  // ESM-only module, imported when needed: the main process bundle stays CommonJS.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  let markers: Array<Marker[] | undefined> | undefined
  try {
    markers = readActualTextMarkers(bytes)
  } catch {
    // Our reader is a help, not a requirement: pdf.js's text stands without it.
    markers = undefined
  }
  const doc = await pdfjs.getDocument({
    // pdf.js may take ownership of the buffer it is given.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS
  }).promise
  try {
    const paragraphs: string[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const content = await page.getTextContent({ includeMarkedContent: true })
      const items = applyActualText(content.items as PdfJsItem[], markers?.[n - 1])
      paragraphs.push(...linesToParagraphs(pageLines(items), page.getViewport({ scale: 1 }).width))
      page.cleanup()
    }
    return { paragraphs, pageCount: doc.numPages }
  } finally {
    await doc.destroy()
  }
}
