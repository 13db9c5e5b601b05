// Thai government fiscal year (ปีงบประมาณ): 1 October – 30 September, numbered by the
// Buddhist-Era year it ends in. FY 2569 = 2025-10-01 .. 2026-09-30.
// Quarters: Q1 Oct–Dec (previous calendar year), Q2 Jan–Mar, Q3 Apr–Jun, Q4 Jul–Sep.

import { formatDigits } from './digits';
import { type IsoDate, parseIsoDate, thaiMonthShort, toBuddhistYear, toCeYear, toIsoDate } from './dates';

export type FiscalQuarter = 1 | 2 | 3 | 4;
export interface DateRange {
  start: IsoDate; // inclusive
  end: IsoDate; // inclusive
}

function checkQuarter(q: number): asserts q is FiscalQuarter {
  if (q !== 1 && q !== 2 && q !== 3 && q !== 4) {
    throw new RangeError(`Invalid fiscal quarter ${q}: expected 1, 2, 3 or 4`);
  }
}

/** Fiscal year (BE) containing `iso`. October onwards belongs to the next year's FY. */
export function fiscalYearOf(iso: IsoDate): number {
  const { year, month } = parseIsoDate(iso);
  return toBuddhistYear(month >= 10 ? year + 1 : year);
}

export function fiscalQuarterOf(iso: IsoDate): FiscalQuarter {
  const { month } = parseIsoDate(iso);
  // Shift so October is fiscal month 0: Oct..Dec → 0..2, Jan → 3, Sep → 11.
  return (Math.floor(((month + 2) % 12) / 3) + 1) as FiscalQuarter;
}

/** Calendar months of fiscal quarter q: Q1 → [10, 11, 12], Q2 → [1, 2, 3], … */
export function quarterMonths(q: FiscalQuarter): [number, number, number] {
  checkQuarter(q);
  const first = q === 1 ? 10 : (q - 1) * 3 - 2;
  return [first, first + 1, first + 2];
}

/** CE calendar year in which fiscal quarter q of FY `fyBE` falls. */
function quarterCeYear(fyBE: number, q: FiscalQuarter): number {
  const ce = toCeYear(fyBE);
  return q === 1 ? ce - 1 : ce;
}

export function fiscalQuarterRange(fyBE: number, q: FiscalQuarter): DateRange {
  const [m1, , m3] = quarterMonths(q);
  const y = quarterCeYear(fyBE, q);
  // Every quarter ends on a month with a fixed length (Dec 31, Mar 31, Jun 30, Sep 30).
  const lastDay = m3 === 6 || m3 === 9 ? 30 : 31;
  return { start: toIsoDate(y, m1, 1), end: toIsoDate(y, m3, lastDay) };
}

export function fiscalYearRange(fyBE: number): DateRange {
  const ce = toCeYear(fyBE);
  return { start: toIsoDate(ce - 1, 10, 1), end: toIsoDate(ce, 9, 30) };
}

/** MOIT (ITA) assessment round: 6 months = 1 Oct – 31 Mar, 12 months = the whole FY. */
export function moitRoundRange(fyBE: number, months: 6 | 12): DateRange {
  const ce = toCeYear(fyBE);
  if (months === 6) return { start: toIsoDate(ce - 1, 10, 1), end: toIsoDate(ce, 3, 31) };
  if (months === 12) return fiscalYearRange(fyBE);
  throw new RangeError(`Invalid MOIT round ${String(months)}: expected 6 or 12 months`);
}

/**
 * "ไตรมาสที่ ๔ (ก.ค. - ก.ย. ๒๕๖๔)" for (2564, 4). The year shown is the months' calendar BE
 * year, so Q1 shows the previous year: (2565, 1) → "ไตรมาสที่ ๑ (ต.ค. - ธ.ค. ๒๕๖๔)".
 */
export function quarterLabel(fyBE: number, q: FiscalQuarter, opts: { thaiDigits?: boolean } = {}): string {
  const [m1, , m3] = quarterMonths(q);
  const yearBE = toBuddhistYear(quarterCeYear(fyBE, q));
  const s = `ไตรมาสที่ ${q} (${thaiMonthShort(m1)} - ${thaiMonthShort(m3)} ${yearBE})`;
  return formatDigits(s, opts.thaiDigits ?? true);
}
