/**
 * Correct Unicode for copied and extracted Thai text. pdfkit records, for each glyph it draws, the
 * characters that glyph stands for (the ToUnicode map that pdftotext, search and copy read), taking
 * them from fontkit's shaping. Sarabun draws SARA AM (ำ) as two glyphs, NIKHAHIT and SARA AA, and
 * fontkit credits the whole ำ to the first and nothing to the second. So "ทำ" read back as "ทำา";
 * worse, SARA AA is one glyph, and when its first use in a document was inside ำ, every า of the
 * document read back as nothing ("ทำ งาน" gave "ทำ ง น"). We rewrite the map before it is written:
 * the NIKHAHIT part stands for U+0E4D, a glyph credited with nothing gets the Thai character the
 * font's cmap gives it. ำ then reads back as ํา, its compatibility decomposition (NFKC-equal).
 */
import type { EmbeddedFontInstance, FontkitFont } from './pdfmake-internals'

const SARA_AM = 0x0e33
const NIKHAHIT = 0x0e4d

/** The characters a drawn glyph should read back as. */
export function correctedCodePoints(font: FontkitFont, glyphId: number, codePoints: readonly number[]): number[] {
  if (codePoints.length === 0) {
    for (let codePoint = 0x0e01; codePoint <= 0x0e5b; codePoint++) {
      if (font.hasGlyphForCodePoint(codePoint) && font.glyphForCodePoint(codePoint).id === glyphId) return [codePoint]
    }
    return []
  }
  if (codePoints.includes(SARA_AM) && font.glyphForCodePoint(SARA_AM).id !== glyphId) {
    // A glyph made from ำ that is not the font's own ำ glyph: its NIKHAHIT part (SARA AA is drawn apart).
    return codePoints.map((codePoint) => (codePoint === SARA_AM ? NIKHAHIT : codePoint))
  }
  return [...codePoints]
}

const INSTALLED: unique symbol = Symbol.for('publish-desk.thai-to-unicode')
type PatchedPrototype = EmbeddedFontInstance & { [INSTALLED]?: true }

/** Corrects pdfkit's map for every embedded (TrueType/OpenType) font, just before it is written. */
export function installThaiToUnicodeFix(embeddedFontPrototype: EmbeddedFontInstance): void {
  const prototype: PatchedPrototype = embeddedFontPrototype
  if (prototype[INSTALLED]) return
  const pdfkitToUnicodeCmap = prototype.toUnicodeCmap
  prototype.toUnicodeCmap = function toUnicodeCmap(this: EmbeddedFontInstance): unknown {
    // Entry 0 is .notdef; the others follow the subset's glyph order.
    for (let gid = 1; gid < this.unicode.length; gid++) {
      const glyphId = this.subset.glyphs[gid]
      const codePoints = this.unicode[gid]
      if (glyphId !== undefined && codePoints) this.unicode[gid] = correctedCodePoints(this.font, glyphId, codePoints)
    }
    return pdfkitToUnicodeCmap.call(this)
  }
  prototype[INSTALLED] = true
}
