/**
 * Thai justification for pdfmake. pdfmake justifies by spreading the spare width between a line's
 * inlines, which are words: in Thai that opens gaps that read as spaces, and a space in Thai marks
 * the end of a phrase or sentence. Like Word's "Thai distributed" alignment, we spread the spare
 * width over the gaps between grapheme clusters instead: each justified line's inlines are cut
 * into pieces at those gaps and each piece is placed on its own. Line breaks are not touched; they
 * were chosen before, on whole words.
 *
 * Why not PDF character spacing (Tc, pdfmake's `characterSpacing`): the viewer adds Tc after every
 * glyph, zero-width tone and vowel marks included, while pdfkit places marks that carry an offset
 * with an absolute text matrix computed without Tc; the marks drift and the spacing collected so
 * far is dropped at each of them (seen rendered: "ต์/" drawn overlapping).
 */
import type { ElementWriterClass, ElementWriterInstance, PdfmakeInline, PdfmakeLine } from './pdfmake-internals'
import { isThaiCodeUnit } from './thai-line-breaker'

const THAI_RUN = /[\u0E01-\u0E5B]/
const WHITESPACE = /^\s+$/

/**
 * A gap never widens by more than this share of the font size; a line that would need more (a long
 * unbreakable token pushed to the next line) stays short of the margin rather than letter-spaced.
 */
export const MAX_GAP_STRETCH_EM = 0.2

interface Piece {
  inline: PdfmakeInline
  text: string
  /** May the gap before this piece widen? */
  stretchBefore: boolean
}

function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000
}

/**
 * Widen between two Thai characters (the gaps inside and between Thai words) and beside spaces;
 * never inside a run of Latin letters or digits, which keeps ligatures and kerning and keeps the
 * gap small where pdftotext would read it as a space.
 */
function stretchable(before: string, after: string): boolean {
  const last = before.charCodeAt(before.length - 1)
  const first = after.charCodeAt(0)
  return (isThaiCodeUnit(last) && isThaiCodeUnit(first)) || isSpaceCode(last) || isSpaceCode(first)
}

// Characters that join the character before them into one cluster: combining marks (Thai vowel
// and tone marks among them) and SARA AM, a letter by category but a spacing mark in a cluster.
const JOINS_PREVIOUS = /[\p{M}\u0E33\u200C\u200D]/u

function cutIntoPieces(inlines: PdfmakeInline[]): Piece[] {
  const pieces: Piece[] = []
  let previous = ''
  for (const inline of inlines) {
    const text = inline.text
    let start = 0
    let stretchBefore = false
    for (let i = 0; i < text.length; i++) {
      const char = text[i]!
      // Stretchable gaps have a Thai character or a space on one side, so a cut never falls
      // inside a surrogate pair.
      const gapStretches = previous !== '' && !JOINS_PREVIOUS.test(char) && stretchable(previous, char)
      if (i === 0) {
        stretchBefore = gapStretches
      } else if (gapStretches) {
        pieces.push({ inline, text: text.slice(start, i), stretchBefore })
        start = i
        stretchBefore = true
      }
      previous = char
    }
    if (text.length > 0) pieces.push({ inline, text: text.slice(start), stretchBefore })
  }
  return pieces
}

function widthOf(inline: PdfmakeInline, text: string): number {
  return inline.font.widthOfString(text, inline.fontSize, inline.fontFeatures) + (inline.characterSpacing ?? 0) * (text.length - 1)
}

/** Should this line be justified the Thai way? Last lines and lines ended by "\n" stay ragged. */
export function wantsThaiJustification(line: PdfmakeLine): boolean {
  const first = line.inlines[0]
  if (!first || first.alignment !== 'justify' || line.newLineForced || line.lastLineInParagraph) return false
  return line.inlines.some((inline) => THAI_RUN.test(inline.text))
}

/**
 * Replaces the line's inlines by pieces spread over `availableWidth`. The first piece keeps the
 * line's start (a first-line indent included), the last visible piece ends on the right margin,
 * trailing spaces hang beyond it as pdfmake's own justification lets them.
 */
export function justifyThaiLine(line: PdfmakeLine, availableWidth: number): void {
  const first = line.inlines[0]
  if (!first) return
  const pieces = cutIntoPieces(line.inlines)
  const placed: PdfmakeInline[] = []
  let x = first.x
  for (const piece of pieces) {
    const width = widthOf(piece.inline, piece.text)
    // A child of the inline, not a copy: pdfmake's inlines carry some thirty style fields, and
    // copying them for every character cluster made justification twice as slow.
    const placedPiece: PdfmakeInline = Object.create(piece.inline)
    placedPiece.text = piece.text
    placedPiece.x = x
    placedPiece.width = width
    placedPiece.justifyShift = 0
    placed.push(placedPiece)
    x += width
  }
  let firstVisible = 0
  while (firstVisible < pieces.length - 1 && WHITESPACE.test(pieces[firstVisible]!.text)) firstVisible++
  let lastVisible = pieces.length - 1
  while (lastVisible > firstVisible && WHITESPACE.test(pieces[lastVisible]!.text)) lastVisible--
  let gaps = 0
  for (let i = firstVisible + 1; i <= lastVisible; i++) if (pieces[i]!.stretchBefore) gaps++
  const end = placed[lastVisible]!.x + placed[lastVisible]!.width
  if (gaps > 0) {
    const perGap = Math.min((availableWidth - end) / gaps, MAX_GAP_STRETCH_EM * first.fontSize)
    let shift = 0
    for (let i = firstVisible + 1; i < placed.length; i++) {
      if (i <= lastVisible && pieces[i]!.stretchBefore) {
        shift += perGap
        placed[i]!.justifyShift = perGap
      }
      placed[i]!.x += shift
    }
  }
  line.inlines = placed
}

const INSTALLED: unique symbol = Symbol.for('publish-desk.thai-justification')
type PatchedPrototype = ElementWriterInstance & { [INSTALLED]?: true }

/** Routes pdfmake's line alignment through justifyThaiLine for justified lines holding Thai. */
export function installThaiJustification(ElementWriter: ElementWriterClass): void {
  const prototype: PatchedPrototype = ElementWriter.prototype
  if (prototype[INSTALLED]) return
  const pdfmakeAlignLine = prototype.alignLine
  prototype.alignLine = function alignLine(this: ElementWriterInstance, line: PdfmakeLine): void {
    if (wantsThaiJustification(line)) justifyThaiLine(line, this.context().availableWidth)
    else pdfmakeAlignLine.call(this, line)
  }
  prototype[INSTALLED] = true
}
