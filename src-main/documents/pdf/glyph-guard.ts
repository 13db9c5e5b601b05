/**
 * Finds the characters a font has no glyph for. pdfkit draws them as glyph 0 (.notdef), a box on
 * paper; a renderer calls this first and refuses or substitutes. Known cases: a Devanagari "นา"
 * typed from a wrong keyboard layout (the seed has "อำเภอनावัง"), U+200B pasted from the web,
 * a tab (Sarabun has no glyph for U+0009).
 */
import { statSync } from 'node:fs'
import { pdfMessages } from './pdf-messages'
import { requireFontkit, type FontkitFont } from './pdfmake-internals'

export interface MissingGlyph {
  char: string
  codePoint: number
  /** UTF-16 offset in the text, as String.prototype.slice counts. */
  index: number
}

// pdfmake turns these into line ends before drawing; they never reach the font.
const LINE_ENDS = new Set([0x0a, 0x0d])

const opened = new Map<string, FontkitFont>()

/**
 * A single font file parsed by fontkit (as pdfkit will parse it), cached by path and by the
 * file's identity on disk: the office's font is replaced under the same name (and another
 * process may replace it), and a stale parse would measure the old font.
 */
export function openFontFile(path: string): FontkitFont {
  const stat = statSync(path, { bigint: true })
  const key = `${path}\u0000${stat.ino}:${stat.size}:${stat.mtimeNs}`
  const cached = opened.get(key)
  if (cached) return cached
  const font = requireFontkit().openSync(path)
  if ('fonts' in font) throw new Error(`${path} is a font collection`)
  for (const old of opened.keys()) if (old.startsWith(`${path}\u0000`)) opened.delete(old)
  opened.set(key, font)
  return font
}

export function findMissingGlyphs(font: FontkitFont | string, text: string): MissingGlyph[] {
  const face = typeof font === 'string' ? openFontFile(font) : font
  const missing: MissingGlyph[] = []
  let index = 0
  for (const char of text) {
    const codePoint = char.codePointAt(0)!
    if (!LINE_ENDS.has(codePoint) && face.glyphForCodePoint(codePoint).id === 0) missing.push({ char, codePoint, index })
    index += char.length
  }
  return missing
}

function hex(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`
}

/** "न" (U+0928), or only the code for a character nobody can see (U+200B). */
export function describeCharacter(char: string): string {
  const visible = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(char)
  return visible ? `"${char}" (${hex(char.codePointAt(0)!)})` : hex(char.codePointAt(0)!)
}

/** A Thai sentence naming each distinct missing character once, for the proofing screen. */
export function missingGlyphsMessage(fontName: string, missing: MissingGlyph[]): string {
  const distinct = [...new Set(missing.map((m) => m.char))]
  return pdfMessages.missingGlyphs(fontName, distinct.map(describeCharacter).join(', '))
}
