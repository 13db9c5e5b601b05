/**
 * A "view" of text made for matching, with a map back to the original offsets.
 *
 * Documents typed by hand, justified by Word or extracted from a PDF carry stray spaces inside
 * phrases ("พรบ.ว่าด้วยการกระทำ ความผิด"), dotted leaders ("วันที่...๒๔...เดือน"), Thai or Arabic
 * digits and, from PDFs, ำ split into ํ + า. Patterns are written once against the view, where
 * all of that is folded away, and every match is mapped back to the exact text a person sees.
 */

export interface TextView {
  /** The folded text. */
  text: string
  /** For view character i: the source range [srcStart[i], srcEnd[i]) it came from. */
  srcStart: number[]
  srcEnd: number[]
}

const THAI_ZERO = 0x0e50
const isDigit = (c: string | undefined): boolean => c !== undefined && /[0-9\u0e50-\u0e59]/.test(c)
// Spaces of every kind, and the invisible ones (ZWSP, ZWNJ, ZWJ, word joiner, BOM) that Thai
// word processors insert at word breaks.
const SPACE_RE = /[\s\u00a0\u200b-\u200d\u2060\ufeff]/

export function isSpace(c: string | undefined): boolean {
  return c !== undefined && SPACE_RE.test(c)
}

/**
 * Folds `src`: drops whitespace (but keeps one space between two digits, so "๒๕๔๐ ๑๒" stays two
 * numbers), drops dotted leaders (two or more dots, or …), turns Thai digits into Arabic ones and
 * ํา into ำ. Single dots stay: they belong to abbreviations (พ.ศ., ก.ค.).
 */
export function foldView(src: string): TextView {
  // Built as an array and joined once: reading the last character of a string grown with +=
  // flattens it each time, which made a long document quadratic.
  const chars: string[] = []
  let last: string | undefined
  const srcStart: number[] = []
  const srcEnd: number[] = []
  const push = (ch: string, s: number, e: number): void => {
    chars.push(ch)
    last = ch
    srcStart.push(s)
    srcEnd.push(e)
  }
  let i = 0
  while (i < src.length) {
    const c = src[i] as string
    if (isSpace(c)) {
      let j = i
      while (j < src.length && isSpace(src[j])) j++
      if (isDigit(last) && isDigit(src[j])) push(' ', i, j)
      i = j
      continue
    }
    if (c === '.' || c === '\u2026') {
      let j = i
      while (j < src.length && (src[j] === '.' || src[j] === '\u2026')) j++
      if (j - i >= 2 || c === '\u2026') {
        i = j
        continue
      }
      push('.', i, i + 1)
      i++
      continue
    }
    const code = c.charCodeAt(0)
    if (code >= THAI_ZERO && code <= THAI_ZERO + 9) {
      push(String.fromCharCode(0x30 + code - THAI_ZERO), i, i + 1)
      i++
      continue
    }
    if (c === '\u0e4d' && src[i + 1] === '\u0e32') {
      push('\u0e33', i, i + 2)
      i += 2
      continue
    }
    push(c, i, i + 1)
    i++
  }
  return { text: chars.join(''), srcStart, srcEnd }
}

/** The source range of view range [vs, ve). */
export function sourceRange(view: TextView, vs: number, ve: number): { start: number; end: number } {
  if (ve <= vs) {
    const at = view.srcStart[vs] ?? view.srcEnd[view.srcEnd.length - 1] ?? 0
    return { start: at, end: at }
  }
  return { start: view.srcStart[vs] ?? 0, end: view.srcEnd[ve - 1] ?? 0 }
}

/**
 * The paragraphs joined with '\n', for patterns that may run over a paragraph break (a title
 * block whose "เรื่อง …" line is a paragraph of its own), and the way back to a paragraph.
 */
export interface JoinedText {
  text: string
  /** Offset of each paragraph's first character in `text`. */
  starts: number[]
  paragraphs: readonly string[]
}

export function joinParagraphs(paragraphs: readonly string[]): JoinedText {
  const starts: number[] = []
  let text = ''
  paragraphs.forEach((p, i) => {
    if (i > 0) text += '\n'
    starts.push(text.length)
    text += p
  })
  return { text, starts, paragraphs }
}

/** The paragraph holding joined offset `at` (a '\n' between paragraphs belongs to the earlier one). */
export function paragraphAt(joined: JoinedText, at: number): number {
  let lo = 0
  let hi = joined.starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((joined.starts[mid] ?? 0) <= at) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * A joined range as a paragraph range. A range that crosses paragraphs is cut to the paragraph
 * its end lies in (where the year, the wrong part of a citation, usually is).
 */
export function toParagraphRange(joined: JoinedText, start: number, end: number): { paragraphIndex: number; start: number; end: number } {
  const last = paragraphAt(joined, Math.max(start, end - 1))
  const base = joined.starts[last] ?? 0
  const s = Math.max(start, base) - base
  const e = Math.min(end - base, (joined.paragraphs[last] ?? '').length)
  return { paragraphIndex: last, start: s, end: Math.max(s, e) }
}

/** Whitespace collapsed to single spaces and trimmed: how names are compared and quoted. */
export function collapseSpaces(s: string): string {
  return s.replace(/[\s\u00a0\u200b-\u200d\u2060\ufeff]+/g, ' ').trim()
}

/** Whitespace removed and ํา folded: how place names are compared. */
export function squeeze(s: string): string {
  return foldView(s).text
}
