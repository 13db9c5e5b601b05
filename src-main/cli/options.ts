/**
 * Parsers for option and argument values. A value that cannot be what the option needs (a word
 * where a number goes, a month 13) is a usage error: commander reports it and the CLI exits 2.
 * Rules about the register itself (a required field, an illegal move) stay in the services.
 */
import { InvalidArgumentError } from 'commander'
import type { ReportPeriod } from '@shared/domain/report-period'
import { isIsoDate, toArabicDigits as toArabic } from '@shared/thai'

/** Collects a repeatable option (`--attach a.pdf --attach b.pdf`) into an array. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value]
}

/** A whole number ≥ `min`, written with Arabic or Thai digits. */
export function integer(min: number, what: string) {
  return (value: string): number => {
    const text = toArabic(value.trim())
    if (!/^\d+$/.test(text)) throw new InvalidArgumentError(`${what}ต้องเป็นจำนวนเต็ม`)
    const n = Number(text)
    if (n < min) throw new InvalidArgumentError(`${what}ต้องไม่น้อยกว่า ${min}`)
    return n
  }
}

export const personId = integer(1, 'รหัสบุคลากร')
export const requestId = integer(1, 'เลขที่คำขอ')

/** A positive decimal number, e.g. the attachment limit in MB. */
export function positiveNumber(what: string) {
  return (value: string): number => {
    const n = Number(toArabic(value.trim()))
    if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${what}ต้องเป็นตัวเลขมากกว่า 0`)
    return n
  }
}

/** One of `choices`; `labels` (Thai) are shown when the value is not one of them. */
export function oneOf<T extends string>(choices: readonly T[], labels?: Record<T, string>) {
  return (value: string): T => {
    const found = choices.find((c) => c === value.trim())
    if (found !== undefined) return found
    const list = choices.map((c) => (labels ? `${c} (${labels[c]})` : c)).join(', ')
    throw new InvalidArgumentError(`เลือกได้จาก ${list}`)
  }
}

/** Like `oneOf`, for a repeatable option. */
export function oneOfRepeated<T extends string>(choices: readonly T[], labels?: Record<T, string>) {
  const one = oneOf(choices, labels)
  return (value: string, previous: T[] | undefined): T[] => [...(previous ?? []), one(value)]
}

/**
 * A calendar date written YYYY-MM-DD in the Christian era, as the register stores it. A year past
 * 2400 is a Buddhist-Era year typed by habit: refused with the date to type instead, because
 * taking it as written would file the request 543 years in the future.
 */
export function isoDate(value: string): string {
  const text = toArabic(value.trim())
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!m) throw new InvalidArgumentError('วันที่ต้องอยู่ในรูปแบบ ปปปป-ดด-วว เป็นปี ค.ศ. เช่น 2026-01-15')
  const year = Number(m[1])
  if (year > 2400) {
    throw new InvalidArgumentError(`ปี ${year} เป็นปี พ.ศ. — กรุณาใส่ปี ค.ศ. เช่น ${year - 543}-${m[2]}-${m[3]}`)
  }
  if (!isIsoDate(text)) throw new InvalidArgumentError('ไม่มีวันที่นี้ในปฏิทิน')
  return text
}

/** A date, or `none` for "no end". */
export function dateOrNone(value: string): string | null {
  return value.trim().toLowerCase() === 'none' ? null : isoDate(value)
}

/** A date (YYYY-MM-DD) or an ISO date-time with its offset, e.g. 2026-01-15T14:30:00+07:00. */
export function dateOrDateTime(value: string): string {
  const text = toArabic(value.trim())
  if (text.includes('T')) {
    if (Number.isNaN(Date.parse(text)) || !/(Z|[+-]\d{2}:\d{2})$/.test(text)) {
      throw new InvalidArgumentError('วันเวลาต้องอยู่ในรูปแบบ 2026-01-15T14:30:00+07:00 (ระบุเขตเวลา)')
    }
    return text
  }
  return isoDate(text)
}

/** The fiscal year in the Buddhist Era, as offices number it (ปีงบประมาณ 2569). */
export function fiscalYearBE(value: string): number {
  const n = integer(1, 'ปีงบประมาณ')(value)
  if (n < 2500 || n > 2700) throw new InvalidArgumentError('ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2569')
  return n
}

export function quarter(value: string): 1 | 2 | 3 | 4 {
  const n = integer(1, 'ไตรมาส')(value)
  if (n !== 1 && n !== 2 && n !== 3 && n !== 4) throw new InvalidArgumentError('ไตรมาสต้องเป็น 1, 2, 3 หรือ 4')
  return n
}

/** A MOIT assessment round: 6 months (October–March) or 12 (the whole fiscal year). */
export function roundMonths(value: string): 6 | 12 {
  const text = toArabic(value.trim())
  if (text === '6') return 6
  if (text === '12') return 12
  throw new InvalidArgumentError('รอบการประเมิน MOIT ต้องเป็น 6 หรือ 12 (เดือน)')
}

/**
 * The period of fiscal year `fy` that --quarter or --months names; null when neither was given.
 * Both given is the command's usage error, said in its own words before this is asked.
 */
export function periodOfOptions(fy: number, opts: { quarter?: 1 | 2 | 3 | 4; months?: 6 | 12 }): ReportPeriod | null {
  if (opts.quarter !== undefined) return { kind: 'quarter', fiscalYear: fy, quarter: opts.quarter }
  if (opts.months !== undefined) return { kind: 'round', fiscalYear: fy, months: opts.months }
  return null
}
