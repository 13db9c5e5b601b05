/** The screen's choices turned into the contract's input. */
import type { ReportPeriod } from '@shared/domain/report-period'
import { TEXT } from './text'

/** 'year' is the 12-month MOIT round: the whole fiscal year. */
export type PeriodChoice = 'year' | 'round6' | 'q1' | 'q2' | 'q3' | 'q4'
export const PERIOD_CHOICES: readonly PeriodChoice[] = ['year', 'round6', 'q1', 'q2', 'q3', 'q4']

export function periodOf(choice: PeriodChoice, fiscalYear: number): ReportPeriod {
  switch (choice) {
    case 'year':
      return { kind: 'round', fiscalYear, months: 12 }
    case 'round6':
      return { kind: 'round', fiscalYear, months: 6 }
    case 'q1':
      return { kind: 'quarter', fiscalYear, quarter: 1 }
    case 'q2':
      return { kind: 'quarter', fiscalYear, quarter: 2 }
    case 'q3':
      return { kind: 'quarter', fiscalYear, quarter: 3 }
    case 'q4':
      return { kind: 'quarter', fiscalYear, quarter: 4 }
  }
}

export function periodChoiceLabel(choice: PeriodChoice): string {
  if (choice === 'year') return TEXT.periods.year
  if (choice === 'round6') return TEXT.periods.round6
  return TEXT.periods.quarter(Number(choice.slice(1)))
}
