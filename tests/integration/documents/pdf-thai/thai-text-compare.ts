/**
 * Comparing text read back from a PDF with the text that went in.
 *
 * fold(s): NFKC (pdftotext gives ำ as its compatibility decomposition ํา; NFKC turns both sides
 * into the same sequence), then every run of whitespace (line ends included) becomes one space,
 * then trim.
 *
 * alignFolded(source, extracted) then walks both folded texts together and accepts exactly one
 * difference: a space in the extracted text, with a Thai character on each side, where the source
 * has none. pdftotext invents words from gaps between glyphs; Thai has no spaces between words, and
 * the gaps Thai justification opens between characters, the text-matrix moves pdfkit makes for
 * tone marks, and line ends inside a Thai run all come back as such spaces. They carry nothing:
 * every character of the source must still come back, in order, and every space the source has
 * must come back as a space (a lost space fails, an invented space between Latin words fails).
 */
const THAI = /^[\u0E01-\u0E5B]$/

export function fold(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim()
}

export interface Alignment {
  ok: boolean
  /** For each extracted index, the source index it matched (-1 for a dropped space). */
  sourceIndexOf: number[]
  /** Where matching stopped, with a few characters of context, when !ok. */
  mismatch?: { sourceIndex: number; extractedIndex: number; source: string; extracted: string }
}

function isThai(char: string | undefined): boolean {
  return char !== undefined && THAI.test(char)
}

/** Both arguments already folded. */
export function alignFolded(source: string, extracted: string): Alignment {
  const sourceIndexOf: number[] = []
  let i = 0
  let j = 0
  while (j < extracted.length) {
    const e = extracted[j]!
    if (i < source.length && source[i] === e) {
      sourceIndexOf.push(i++)
      j++
    } else if (e === ' ' && isThai(extracted[j - 1]) && isThai(extracted[j + 1]) && source[i] !== ' ') {
      sourceIndexOf.push(-1)
      j++
    } else {
      break
    }
  }
  if (i === source.length && j === extracted.length) return { ok: true, sourceIndexOf }
  return {
    ok: false,
    sourceIndexOf,
    mismatch: { sourceIndex: i, extractedIndex: j, source: source.slice(Math.max(0, i - 20), i + 20), extracted: extracted.slice(Math.max(0, j - 20), j + 20) }
  }
}

export interface FoldedSource {
  /** fold() of the paragraphs joined by line ends. */
  text: string
  /** For each folded index, the index in `original` it came from; -1 for the second and later
   * characters of a decomposition (ำ → ํ + า), where no line can end. */
  originalIndex: number[]
  /** The paragraphs joined by "\n", unnormalised (ICU segments this; NFKC's ํา would segment differently). */
  original: string
  /** Folded index just past the end of each paragraph. */
  paragraphEnds: number[]
}

/** fold() one character at a time, remembering where each folded character came from. */
export function foldSource(paragraphs: string[]): FoldedSource {
  const original = paragraphs.map((p) => p.trim()).join('\n')
  let text = ''
  const originalIndex: number[] = []
  const paragraphEnds: number[] = []
  let pendingSpace = false
  let index = 0
  for (const char of original) {
    if (char === '\n') paragraphEnds.push(text.length)
    if (/\s/u.test(char)) {
      pendingSpace = text.length > 0
    } else {
      if (pendingSpace) {
        text += ' '
        originalIndex.push(index - 1)
        pendingSpace = false
      }
      const normalized = char.normalize('NFKC')
      for (let k = 0; k < normalized.length; k++) originalIndex.push(k === 0 ? index : -1)
      text += normalized
    }
    index += char.length
  }
  paragraphEnds.push(text.length)
  return { text, originalIndex, original, paragraphEnds }
}
