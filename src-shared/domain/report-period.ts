/**
 * The period a report covers: a fiscal quarter, or a MOIT assessment round (6 months = Q1–Q2,
 * 12 months = Q1–Q4). Its dates, the months and years its title names — computed here, never
 * typed, so a July–September report cannot be called quarter 2 (the seed's slip) — and the period
 * a publication falls in, by its calendar day in Thailand.
 */
import { z } from 'zod'
import {
  fiscalQuarterOf,
  fiscalQuarterRange,
  fiscalYearOf,
  formatDigits,
  isIsoDate,
  moitRoundRange,
  parseIsoDate,
  quarterLabel,
  thaiMonthName,
  thaiMonthShort,
  toBuddhistYear,
  todayIso,
  type DateRange,
  type FiscalQuarter,
  type IsoDate
} from '../thai'
import { fiscalYear } from './schemas'

export const QUARTERS = [1, 2, 3, 4] as const
export const ROUND_MONTHS = [6, 12] as const
export type RoundMonths = (typeof ROUND_MONTHS)[number]

const quarter = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: 'ไตรมาสต้องเป็น ๑ ๒ ๓ หรือ ๔' })
const months = z.union([z.literal(6), z.literal(12)], { error: 'รอบการประเมิน MOIT ต้องเป็น ๖ เดือน หรือ ๑๒ เดือน' })

export const reportPeriod = z.discriminatedUnion(
  'kind',
  [z.object({ kind: z.literal('quarter'), fiscalYear, quarter }), z.object({ kind: z.literal('round'), fiscalYear, months })],
  { error: 'กรุณาเลือกไตรมาส หรือรอบการประเมิน MOIT (๖ หรือ ๑๒ เดือน)' }
)
export type ReportPeriod = z.output<typeof reportPeriod>

/** First and last day of the period (inclusive). */
export function periodRange(p: ReportPeriod): DateRange {
  return p.kind === 'quarter' ? fiscalQuarterRange(p.fiscalYear, p.quarter) : moitRoundRange(p.fiscalYear, p.months)
}

/** The fiscal quarter a period is, or undefined for a round (which spans several). */
export function periodQuarter(p: ReportPeriod): FiscalQuarter | undefined {
  return p.kind === 'quarter' ? p.quarter : undefined
}

/**
 * The months of the title: "กรกฎาคม - กันยายน ๒๕๖๔" when both ends fall in one calendar year,
 * "ตุลาคม ๒๕๖๓ - มีนาคม ๒๕๖๔" when the period crosses 1 January (the MOIT rounds).
 */
export function periodMonthsText(p: ReportPeriod, options: { thaiDigits?: boolean; style?: 'long' | 'short' } = {}): string {
  const { start, end } = periodRange(p)
  const a = parseIsoDate(start)
  const b = parseIsoDate(end)
  const name = options.style === 'short' ? thaiMonthShort : thaiMonthName
  const text =
    a.year === b.year
      ? `${name(a.month)} - ${name(b.month)} ${toBuddhistYear(b.year)}`
      : `${name(a.month)} ${toBuddhistYear(a.year)} - ${name(b.month)} ${toBuddhistYear(b.year)}`
  return formatDigits(text, options.thaiDigits ?? true)
}

/** "ไตรมาสที่ ๔" or "รอบ ๖ เดือน". */
export function periodName(p: ReportPeriod, thaiDigits = true): string {
  return formatDigits(p.kind === 'quarter' ? `ไตรมาสที่ ${p.quarter}` : `รอบ ${p.months} เดือน`, thaiDigits)
}

/**
 * "ไตรมาสที่ ๔ (ก.ค. - ก.ย. ๒๕๖๔)" or "รอบ ๖ เดือน (ต.ค. ๒๕๖๓ - มี.ค. ๒๕๖๔)": the name with its
 * months, made from the same quarter table proofing checks labels against.
 */
export function periodLabel(p: ReportPeriod, thaiDigits = true): string {
  if (p.kind === 'quarter') return quarterLabel(p.fiscalYear, p.quarter, { thaiDigits })
  return `${periodName(p, thaiDigits)} (${periodMonthsText(p, { thaiDigits, style: 'short' })})`
}

/** "ปีงบ2569-ไตรมาส4" / "ปีงบ2569-รอบ12เดือน": a file name's part (Arabic digits, no spaces). */
export function periodTag(p: ReportPeriod): string {
  return `ปีงบ${p.fiscalYear}-${p.kind === 'quarter' ? `ไตรมาส${p.quarter}` : `รอบ${p.months}เดือน`}`
}

/**
 * The calendar day in Thailand of a stored time: an ISO date stays as it is, a date-time (UTC or
 * with its offset) is read on the Bangkok clock — 30 Sep 23:30 in Bangkok is 16:30 UTC, still 30 Sep.
 */
export function bangkokDay(at: string): IsoDate {
  if (isIsoDate(at)) return at
  const ms = Date.parse(at)
  if (Number.isNaN(ms)) throw new RangeError(`not a date or date-time: ${at}`)
  return todayIso(new Date(ms))
}

/** The fiscal year and quarter a day belongs to: 30 Sep 2026 → Q4 of ๒๕๖๙, 1 Oct 2026 → Q1 of ๒๕๗๐. */
export function quarterOfDay(day: IsoDate): { fiscalYear: number; quarter: FiscalQuarter } {
  return { fiscalYear: fiscalYearOf(day), quarter: fiscalQuarterOf(day) }
}

/** Whether a day is inside the period. */
export function inPeriod(p: ReportPeriod, day: IsoDate): boolean {
  const { start, end } = periodRange(p)
  return day >= start && day <= end
}

/** The quarter a day is in, as a period (the page opens on the quarter of today). */
export function quarterPeriodOf(day: IsoDate): ReportPeriod {
  const q = quarterOfDay(day)
  return { kind: 'quarter', fiscalYear: q.fiscalYear, quarter: q.quarter }
}

/** Equal periods (for keeping a form's state when the same one is chosen again). */
export function samePeriod(a: ReportPeriod, b: ReportPeriod): boolean {
  return periodTag(a) === periodTag(b)
}
