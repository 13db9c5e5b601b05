/**
 * What the search index (request_search, migration 0010) holds for a text, and how a search term
 * is asked of it: substring search by strided grams.
 *
 * A plain trigram index answers a term of L characters with a phrase of L − 2 overlapping
 * trigrams, and reads every one of their doclists: "แผนปฏิบัติการ" is 11 trigrams, "การ" among them
 * (in 81 % of the benchmark's requests), ~290,000 entries to count its 15,364 matches. Here each
 * text is instead cut into grams at a stride of 3, in each of the three alignments (starting at
 * characters 0, 1 and 2), and in three lengths, one per column:
 *
 *   g0: 3-character grams   g1: 4-character grams   g2: 5-character grams   (all at stride 3)
 *
 * A term of L = 3m + c characters (m ≥ 1, c = 0, 1 or 2) found at character p of a text is then
 * exactly the phrase of m consecutive grams of column g<c> in alignment p mod 3: the grams at
 * p, p + 3, …, p + 3(m − 1), each 3 + c long, which end at p + L. "แผนปฏิบัติการ" (13 = 3·4 + 1)
 * becomes the phrase "แผนป ปฏิบ บัติ ิการ" of g1: four selective 4-character grams instead of
 * eleven trigrams (~2.5 times faster to count; measured in bench/register.bench.ts). What is found
 * is what LIKE finds, character for character: no false match to filter out afterwards. The cost
 * is size: each character starts one gram in each of the three columns, three times the entries
 * of a trigram index (~3.4 KB a request against ~1.1 KB).
 *
 * FTS5's tokenizers cannot cut text this way, and a tokenizer of our own would have to be C; so
 * the grams are spelt out here, as words of the `ascii` tokenizer: each character becomes two
 * symbols of [0-9a-z] (five outside Thai and ASCII), so that a gram is one lower-case word that no
 * tokenizer folds, splits or joins. A separator word ("x", never a gram: those are 6 symbols or
 * more) stands between alignments, fields and file names, so that no phrase runs from one into
 * the next. ASCII letters are folded to lower case first, as LIKE folds them.
 *
 * The register's triggers call searchGrams through the SQL function `search_grams`, which every
 * connection that writes the register registers (open-database.ts): the encoding is therefore
 * part of the file format. Changing it means a migration that rebuilds the index.
 */
import type Database from 'better-sqlite3'

const SYMBOLS = '0123456789abcdefghijklmnopqrstuvwxyz'
/** Written between alignments, fields and file names; shorter than any gram. */
export const GRAM_SEPARATOR = 'x'
export const GRAM_STRIDE = 3
/** Column i of the search index holds the grams of 3 + i characters. */
export const GRAM_COLUMNS = ['g0', 'g1', 'g2'] as const
export type GramClass = 0 | 1 | 2
/** The shortest term the grams can find; shorter ones are matched by LIKE (request-query.ts). */
export const GRAM_MIN_LENGTH = GRAM_STRIDE

const THAI_FIRST = 0x0e00
const THAI_END = 0x0e80
const ASCII_FIRST = 0x20
const ASCII_END = 0x80
const WIDE_PREFIX = 'z'

/**
 * One character as symbols: Thai (U+0E00–U+0E7F) as two, the first of 0–3; printable ASCII as
 * two, the first of 4–6; anything else as 'z' and four base-36 digits (all of Unicode fits).
 * The first symbol says how long the code is, so no two texts share a spelling.
 */
function encodeCodePoint(codePoint: number): string {
  let cp = codePoint
  if (cp >= 0x41 && cp <= 0x5a) cp += 0x20
  if (cp >= THAI_FIRST && cp < THAI_END) {
    const x = cp - THAI_FIRST
    return (SYMBOLS[x >> 5] ?? '') + (SYMBOLS[x & 31] ?? '')
  }
  if (cp >= ASCII_FIRST && cp < ASCII_END) {
    const x = cp - ASCII_FIRST
    return (SYMBOLS[4 + (x >> 5)] ?? '') + (SYMBOLS[x & 31] ?? '')
  }
  return WIDE_PREFIX + cp.toString(36).padStart(4, '0')
}

/** The spellings of Thai and ASCII, made once: the triggers spell every character of every text. */
const COMMON = new Map<number, string>()
for (let cp = 0; cp < ASCII_END; cp++) COMMON.set(cp, encodeCodePoint(cp))
for (let cp = THAI_FIRST; cp < THAI_END; cp++) COMMON.set(cp, encodeCodePoint(cp))

/** The characters of a text (code points, as LIKE counts them), each spelt as symbols. */
function encodeChars(text: string): string[] {
  const out: string[] = []
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    out.push(COMMON.get(cp) ?? encodeCodePoint(cp))
  }
  return out
}

/** A whole text as one word of the index (a category code in its facet column). */
export function searchWord(text: string): string {
  return encodeChars(text).join('')
}

/** A text spelt once for the grams of all three columns: its symbols, and where each character's begin. */
interface SpeltText {
  symbols: string
  /** starts[i] is where character i begins in `symbols`; one more entry marks the end. */
  starts: number[]
}

function spell(text: string): SpeltText {
  const chars = encodeChars(text)
  const starts = [0]
  for (const c of chars) starts.push((starts[starts.length - 1] ?? 0) + c.length)
  return { symbols: chars.join(''), starts }
}

/**
 * The triggers ask for the three columns of a row one after the other, with the same texts: the
 * last row's spelling is kept for the next two calls (a third of the work of spelling them anew).
 */
let lastTexts: readonly (string | null | undefined)[] = []
let lastSpelt: (SpeltText | null)[] = []

function spellAll(texts: readonly (string | null | undefined)[]): (SpeltText | null)[] {
  if (texts.length !== lastTexts.length || texts.some((t, i) => t !== lastTexts[i])) {
    lastTexts = [...texts]
    lastSpelt = texts.map((t) => (t ? spell(t) : null))
  }
  return lastSpelt
}

/** The grams of column `gramClass` for some texts (a request's fields and file names), as the index's column text. */
export function searchGrams(gramClass: GramClass, texts: readonly (string | null | undefined)[]): string {
  const length = GRAM_STRIDE + gramClass
  const words: string[] = []
  for (const spelt of spellAll(texts)) {
    if (!spelt) continue
    const { symbols, starts } = spelt
    const chars = starts.length - 1
    for (let alignment = 0; alignment < GRAM_STRIDE; alignment++) {
      words.push(GRAM_SEPARATOR)
      for (let at = alignment; at + length <= chars; at += GRAM_STRIDE) words.push(symbols.slice(starts[at], starts[at + length]))
    }
  }
  return words.join(' ')
}

/**
 * The FTS5 query for one term of GRAM_MIN_LENGTH characters or more: the phrase of its grams in
 * the column of its length (see above). Only symbols and spaces: no user text reaches the
 * query's syntax.
 */
export function gramPhrase(term: string): string {
  const chars = encodeChars(term)
  if (chars.length < GRAM_MIN_LENGTH) throw new RangeError(`a term of ${chars.length} characters has no grams`)
  const gramClass = chars.length % GRAM_STRIDE
  const count = Math.floor(chars.length / GRAM_STRIDE)
  const grams: string[] = []
  for (let k = 0; k < count; k++) grams.push(chars.slice(k * GRAM_STRIDE, k * GRAM_STRIDE + GRAM_STRIDE + gramClass).join(''))
  return `${GRAM_COLUMNS[gramClass]} : "${grams.join(' ')}"`
}

/**
 * Registers the SQL functions the register's triggers call (migration 0010):
 * `search_grams(class, names_json, text, …)` — the column text of gram class 0–2 for the texts
 * and the JSON array of file names; `search_word(text)` — searchWord. A connection without them
 * cannot write requests or attachments (SQLite refuses with "no such function").
 */
export function registerSearchFunctions(db: Database.Database): void {
  db.function('search_grams', { deterministic: true, varargs: true }, (gramClass: unknown, namesJson: unknown, ...texts: unknown[]) => {
    if (gramClass !== 0 && gramClass !== 1 && gramClass !== 2) throw new RangeError('search_grams: class must be 0, 1 or 2')
    const names = typeof namesJson === 'string' ? (JSON.parse(namesJson) as unknown[]) : []
    const all = [...texts, ...names].map((t) => (typeof t === 'string' ? t : null))
    return searchGrams(gramClass, all)
  })
  db.function('search_word', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? searchWord(text) : null))
}
