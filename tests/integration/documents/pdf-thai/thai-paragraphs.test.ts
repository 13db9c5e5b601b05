/**
 * The seed's long Thai paragraphs as a memo body (A4, left 3 cm, right 2 cm, official 16 pt,
 * justified, 2.5 cm first-line indent) in Sarabun, read back with poppler: the text survives,
 * nothing crosses the right margin, lines break only between words, justification opens no
 * word gaps, fonts are embedded and no .notdef glyph is drawn.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openFontFile } from '../../../../src-main/documents/pdf/glyph-guard'
import { pdfFontSize, sarabunFamily } from '../../../../src-main/documents/pdf/thai-pdfmake'
import { skipBecause } from '../../electron-shell/skip'
import { drawnGlyphIds, havePoppler, pdfFonts, pdfLines, pdfText, type BoxLine } from './poppler'
import { A4_WIDTH, CM, drawableSeedParagraphs, FIRST_LINE_INDENT, MARGIN_LEFT, MARGIN_RIGHT, memoBody, renderPdf } from './seed-document'
import { alignFolded, fold, foldSource, type FoldedSource } from './thai-text-compare'

const poppler = havePoppler()
const RIGHT_EDGE = A4_WIDTH - MARGIN_RIGHT
const TEXT_WIDTH = RIGHT_EDGE - MARGIN_LEFT
const FONT_SIZE = pdfFontSize(16)

function sarabunSpaceWidth(): number {
  const font = openFontFile(sarabunFamily().files.normal)
  return (font.glyphForCodePoint(0x20).advanceWidth / font.unitsPerEm) * FONT_SIZE
}

let dir = ''
let file = ''
let pdf: Buffer
let source: FoldedSource
let lines: BoxLine[] = []
/** For each line, the folded source offset where it ends (the next line starts at or after it). */
let lineEnds: number[] = []
/** For each line, the folded source offsets of each word's first and last character. */
let wordSpans: { first: number; last: number }[][] = []

beforeAll(async () => {
  const paragraphs = drawableSeedParagraphs()
  expect(paragraphs.length).toBeGreaterThanOrEqual(40)
  source = foldSource(paragraphs)
  pdf = await renderPdf(memoBody(paragraphs))
  dir = mkdtempSync(join(tmpdir(), 'publish-desk-pdf-thai-'))
  file = join(dir, 'seed-paragraphs.pdf')
  writeFileSync(file, pdf)
  if (!poppler) return
  lines = pdfLines(file)
  const foldedWords = lines.map((line) => line.words.map((w) => fold(w.text)))
  const alignment = alignFolded(source.text, foldedWords.map((words) => words.join(' ')).join(' '))
  if (!alignment.ok) throw new Error(`pdftotext -bbox-layout does not give back the source: ${JSON.stringify(alignment.mismatch)}`)
  let offset = 0
  wordSpans = foldedWords.map((words) =>
    words.map((word) => {
      const span = { first: alignment.sourceIndexOf[offset]!, last: alignment.sourceIndexOf[offset + word.length - 1]! }
      offset += word.length + 1
      return span
    })
  )
  lineEnds = wordSpans.map((spans) => spans[spans.length - 1]!.last + 1)
}, 60_000)

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

beforeEach((ctx) => {
  if (!poppler) skipBecause(ctx, 'pdftotext (poppler-utils) is not installed; .ci/run installs it')
})

describe('Thai paragraphs typeset by pdfmake', () => {
  it('(a) pdftotext gives back the source text, after NFKC and whitespace folding', () => {
    const alignment = alignFolded(source.text, fold(pdfText(file)))
    expect(alignment.mismatch).toBeUndefined()
    expect(alignment.ok).toBe(true)
  })

  it('(b) no word reaches beyond the right margin; only paragraph ends are short', () => {
    expect(lines.length).toBeGreaterThan(100)
    for (const line of lines) {
      for (const word of line.words) expect(word.xMax, word.text).toBeLessThanOrEqual(RIGHT_EDGE + 0.5)
    }
    lines.forEach((line, i) => {
      if (source.paragraphEnds.includes(lineEnds[i]!)) return
      expect(line.xMax - MARGIN_LEFT, `line ${i + 1} is short`).toBeGreaterThanOrEqual(TEXT_WIDTH / 2)
      // Justified: every line but a paragraph's last ends on the margin.
      expect(line.xMax, `line ${i + 1} is not justified`).toBeGreaterThan(RIGHT_EDGE - 0.5)
    })
  })

  it('(b) paragraphs start indented 2.5 cm, other lines on the left margin', () => {
    const starts = new Set([0, ...source.paragraphEnds.map((end) => end + 1)])
    lines.forEach((line, i) => {
      const start = i === 0 ? 0 : lineEnds[i - 1]! + (source.text[lineEnds[i - 1]!] === ' ' ? 1 : 0)
      const expected = starts.has(start) ? MARGIN_LEFT + FIRST_LINE_INDENT : MARGIN_LEFT
      expect(Math.abs(line.xMin - expected), `line ${i + 1}`).toBeLessThan(0.5)
    })
  })

  it('(c) every font is embedded', () => {
    const fonts = pdfFonts(file)
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))).toContain('Sarabun-Regular')
    for (const font of fonts) expect(font.embedded, font.name).toBe(true)
  })

  it('(d) no .notdef glyph (a box) is drawn', () => {
    const ids = drawnGlyphIds(pdf)
    expect(ids.length).toBeGreaterThan(10_000)
    expect(ids.filter((id) => id === 0)).toEqual([])
  })

  it('(e) every line ends at a space or at a word boundary of the source', () => {
    const segmenter = new Intl.Segmenter('th', { granularity: 'word' })
    const boundaries = new Set([...segmenter.segment(source.original)].map((s) => s.index))
    lineEnds.forEach((end, i) => {
      const text = source.text
      const atSpace = end === text.length || text[end] === ' ' || text[end - 1] === ' '
      const original = source.originalIndex[end]!
      const atWordBoundary = original >= 0 && boundaries.has(original)
      expect(atSpace || atWordBoundary, `line ${i + 1} ends inside a word: …${text.slice(end - 12, end)}|${text.slice(end, end + 12)}…`).toBe(true)
    })
    // The paragraphs have few spaces; most line ends must be Thai word boundaries, not spaces.
    const insideThai = lineEnds.filter((end) => /[\u0E01-\u0E5B]/.test(source.text[end - 1] ?? '') && /[\u0E01-\u0E5B]/.test(source.text[end] ?? ''))
    expect(insideThai.length).toBeGreaterThan(lines.length / 3)
  })

  it('(f) justification opens no gap between Thai words that looks like a space', () => {
    // pdftotext splits a line into words at visible gaps. Where the source has no space between
    // two such words (their characters are neighbours in the source) the gap must stay under half
    // a space, and every space of the source must stay at least a space wide: a space is what
    // tells a Thai reader a phrase has ended. pdfmake's own justification put the spare width of
    // a line between its words: gaps of several points where the source has none.
    const space = sarabunSpaceWidth()
    const withoutSpace: number[] = []
    const withSpace: number[] = []
    lines.forEach((line, i) => {
      for (let k = 1; k < line.words.length; k++) {
        const gap = line.words[k]!.xMin - line.words[k - 1]!.xMax
        const adjacent = wordSpans[i]![k]!.first === wordSpans[i]![k - 1]!.last + 1
        ;(adjacent ? withoutSpace : withSpace).push(gap)
        if (adjacent) expect(gap, `${line.words[k - 1]!.text}|${line.words[k]!.text}`).toBeLessThan(space / 2)
        else expect(gap, `${line.words[k - 1]!.text} ${line.words[k]!.text}`).toBeGreaterThan(space - 0.3)
      }
    })
    expect(withSpace.length).toBeGreaterThan(100)
  })

  it('is A4 with the official margins', () => {
    expect(lines.every((line) => Math.abs(line.pageWidth - A4_WIDTH) < 0.01)).toBe(true)
    expect(MARGIN_LEFT).toBeCloseTo(3 * CM, 9)
  })
})
