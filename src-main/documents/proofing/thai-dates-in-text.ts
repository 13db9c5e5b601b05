/**
 * Thai dates and month ranges as they are typed in documents, found in a folded view
 * (text-view.ts: no spaces, no dotted leaders, Arabic digits): "วันที่24เดือนธันวาคมพ.ศ2564",
 * "(ก.ค.-ก.ย.2564)", "เดือนกรกฎาคม-กันยายน2564".
 */
import { isIsoDate, thaiMonthName, thaiMonthShort, toCeYear, toIsoDate, type IsoDate } from '@shared/thai'

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1)

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** "ก.ค." → "ก\.ค\.?": the last dot is often left out. */
function shortPattern(short: string): string {
  return escape(short.replace(/\.$/, '')) + '\\.?'
}

const NAME_TO_MONTH = new Map<string, number>()
for (const m of MONTHS) {
  NAME_TO_MONTH.set(thaiMonthName(m), m)
  NAME_TO_MONTH.set(thaiMonthShort(m).replace(/\./g, ''), m)
}

/** One month, full or short, longest alternatives first so "มีนาคม" is not read as "มี.ค". */
export const MONTH_SOURCE = [
  ...MONTHS.map((m) => escape(thaiMonthName(m))),
  ...MONTHS.map((m) => shortPattern(thaiMonthShort(m)))
]
  .sort((a, b) => b.length - a.length)
  .join('|')

/** The month (1–12) a matched month name stands for. */
export function monthOf(name: string): number | undefined {
  return NAME_TO_MONTH.get(name) ?? NAME_TO_MONTH.get(name.replace(/\./g, ''))
}

/** A Buddhist-Era year as documents write it; a Christian-Era year is taken as such. */
export function beYearOf(digits: string): number | undefined {
  const n = Number(digits)
  if (n >= 2400 && n <= 2700) return n
  if (n >= 1900 && n <= 2157) return n + 543
  return undefined
}

export interface DateInText {
  iso: IsoDate
  /** Range in the view. */
  vs: number
  ve: number
  /** Introduced by วันที่ / วัน/เดือน/ปี: the date of a document, a form or a signature. */
  labelled: boolean
  /** "ประกาศ ณ วันที่ …": the date an announcement was signed. */
  announcement: boolean
}

const DATE_RE = new RegExp(
  `(ประกาศณวันที่|ณวันที่|วันที่|วัน/เดือน/ปี:?)?(\\d{1,2})(?:เดือน)?(${MONTH_SOURCE})(?:พ\\.?ศ\\.?)?(\\d{4})(?!\\d)`,
  'g'
)

export function findDates(viewText: string): DateInText[] {
  const out: DateInText[] = []
  for (const m of viewText.matchAll(DATE_RE)) {
    const month = monthOf(m[3] ?? '')
    const be = beYearOf(m[4] ?? '')
    const day = Number(m[2])
    if (month === undefined || be === undefined) continue
    const y = toCeYear(be)
    const candidate = `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    if (!isIsoDate(candidate)) continue
    out.push({
      iso: toIsoDate(y, month, day),
      vs: m.index,
      ve: m.index + m[0].length,
      labelled: m[1] !== undefined,
      announcement: m[1] === 'ประกาศณวันที่'
    })
  }
  return out
}

export interface MonthRange {
  first: number
  last: number
  /** The BE year written after the range, if any. */
  yearBE?: number
  vs: number
  ve: number
}

const RANGE_RE = new RegExp(`(${MONTH_SOURCE})(?:(?:พ\\.?ศ\\.?)?\\d{4})?(?:-|–|—|ถึง)(?:เดือน)?(${MONTH_SOURCE})(?:(?:พ\\.?ศ\\.?)?(\\d{4})(?!\\d))?`, 'g')

export function findMonthRanges(viewText: string): MonthRange[] {
  const out: MonthRange[] = []
  for (const m of viewText.matchAll(RANGE_RE)) {
    const first = monthOf(m[1] ?? '')
    const last = monthOf(m[2] ?? '')
    if (first === undefined || last === undefined) continue
    const yearBE = m[3] === undefined ? undefined : beYearOf(m[3])
    out.push({ first, last, vs: m.index, ve: m.index + m[0].length, ...(yearBE === undefined ? {} : { yearBE }) })
  }
  return out
}
