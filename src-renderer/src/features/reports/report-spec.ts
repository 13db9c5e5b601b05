/**
 * The report screen's state as plain data, and what it becomes on the wire: a period from the
 * choice of quarter or round, the quarterly log's spec with only the notes the person changed,
 * the follow-up memo's spec with only the sections that differ from the template. Pure, so the
 * rules are unit-tested.
 */
import type { BookNoChoice } from '@shared/domain/documents-schemas'
import { quarterPeriodOf, type ReportPeriod } from '@shared/domain/report-period'
import type { FollowUpSpecInput, QuarterLogRow, QuarterLogSpecInput } from '@shared/domain/report-schemas'
import { addDays, parseIsoDate, type IsoDate } from '@shared/thai'
import type { BookNoMode, Urgency } from '../documents/print-spec'

export const PERIOD_CHOICES = ['q1', 'q2', 'q3', 'q4', 'r6', 'r12'] as const
export type PeriodChoice = (typeof PERIOD_CHOICES)[number]
export type ReportDocument = 'log' | 'follow-up'

export interface ReportOptions {
  document: ReportDocument
  fiscalYear: number
  choice: PeriodChoice
  /** The report's date; '' for today (the service's default). */
  date: string
  thaiDigits: boolean
  /** The log's notes the person changed, by request id (those equal to the request's note are dropped). */
  notes: Record<string, string>
  /** The memo's sections as edited. */
  sections: Record<string, string>
  preprinted: boolean
  urgency: Urgency | null
  from: number | null
  bookNoMode: BookNoMode
  bookNoValue: string
}

export function periodOfChoice(choice: PeriodChoice, fiscalYear: number): ReportPeriod {
  switch (choice) {
    case 'r6':
      return { kind: 'round', fiscalYear, months: 6 }
    case 'r12':
      return { kind: 'round', fiscalYear, months: 12 }
    default:
      return { kind: 'quarter', fiscalYear, quarter: Number(choice.slice(1)) as 1 | 2 | 3 | 4 }
  }
}

/** The quarter that ended last before `today`: what an office reports on. */
export function lastQuarter(today: IsoDate): { fiscalYear: number; choice: PeriodChoice } {
  const { year, month } = parseIsoDate(today)
  const firstOfQuarter = `${year}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`
  const p = quarterPeriodOf(addDays(firstOfQuarter, -1))
  return { fiscalYear: p.fiscalYear, choice: p.kind === 'quarter' ? (`q${p.quarter}` as PeriodChoice) : 'q4' }
}

export function initialReportOptions(today: IsoDate, office: { thaiDigits: boolean; preprintedPaper: boolean } | null): ReportOptions {
  return {
    document: 'log',
    ...lastQuarter(today),
    date: '',
    thaiDigits: office?.thaiDigits ?? true,
    notes: {},
    sections: {},
    preprinted: office?.preprintedPaper ?? false,
    urgency: null,
    from: null,
    bookNoMode: 'allocate',
    bookNoValue: ''
  }
}

/** A note typed for a row: kept when it differs from the request's own, dropped when it is that again. */
export function withNote(notes: Record<string, string>, row: Pick<QuarterLogRow, 'requestId' | 'requestNote'>, text: string): Record<string, string> {
  const next = { ...notes }
  if (text === row.requestNote) delete next[String(row.requestId)]
  else next[String(row.requestId)] = text
  return next
}

export function logSpecOf(o: ReportOptions): QuarterLogSpecInput {
  return {
    period: periodOfChoice(o.choice, o.fiscalYear),
    thaiDigits: o.thaiDigits,
    ...(o.date !== '' ? { date: o.date } : {}),
    ...(Object.keys(o.notes).length > 0 ? { notes: o.notes } : {})
  }
}

function bookNoOf(o: ReportOptions): BookNoChoice {
  if (o.bookNoMode === 'manual') return { mode: 'manual', value: o.bookNoValue }
  return o.bookNoMode === 'none' ? { mode: 'none' } : { mode: 'allocate' }
}

/** Section texts equal to the template's are left out, so a later template edit is not masked. */
export function followUpSpecOf(o: ReportOptions, defaults: Record<string, string> = {}): FollowUpSpecInput {
  const edited = Object.fromEntries(Object.entries(o.sections).filter(([key, text]) => defaults[key] !== text))
  return {
    period: periodOfChoice(o.choice, o.fiscalYear),
    thaiDigits: o.thaiDigits,
    preprinted: o.preprinted,
    urgency: o.urgency,
    bookNo: bookNoOf(o),
    ...(o.date !== '' ? { date: o.date } : {}),
    ...(o.from !== null ? { from: o.from } : {}),
    ...(Object.keys(edited).length > 0 ? { sections: edited } : {})
  }
}
