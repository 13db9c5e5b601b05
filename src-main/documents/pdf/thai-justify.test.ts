import { describe, expect, it } from 'vitest'
import type { PdfmakeInline, PdfmakeLine } from './pdfmake-internals'
import { justifyThaiLine, MAX_GAP_STRETCH_EM, wantsThaiJustification } from './thai-justify'

// A font where Thai marks take no width, as in real Thai fonts.
const font = {
  widthOfString(text: string, size: number): number {
    let units = 0
    for (const char of text) units += /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/.test(char) ? 0 : char === ' ' ? 0.25 : 0.5
    return units * size
  }
}

function lineOf(texts: string[], options: { indent?: number; last?: boolean } = {}): PdfmakeLine {
  const inlines: PdfmakeInline[] = []
  let x = options.indent ?? 0
  for (const text of texts) {
    const width = font.widthOfString(text, 10)
    inlines.push({ text, x, width, fontSize: 10, alignment: 'justify', font })
    x += width
  }
  return { inlines, lastLineInParagraph: options.last ?? false }
}

const visibleEnd = (line: PdfmakeLine) => {
  const visible = line.inlines.filter((inline) => inline.text.trim() !== '')
  const last = visible[visible.length - 1]!
  return last.x + last.width
}

describe('justifyThaiLine', () => {
  it('ends the last visible piece on the margin and keeps every character in order', () => {
    const line = lineOf(['ข้อมูล', 'ข่าวสาร ', 'ของ', 'ราชการ '])
    justifyThaiLine(line, 120)
    expect(visibleEnd(line)).toBeCloseTo(120, 6)
    expect(line.inlines.map((inline) => inline.text).join('')).toBe('ข้อมูลข่าวสาร ของราชการ ')
  })

  it('spreads the spare width evenly over the gaps between character clusters, not between words', () => {
    const line = lineOf(['ที่', 'นี่'])
    justifyThaiLine(line, 20)
    expect(line.inlines.map((inline) => inline.text)).toEqual(['ที่', 'นี่'])
    const line2 = lineOf(['ข้อ', 'มูล'])
    justifyThaiLine(line2, 24.5)
    expect(line2.inlines.map((inline) => inline.text)).toEqual(['ข้', 'อ', 'มู', 'ล'])
    const gaps = line2.inlines.slice(1).map((piece, i) => piece.x - (line2.inlines[i]!.x + line2.inlines[i]!.width))
    for (const gap of gaps) expect(gap).toBeCloseTo(1.5, 6)
  })

  it('cuts only between clusters: marks and SARA AM stay with their consonant', () => {
    const line = lineOf(['ก่ำเกิน', '😀😀'])
    justifyThaiLine(line, 60)
    expect(line.inlines.map((inline) => inline.text)).toEqual(['ก่ำ', 'เ', 'กิ', 'น', '😀😀'])
  })

  it('keeps a Latin word in one piece and does not widen inside it', () => {
    const line = lineOf(['ภาครัฐ ', '(Government)'])
    justifyThaiLine(line, 95)
    expect(line.inlines.map((inline) => inline.text)).toContain('(Government)')
    expect(visibleEnd(line)).toBeCloseTo(95, 6)
  })

  it('keeps the first-line indent', () => {
    const line = lineOf(['ด้วย', 'งาน', 'ข้อมูล'], { indent: 70 })
    justifyThaiLine(line, 130)
    expect(line.inlines[0]!.x).toBe(70)
    expect(visibleEnd(line)).toBeCloseTo(130, 6)
  })

  it('stops widening at the cap and leaves the rest of the line empty', () => {
    const line = lineOf(['กข'])
    justifyThaiLine(line, 500)
    expect(line.inlines[1]!.x - (line.inlines[0]!.x + line.inlines[0]!.width)).toBeCloseTo(MAX_GAP_STRETCH_EM * 10, 6)
  })

  it('records each gap as justifyShift, which pdfmake uses to draw underlines across it', () => {
    const line = lineOf(['ข้อ', 'มูล'])
    justifyThaiLine(line, 24.5)
    expect(line.inlines.map((inline) => inline.justifyShift)).toEqual([0, 1.5, 1.5, 1.5])
  })
})

describe('wantsThaiJustification', () => {
  it('takes justified lines with Thai, except the last of a paragraph', () => {
    expect(wantsThaiJustification(lineOf(['ข้อมูล', 'ข่าวสาร']))).toBe(true)
    expect(wantsThaiJustification(lineOf(['ข้อมูล', 'ข่าวสาร'], { last: true }))).toBe(false)
    expect(wantsThaiJustification(lineOf(['Government ', 'Website']))).toBe(false)
  })
})
