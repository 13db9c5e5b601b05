import { describe, expect, it } from 'vitest';
import { todayIso } from './dates';
import {
  type FiscalQuarter,
  fiscalQuarterOf,
  fiscalQuarterRange,
  fiscalYearOf,
  fiscalYearRange,
  moitRoundRange,
  quarterLabel,
  quarterMonths,
} from './fiscal';

describe('fiscalYearOf / fiscalQuarterOf', () => {
  const cases: Array<[string, number, FiscalQuarter]> = [
    ['2021-09-30', 2564, 4],
    ['2021-10-01', 2565, 1],
    ['2021-12-31', 2565, 1],
    ['2022-01-01', 2565, 2],
    ['2022-03-31', 2565, 2],
    ['2022-04-01', 2565, 3],
    ['2022-06-30', 2565, 3],
    ['2022-07-01', 2565, 4],
    ['2024-02-29', 2567, 2],
    ['2025-10-01', 2569, 1],
    ['2026-09-30', 2569, 4],
  ];
  it.each(cases)('%s → FY %i Q%i', (iso, fy, q) => {
    expect(fiscalYearOf(iso)).toBe(fy);
    expect(fiscalQuarterOf(iso)).toBe(q);
  });

  it('rejects invalid dates', () => {
    expect(() => fiscalYearOf('2025-02-30')).toThrow(RangeError);
    expect(() => fiscalQuarterOf('2021-13-01')).toThrow(RangeError);
  });

  it('uses the Bangkok date at Bangkok midnight', () => {
    const today = todayIso(new Date('2026-09-30T17:30:00Z'));
    expect(today).toBe('2026-10-01');
    expect(fiscalYearOf(today)).toBe(2570);
    expect(fiscalQuarterOf(today)).toBe(1);
  });
});

describe('ranges', () => {
  it('fiscal year range', () => {
    expect(fiscalYearRange(2569)).toEqual({ start: '2025-10-01', end: '2026-09-30' });
    expect(fiscalYearRange(2565)).toEqual({ start: '2021-10-01', end: '2022-09-30' });
  });

  it('quarter ranges of FY 2565', () => {
    expect(fiscalQuarterRange(2565, 1)).toEqual({ start: '2021-10-01', end: '2021-12-31' });
    expect(fiscalQuarterRange(2565, 2)).toEqual({ start: '2022-01-01', end: '2022-03-31' });
    expect(fiscalQuarterRange(2565, 3)).toEqual({ start: '2022-04-01', end: '2022-06-30' });
    expect(fiscalQuarterRange(2565, 4)).toEqual({ start: '2022-07-01', end: '2022-09-30' });
  });

  it('every date in a quarter range maps back to that FY and quarter', () => {
    for (const q of [1, 2, 3, 4] as const) {
      const { start, end } = fiscalQuarterRange(2567, q);
      for (const iso of [start, end]) {
        expect(fiscalYearOf(iso)).toBe(2567);
        expect(fiscalQuarterOf(iso)).toBe(q);
      }
    }
  });

  it('MOIT rounds', () => {
    expect(moitRoundRange(2569, 6)).toEqual({ start: '2025-10-01', end: '2026-03-31' });
    expect(moitRoundRange(2569, 12)).toEqual({ start: '2025-10-01', end: '2026-09-30' });
    expect(() => moitRoundRange(2569, 9 as 6)).toThrow(/expected 6 or 12/);
  });

  it('quarter months', () => {
    expect(quarterMonths(1)).toEqual([10, 11, 12]);
    expect(quarterMonths(2)).toEqual([1, 2, 3]);
    expect(quarterMonths(3)).toEqual([4, 5, 6]);
    expect(quarterMonths(4)).toEqual([7, 8, 9]);
  });

  it('rejects quarters outside 1-4', () => {
    for (const q of [0, 5, 1.5, -1]) {
      expect(() => quarterMonths(q as FiscalQuarter)).toThrow(RangeError);
      expect(() => fiscalQuarterRange(2565, q as FiscalQuarter)).toThrow(`Invalid fiscal quarter ${q}: expected 1, 2, 3 or 4`);
      expect(() => quarterLabel(2565, q as FiscalQuarter)).toThrow(RangeError);
    }
  });
});

describe('quarterLabel', () => {
  it('formats exact labels with the months calendar BE year', () => {
    expect(quarterLabel(2564, 4)).toBe('ไตรมาสที่ ๔ (ก.ค. - ก.ย. ๒๕๖๔)');
    expect(quarterLabel(2565, 1)).toBe('ไตรมาสที่ ๑ (ต.ค. - ธ.ค. ๒๕๖๔)');
    expect(quarterLabel(2565, 2)).toBe('ไตรมาสที่ ๒ (ม.ค. - มี.ค. ๒๕๖๕)');
    expect(quarterLabel(2565, 3, { thaiDigits: true })).toBe('ไตรมาสที่ ๓ (เม.ย. - มิ.ย. ๒๕๖๕)');
    expect(quarterLabel(2565, 1, { thaiDigits: false })).toBe('ไตรมาสที่ 1 (ต.ค. - ธ.ค. 2564)');
  });
});
