/**
 * The strided grams find exactly what LIKE finds: checked on random texts from a small alphabet
 * (so that near misses are common), against SQLite's own LIKE, in a real FTS5 table.
 */
import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { seededRng } from '../../bench/lib/prng'
import { GRAM_SEPARATOR, gramPhrase, registerSearchFunctions, searchGrams, searchWord } from './search-grams'

/** Thai letters, vowels and tone marks, ASCII of both cases, a space, a dot, Latin-1 and one character beyond the BMP. */
const ALPHABET = [...'กขคงาิีุ่้ัำ', 'a', 'A', 'b', 'B', ' ', '.', '%', 'é', 'É', '๑', '😀']

/**
 * The term a phrase of two grams of class `c` would find where the run of grams of `alignment` in
 * `text` ends and the next run begins (the next alignment of the same text, or the first of
 * `next` after the last alignment), were there no separator between them: the last gram of the
 * one run, then the first gram of the other less the `c` characters consecutive grams share.
 */
function junctionTerm(c: number, text: string[], next: string[], alignment: number): string | null {
  const length = 3 + c
  const grams = (chars: string[], from: number) => {
    const out: string[] = []
    for (let at = from; at + length <= chars.length; at += 3) out.push(chars.slice(at, at + length).join(''))
    return out
  }
  const last = grams(text, alignment).at(-1)
  const first = alignment < 2 ? grams(text, alignment + 1)[0] : grams(next, 0)[0]
  return last === undefined || first === undefined ? null : last + [...first].slice(c).join('')
}

describe('search grams', () => {
  it('spell every character as symbols of one lower-case word, and no two texts alike', () => {
    for (const text of ['แผนปฏิบัติการ', 'SCAN_2568.PDF', 'scan_2568.pdf', 'é😀', 'ĀāǍ']) {
      expect(searchWord(text)).toMatch(/^[0-9a-z]+$/)
    }
    expect(searchWord('SCAN')).toBe(searchWord('scan'))
    expect(searchWord('É')).not.toBe(searchWord('é'))
    const spelt = new Set(['ก', 'กก', 'a', 'aa', 'ab', 'é', '😀', 'ก😀', '😀ก', 'x'].map(searchWord))
    expect(spelt.size).toBe(10)
    expect(searchGrams(0, ['กขค']).split(' ')).toEqual([GRAM_SEPARATOR, searchWord('กขค'), GRAM_SEPARATOR, GRAM_SEPARATOR])
  })

  it('ask for a term of 3m + c characters as m grams of 3 + c characters', () => {
    expect(gramPhrase('กขค')).toBe(`g0 : "${searchWord('กขค')}"`)
    expect(gramPhrase('แผนปฏิบัติการ')).toBe(`g1 : "${['แผนป', 'ปฏิบ', 'บัติ', 'ิการ'].map(searchWord).join(' ')}"`)
    expect(gramPhrase('ร้องเรีย')).toBe(`g2 : "${['ร้องเ', 'งเรีย'].map(searchWord).join(' ')}"`)
    expect(() => gramPhrase('กข')).toThrow(RangeError)
  })

  it('find in an FTS5 table exactly the texts LIKE finds, for 600 random terms over 400 random texts', () => {
    const db = new Database(':memory:')
    registerSearchFunctions(db)
    db.exec(`CREATE VIRTUAL TABLE s USING fts5(g0, g1, g2, content = '', tokenize = 'ascii');
             CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT)`)
    const rng = seededRng(10)
    const text = (min: number, max: number) => Array.from({ length: rng.int(min, max) }, () => rng.pick(ALPHABET)).join('')
    const insertText = db.prepare('INSERT INTO t (id, a, b) VALUES (?, ?, ?)')
    const insertGrams = db.prepare(
      `INSERT INTO s (rowid, g0, g1, g2) VALUES (@id, search_grams(0, @names, @a), search_grams(1, @names, @a), search_grams(2, @names, @a))`
    )
    const texts: string[] = []
    for (let id = 1; id <= 400; id++) {
      const a = text(0, 40)
      const b = text(0, 12)
      texts.push(a)
      insertText.run(id, a, b)
      insertGrams.run({ id, a, names: JSON.stringify([b]) })
    }
    const viaGrams = db.prepare('SELECT rowid FROM s WHERE s MATCH ? ORDER BY rowid').pluck()
    const viaLike = db.prepare(`SELECT id FROM t WHERE a LIKE @p ESCAPE '\\' OR b LIKE @p ESCAPE '\\' ORDER BY id`).pluck()
    let found = 0
    for (let i = 0; i < 600; i++) {
      // Terms cut from a text (found at least once), made up (mostly found nowhere), and joined
      // where one run of grams meets the next (found only if a separator were missing).
      const source = [...rng.pick(texts)]
      const start = rng.int(0, Math.max(0, source.length - 3))
      const cut = source.slice(start, start + rng.int(3, 10)).join('')
      const joined = junctionTerm(rng.int(0, 2), source, [...rng.pick(texts)], rng.int(0, 2))
      const kind = i % 3
      const term = kind === 0 && [...cut].length >= 3 ? cut : kind === 1 && joined !== null ? joined : text(3, 7)
      const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      const expected = viaLike.all({ p: pattern })
      expect(viaGrams.all(gramPhrase(term)), JSON.stringify(term)).toEqual(expected)
      if (expected.length > 0) found++
    }
    // The check means something only if many terms are found and many are not.
    expect(found).toBeGreaterThan(200)
    expect(found).toBeLessThan(580)
    db.close()
  })
})
