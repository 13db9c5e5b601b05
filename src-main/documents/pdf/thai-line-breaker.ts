/**
 * Thai line breaking for pdfmake (and pdfkit): Thai has no spaces between words, and the UAX #14
 * breaker pdfmake uses (npm `linebreak`) finds no break inside a Thai run, so a Thai paragraph
 * never wrapped. We add the word boundaries of ICU's Thai dictionary (Intl.Segmenter) to the
 * breaks UAX #14 finds. U+200B would give break points too, but Sarabun has no glyph for it and
 * pdfkit draws a box.
 */
import type { LineBreak, LineBreakerClass, LineBreakerInstance } from './pdfmake-internals'

const wordSegmenter = new Intl.Segmenter('th', { granularity: 'word' })
const THAI_RUN = /[\u0E01-\u0E5B]/

export function isThaiCodeUnit(code: number): boolean {
  return code >= 0x0e01 && code <= 0x0e5b
}

// Mai yamok (ๆ) and paiyannoi (ฯ) belong to the word before them; a line must not start with one.
const NEVER_LINE_START = new Set([0x0e46, 0x0e2f])

/**
 * Offsets inside `text` where a Thai word ends and another begins with no space between them:
 * ICU word boundaries with a Thai character on both sides.
 */
export function thaiWordBreaks(text: string): number[] {
  if (!THAI_RUN.test(text)) return []
  const breaks: number[] = []
  for (const { index } of wordSegmenter.segment(text)) {
    if (index === 0) continue
    const before = text.charCodeAt(index - 1)
    const after = text.charCodeAt(index)
    if (isThaiCodeUnit(before) && isThaiCodeUnit(after) && !NEVER_LINE_START.has(after)) breaks.push(index)
  }
  return breaks
}

/**
 * Offsets just after a space where a letter, digit or "." follows. The rule for Thai documents is
 * that a line may end at any space; UAX #14 refuses a break before "." even after a space, so a
 * list like "นามสกุล .pdf .xls .xlsx .doc" was one unbreakable block that left a line half empty.
 */
export function spaceBreaks(text: string): number[] {
  const breaks: number[] = []
  for (const match of text.matchAll(/ +(?=[\p{L}\p{N}.])/gu)) breaks.push(match.index + match[0].length)
  return breaks
}

const INSTALLED: unique symbol = Symbol.for('publish-desk.thai-line-breaker')
type PatchedPrototype = LineBreakerInstance & { [INSTALLED]?: true }

/**
 * Makes every breaker of this class also break between Thai words and after every space. The prototype is patched rather
 * than the module replaced in require's cache, so it works whichever was loaded first, pdfmake or
 * this; installing twice is harmless.
 */
export function installThaiLineBreaker(LineBreaker: LineBreakerClass): void {
  const prototype: PatchedPrototype = LineBreaker.prototype
  if (prototype[INSTALLED]) return
  const uax14NextBreak = prototype.nextBreak
  const pending = new WeakMap<LineBreakerInstance, { breaks: LineBreak[]; next: number }>()

  prototype.nextBreak = function nextBreak(this: LineBreakerInstance): LineBreak | null {
    let state = pending.get(this)
    if (!state) {
      const byPosition = new Map<number, LineBreak>()
      for (let found = uax14NextBreak.call(this); found; found = uax14NextBreak.call(this)) byPosition.set(found.position, found)
      for (const position of [...thaiWordBreaks(this.string), ...spaceBreaks(this.string)]) {
        if (!byPosition.has(position)) byPosition.set(position, { position, required: false })
      }
      state = { breaks: [...byPosition.values()].sort((a, b) => a.position - b.position), next: 0 }
      pending.set(this, state)
    }
    return state.breaks[state.next++] ?? null
  }
  prototype[INSTALLED] = true
}
