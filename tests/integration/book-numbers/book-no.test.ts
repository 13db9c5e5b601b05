/** Book numbers as text: the canonical spelling every comparison relies on, and the printed form. */
import { describe, expect, it } from 'vitest'
import { canonicalPrefix, formatBookNo, numberingYear, parseBookNo } from '../../../src-main/services/book-numbers/book-no'

const canonical = (typed: string) => {
  const r = parseBookNo(typed)
  if (!r.ok) throw new Error(`refused ${typed}: ${r.problem}`)
  return r.value
}
const problem = (typed: string) => {
  const r = parseBookNo(typed)
  return r.ok ? `accepted as ${r.value.bookNo}` : r.problem
}

describe('book number text', () => {
  it('spells the Thai and Arabic forms of one number alike, whatever the spaces', () => {
    const expected = { bookNo: 'นภ 0332/878', prefix: 'นภ 0332', number: 878 }
    for (const typed of [
      'นภ ๐๓๓๒/๘๗๘',
      'นภ 0332/878',
      'นภ๐๓๓๒/๘๗๘',
      '  นภ  ๐๓๓๒ / ๘๗๘ ',
      'ที่ นภ ๐๓๓๒/๘๗๘',
      'นภ\u00a0๐๓๓๒/0878',
      'นภ\u200b ๐๓๓๒/๘๗\u200b๘'
    ]) {
      expect(canonical(typed), typed).toEqual(expected)
    }
    expect(canonicalPrefix('นภ ๐๓๓๒')).toBe('นภ 0332')
    expect(canonicalPrefix('นภ0332.01')).toBe('นภ 0332.01')
  })

  it('keeps circular-letter tails ("ว ๑๒") without a running number', () => {
    expect(canonical('นภ ๐๓๓๒/ว๑๒')).toEqual({ bookNo: 'นภ 0332/ว 12', prefix: 'นภ 0332', number: null })
  })

  it('refuses empty and malformed numbers, naming what is wrong', () => {
    expect(problem('')).toBe('empty')
    expect(problem('   ')).toBe('empty')
    expect(problem('ที่ ')).toBe('empty')
    expect(problem('๘๗๘')).toBe('no-slash')
    expect(problem('นภ ๐๓๓๒/๘/๗')).toBe('many-slashes')
    expect(problem('/๘๗๘')).toBe('no-prefix')
    expect(problem('นภ ๐๓๓๒/')).toBe('no-number')
    expect(problem('นภ ๐๓๓๒/abc')).toBe('no-number')
    expect(problem('นภ ๐๓๓๒/๐')).toBe('zero')
    expect(problem('นภ ๐๓๓๒/123456789012')).toBe('too-large')
  })

  it('prints every digit Thai or every digit Arabic', () => {
    const row = { bookNo: 'นภ 0332/878' }
    expect(formatBookNo(row, true)).toBe('นภ ๐๓๓๒/๘๗๘')
    expect(formatBookNo(row, false)).toBe('นภ 0332/878')
    expect(formatBookNo({ bookNo: 'นภ ๐๓๓๒/878' }, false)).toBe('นภ 0332/878')
  })

  it('gives the numbering year of a date: fiscal from 1 October, calendar from 1 January', () => {
    expect(numberingYear('2025-09-30', 'fiscal')).toBe(2568)
    expect(numberingYear('2025-10-01', 'fiscal')).toBe(2569)
    expect(numberingYear('2025-12-31', 'calendar')).toBe(2568)
    expect(numberingYear('2026-01-01', 'calendar')).toBe(2569)
  })
})
