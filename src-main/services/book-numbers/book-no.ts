/**
 * Book numbers (ที่) as text: one canonical spelling for storing and comparing, and the printed
 * form. "นภ ๐๓๓๒/๘๗๘", "นภ 0332/878", "ที่ นภ๐๓๓๒ / ๘๗๘" are one number, so they must be stored
 * alike for the register's uniqueness to hold: Arabic digits, no zero-width characters (Word
 * inserts them in Thai text), and one space between a run of letters and the digits after it.
 */
import type { BookNumbering } from '@shared/domain/schemas'
import { fiscalYearOf, formatDigits, parseIsoDate, toArabicDigits, toBuddhistYear, type IsoDate } from '@shared/thai'

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g
/** The label a person may type in front of the number, as it stands on the memo. */
const LABEL = /^ที่(?:\s+|(?=\p{L})|$)/u
/** Running numbers stay well inside what SQLite and JavaScript count exactly. */
const MAX_NUMBER = 9_999_999

function clean(s: string): string {
  return toArabicDigits(s.normalize('NFC').replace(ZERO_WIDTH, '')).trim()
}

/** One side of the "/": spaces dropped, then one space where letters meet digits ("นภ0332" → "นภ 0332"). */
function canonicalPart(part: string): string {
  return part.replace(/\s+/g, '').replace(/(\p{L}\p{M}*)(?=\d)/gu, '$1 ')
}

/** The office's prefix as stored and compared ("นภ ๐๓๓๒" → "นภ 0332"). */
export function canonicalPrefix(prefix: string): string {
  return canonicalPart(clean(prefix))
}

export type BookNoProblem = 'empty' | 'no-slash' | 'many-slashes' | 'no-prefix' | 'no-number' | 'zero' | 'too-large'

export interface ParsedBookNo {
  /** Canonical, e.g. "นภ 0332/878". */
  bookNo: string
  prefix: string
  /** The tail when it is a plain running number; null for tails such as "ว 12" (circular letters). */
  number: number | null
}

/** Reads a typed book number; the problem names what is wrong with it. */
export function parseBookNo(typed: string): { ok: true; value: ParsedBookNo } | { ok: false; problem: BookNoProblem } {
  const text = clean(typed).replace(LABEL, '')
  if (text === '') return { ok: false, problem: 'empty' }
  const parts = text.split('/')
  if (parts.length < 2) return { ok: false, problem: 'no-slash' }
  if (parts.length > 2) return { ok: false, problem: 'many-slashes' }
  const prefix = canonicalPart(parts[0] ?? '')
  const tail = canonicalPart(parts[1] ?? '')
  if (!/[\p{L}\d]/u.test(prefix)) return { ok: false, problem: 'no-prefix' }
  // A running number, optionally after letters (หนังสือเวียน: "ว 12").
  const m = /^(?:(\p{L}[\p{L}\p{M}.]*) )?(\d+)$/u.exec(tail)
  if (!m) return { ok: false, problem: 'no-number' }
  const digits = m[2] ?? ''
  const value = Number(digits)
  if (value === 0) return { ok: false, problem: 'zero' }
  if (value > MAX_NUMBER) return { ok: false, problem: 'too-large' }
  const letters = m[1]
  // Leading zeros are dropped: "/0878" and "/878" are one number.
  const canonicalTail = letters ? `${letters} ${value}` : String(value)
  return { ok: true, value: { bookNo: composeBookNo(prefix, canonicalTail), prefix, number: letters ? null : value } }
}

export function composeBookNo(prefix: string, tail: number | string): string {
  return `${prefix}/${tail}`
}

/** The number as printed: every digit of the whole text Thai ("นภ ๐๓๓๒/๘๗๘") or Arabic ("นภ 0332/878"). */
export function formatBookNo(row: { bookNo: string }, thaiDigits: boolean): string {
  return formatDigits(row.bookNo, thaiDigits)
}

/** The numbering year (BE) of a document dated `date`: its calendar year, or its fiscal year (from 1 October). */
export function numberingYear(date: IsoDate, kind: BookNumbering): number {
  return kind === 'fiscal' ? fiscalYearOf(date) : toBuddhistYear(parseIsoDate(date).year)
}

export { MAX_NUMBER as MAX_BOOK_NUMBER }
