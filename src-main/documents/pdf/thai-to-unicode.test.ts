import { describe, expect, it } from 'vitest'
import { openFontFile } from './glyph-guard'
import { sarabunFamily } from './pdf-fonts'
import type { FontkitFont, FontkitGlyph } from './pdfmake-internals'
import { correctedCodePoints } from './thai-to-unicode'

describe('correctedCodePoints', () => {
  const sarabun = openFontFile(sarabunFamily().files.normal)

  it('maps the two glyphs Sarabun draws for ำ to ํ and า, and leaves other glyphs alone', () => {
    const glyphs = sarabun.layout('ทำ').glyphs
    expect(glyphs).toHaveLength(3)
    const [tho, nikhahit, saraAa] = glyphs as [FontkitGlyph, FontkitGlyph, FontkitGlyph]
    expect(correctedCodePoints(sarabun, tho.id, tho.codePoints)).toEqual([0x0e17])
    expect(correctedCodePoints(sarabun, nikhahit.id, nikhahit.codePoints)).toEqual([0x0e4d])
    expect(saraAa.codePoints).toEqual([])
    expect(correctedCodePoints(sarabun, saraAa.id, saraAa.codePoints)).toEqual([0x0e32])
  })

  it('keeps the tone mark of a mark ligature and its order', () => {
    const ligature = sarabun.layout('ก่ำ').glyphs[1]!
    expect(correctedCodePoints(sarabun, ligature.id, ligature.codePoints)).toEqual([0x0e48, 0x0e4d])
  })

  it('keeps ำ for a font that draws it as one glyph', () => {
    const font = { glyphForCodePoint: () => ({ id: 42, advanceWidth: 500, codePoints: [0x0e33] }), hasGlyphForCodePoint: () => true } as unknown as FontkitFont
    expect(correctedCodePoints(font, 42, [0x0e33])).toEqual([0x0e33])
  })
})
