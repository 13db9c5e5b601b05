import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareIso,
  daysBetween,
  formatThaiDate,
  formatThaiMonthYear,
  isIsoDate,
  parseIsoDate,
  thaiMonthName,
  thaiMonthShort,
  toBuddhistYear,
  toCeYear,
  todayIso,
} from './dates';

describe('parseIsoDate / isIsoDate', () => {
  it('parses valid dates into integers', () => {
    expect(parseIsoDate('2021-12-24')).toEqual({ year: 2021, month: 12, day: 24 });
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('rejects impossible days with a clear RangeError', () => {
    expect(() => parseIsoDate('2025-02-30')).toThrow(RangeError);
    expect(() => parseIsoDate('2025-02-30')).toThrow('Invalid ISO date "2025-02-30": day 30 is not 1-28 for 2025-02');
    expect(() => parseIsoDate('2023-02-29')).toThrow(/day 29 is not 1-28/);
    expect(() => parseIsoDate('2021-04-31')).toThrow(/day 31 is not 1-30/);
    expect(() => parseIsoDate('2021-13-01')).toThrow(/month 13 is not 1-12/);
    expect(() => parseIsoDate('2021-00-10')).toThrow(/month 0/);
    expect(() => parseIsoDate('2021-01-00')).toThrow(/day 0/);
  });

  it('rejects bad syntax', () => {
    for (const s of ['2021-1-05', '21-01-05', '2021/01/05', '2021-01-05T00:00:00Z', ' 2021-01-05', '', '๒๕๖๔-๐๑-๐๕']) {
      expect(() => parseIsoDate(s)).toThrow(/expected YYYY-MM-DD/);
      expect(isIsoDate(s)).toBe(false);
    }
  });

  it('knows leap years', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2025-02-29')).toBe(false);
  });
});

describe('years and month names', () => {
  it('converts CE <-> BE', () => {
    expect(toBuddhistYear(2021)).toBe(2564);
    expect(toCeYear(2569)).toBe(2026);
  });

  it('gives Thai month names from Intl', () => {
    expect(thaiMonthName(1)).toBe('มกราคม');
    expect(thaiMonthName(8)).toBe('สิงหาคม');
    expect(thaiMonthName(12)).toBe('ธันวาคม');
    expect(thaiMonthShort(7)).toBe('ก.ค.');
    expect(thaiMonthShort(9)).toBe('ก.ย.');
    expect(thaiMonthShort(10)).toBe('ต.ค.');
    expect(thaiMonthShort(12)).toBe('ธ.ค.');
    expect(() => thaiMonthName(13)).toThrow(RangeError);
    expect(() => thaiMonthShort(0)).toThrow(/expected 1-12/);
  });
});

describe('formatThaiDate / formatThaiMonthYear', () => {
  it('formats exact strings', () => {
    expect(formatThaiDate('2021-12-24')).toBe('๒๔ ธันวาคม ๒๕๖๔');
    expect(formatThaiDate('2021-12-24', { style: 'short' })).toBe('๒๔ ธ.ค. ๒๕๖๔');
    expect(formatThaiDate('2021-12-24', { thaiDigits: false })).toBe('24 ธันวาคม 2564');
    expect(formatThaiDate('2021-12-24', { thaiDigits: false, style: 'short' })).toBe('24 ธ.ค. 2564');
    expect(formatThaiDate('2024-02-29')).toBe('๒๙ กุมภาพันธ์ ๒๕๖๗');
    expect(formatThaiDate('2026-01-01', { thaiDigits: false })).toBe('1 มกราคม 2569');
  });

  it('matches the whole-date Intl output on this Node', () => {
    const intl = new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-thai', { dateStyle: 'long', timeZone: 'UTC' });
    expect(formatThaiDate('2021-12-24')).toBe(intl.format(new Date(Date.UTC(2021, 11, 24))));
  });

  it('throws on invalid dates', () => {
    expect(() => formatThaiDate('2025-02-30')).toThrow(RangeError);
  });

  it('formats month + year', () => {
    expect(formatThaiMonthYear(2021, 8)).toBe('สิงหาคม ๒๕๖๔');
    expect(formatThaiMonthYear(2021, 8, { thaiDigits: false })).toBe('สิงหาคม 2564');
    expect(formatThaiMonthYear(2021, 8, { style: 'short' })).toBe('ส.ค. ๒๕๖๔');
  });
});

describe('todayIso', () => {
  it('returns the Bangkok calendar date around Bangkok midnight', () => {
    expect(todayIso(new Date('2026-09-30T16:59:59Z'))).toBe('2026-09-30');
    expect(todayIso(new Date('2026-09-30T17:00:00Z'))).toBe('2026-10-01');
    expect(todayIso(new Date('2026-09-30T17:30:00Z'))).toBe('2026-10-01');
    expect(todayIso(new Date('2021-12-31T17:00:00Z'))).toBe('2022-01-01');
  });

  it('honours another time zone', () => {
    expect(todayIso(new Date('2026-09-30T17:30:00Z'), 'UTC')).toBe('2026-09-30');
    expect(todayIso(new Date('2026-10-01T02:00:00Z'), 'America/New_York')).toBe('2026-09-30');
  });
});

describe('date arithmetic', () => {
  it('adds days across month, year and leap boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2021-10-01', -1)).toBe('2021-09-30');
    expect(addDays('2021-10-01', 0)).toBe('2021-10-01');
    expect(addDays('2024-01-01', 366)).toBe('2025-01-01');
    expect(() => addDays('2021-10-01', 1.5)).toThrow(RangeError);
  });

  it('compares ISO dates', () => {
    expect(compareIso('2021-09-30', '2021-10-01')).toBe(-1);
    expect(compareIso('2022-01-01', '2021-12-31')).toBe(1);
    expect(compareIso('2024-02-29', '2024-02-29')).toBe(0);
    expect(['2022-01-01', '2021-10-01', '2021-09-30'].sort(compareIso)).toEqual(['2021-09-30', '2021-10-01', '2022-01-01']);
    expect(() => compareIso('2025-02-30', '2025-03-01')).toThrow(RangeError);
  });

  it('counts days between dates', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2025-10-01', '2026-09-30')).toBe(364);
    expect(daysBetween('2022-01-01', '2021-12-31')).toBe(-1);
    expect(daysBetween('2021-10-01', '2021-10-01')).toBe(0);
  });

  it('adds months, clamping to the end of shorter months', () => {
    expect(addMonths('2025-10-01', 12)).toBe('2026-10-01');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(() => addMonths('2025-01-01', 0.5)).toThrow(RangeError);
  });
});
