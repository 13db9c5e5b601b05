/**
 * The period the evidence speaks of, as the quarterly log reads it (report-period.ts): its dates,
 * its Thai label (computed, never typed) and the part of a file name that tells it apart.
 */
import { periodLabel as shortLabel, periodRange, type ReportPeriod } from '@shared/domain/report-period'
import { formatDigits } from '@shared/thai'

export { bangkokDay, inPeriod, periodTag } from '@shared/domain/report-period'

/** "ปีงบประมาณ ๒๕๖๙ รอบ ๖ เดือน (ต.ค. ๒๕๖๘ - มี.ค. ๒๕๖๙)", digits as asked. */
export function periodLabel(p: ReportPeriod, thaiDigits: boolean): string {
  return `${formatDigits(`ปีงบประมาณ ${p.fiscalYear}`, thaiDigits)} ${shortLabel(p, thaiDigits)}`
}

export { periodRange }
