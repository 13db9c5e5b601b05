/** The placeholders about a report's period (period.*, published.count), shared by the log and the memo. */
import { periodLabel, periodMonthsText, periodName, periodRange, type ReportPeriod } from '@shared/domain/report-period'
import { AppError } from '@shared/result'
import type { IsoDate } from '@shared/thai'
import { REPORT_TH } from './report-messages'

export type PeriodVariable = 'period.name' | 'period.label' | 'period.months' | 'published.count'

export function periodValues(period: ReportPeriod, count: number, thaiDigits: boolean): Record<PeriodVariable, string> {
  return {
    'period.name': periodName(period, thaiDigits),
    'period.label': periodLabel(period, thaiDigits),
    'period.months': periodMonthsText(period, { thaiDigits }),
    'published.count': String(count)
  }
}

/** A report is dated once its period has begun (a log of the running quarter is dated today). */
export function checkReportDate(what: string, period: ReportPeriod, date: IsoDate): void {
  const { start } = periodRange(period)
  if (date < start) throw new AppError('invalid-input', REPORT_TH.dateBeforePeriod(what, date, periodLabel(period), start))
}
