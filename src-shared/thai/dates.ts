// Calendar-date helpers. A date is an ISO calendar date string `YYYY-MM-DD` (no time, no zone).
// We never call `new Date(string)`: "2021-12-24" parses as UTC midnight but "2021-12-24T00:00"
// as local time, and formatting in local time can shift the day. Every Date built here is UTC
// midnight and every formatter runs with timeZone 'UTC', so the host time zone never matters.

import { formatDigits } from './digits';

export type IsoDate = string;
export interface YMD {
  year: number;
  month: number; // 1..12
  day: number;
}

const BE_OFFSET = 543;
const MS_PER_DAY = 86_400_000;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

/** Parse `YYYY-MM-DD` into integers. Throws RangeError for bad syntax or a non-existent day. */
export function parseIsoDate(s: string): YMD {
  const m = ISO_RE.exec(s);
  if (!m) throw new RangeError(`Invalid ISO date "${s}": expected YYYY-MM-DD`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12) throw new RangeError(`Invalid ISO date "${s}": month ${month} is not 1-12`);
  const dim = daysInMonth(year, month);
  if (day < 1 || day > dim) {
    throw new RangeError(`Invalid ISO date "${s}": day ${day} is not 1-${dim} for ${m[1]}-${m[2]}`);
  }
  return { year, month, day };
}

export function isIsoDate(s: string): boolean {
  try {
    parseIsoDate(s);
    return true;
  } catch {
    return false;
  }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Build `YYYY-MM-DD` from integers (validated). */
export function toIsoDate(year: number, month: number, day: number): IsoDate {
  const s = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  parseIsoDate(s);
  return s;
}

// UTC-midnight Date. setUTCFullYear avoids Date.UTC's mapping of years 0-99 to 1900-1999.
function utcDate(year: number, month: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d;
}

function fromUtcDate(d: Date): IsoDate {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

export function toBuddhistYear(ceYear: number): number {
  return ceYear + BE_OFFSET;
}

export function toCeYear(beYear: number): number {
  return beYear - BE_OFFSET;
}

// Month names come from ICU (Node ships full ICU). Formatters are costly to build: cache them.
const monthFormatters = new Map<'long' | 'short', Intl.DateTimeFormat>();
function monthName(month: number, width: 'long' | 'short'): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Invalid month ${month}: expected 1-12`);
  }
  let f = monthFormatters.get(width);
  if (!f) {
    f = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { month: width, timeZone: 'UTC' });
    monthFormatters.set(width, f);
  }
  return f.format(utcDate(2000, month, 15));
}

/** "มกราคม" .. "ธันวาคม" */
export function thaiMonthName(month: number): string {
  return monthName(month, 'long');
}

/** "ม.ค." .. "ธ.ค." */
export function thaiMonthShort(month: number): string {
  return monthName(month, 'short');
}

export interface ThaiDateOptions {
  /** Thai digits ๐-๙ (default true) or Arabic digits. */
  thaiDigits?: boolean;
  /** 'long' month name (default) or 'short' abbreviation. */
  style?: 'long' | 'short';
}

// Assembled from parts rather than taken whole from dateStyle so the shape is fixed
// ("day month BE-year", single spaces, no "พ.ศ.") whatever the ICU version does.
/** "๒๔ ธันวาคม ๒๕๖๔" / "๒๔ ธ.ค. ๒๕๖๔" / "24 ธันวาคม 2564" */
export function formatThaiDate(iso: IsoDate, opts: ThaiDateOptions = {}): string {
  const { year, month, day } = parseIsoDate(iso);
  const name = opts.style === 'short' ? thaiMonthShort(month) : thaiMonthName(month);
  return formatDigits(`${day} ${name} ${toBuddhistYear(year)}`, opts.thaiDigits ?? true);
}

/** "สิงหาคม ๒๕๖๔" for (2021, 8). `year` is CE. */
export function formatThaiMonthYear(year: number, month: number, opts: ThaiDateOptions = {}): string {
  const name = opts.style === 'short' ? thaiMonthShort(month) : thaiMonthName(month);
  return formatDigits(`${name} ${toBuddhistYear(year)}`, opts.thaiDigits ?? true);
}

const todayFormatters = new Map<string, Intl.DateTimeFormat>();
/** The calendar date of instant `now` in `timeZone` (default Bangkok, UTC+7, no DST). */
export function todayIso(now: Date = new Date(), timeZone = 'Asia/Bangkok'): IsoDate {
  let f = todayFormatters.get(timeZone);
  if (!f) {
    // gregory/latn forced so the parts are plain CE Arabic numbers.
    f = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    todayFormatters.set(timeZone, f);
  }
  const parts = f.formatToParts(now);
  const get = (t: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === t)?.value);
  return toIsoDate(get('year'), get('month'), get('day'));
}

/** `iso` shifted by `n` days (n may be negative). */
export function addDays(iso: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`addDays: n must be an integer, got ${n}`);
  const { year, month, day } = parseIsoDate(iso);
  const d = utcDate(year, month, day);
  d.setUTCDate(d.getUTCDate() + n);
  return fromUtcDate(d);
}

/**
 * Adds whole months, keeping the day where the month has it and clamping to the month's last day
 * otherwise (31 Jan + 1 month = 28/29 Feb): a "12 months from" publication period.
 */
export function addMonths(iso: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`addMonths: n must be an integer, got ${n}`);
  const { year, month, day } = parseIsoDate(iso);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return toIsoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Negative, zero or positive like a sort comparator. Validates both dates. */
export function compareIso(a: IsoDate, b: IsoDate): number {
  parseIsoDate(a);
  parseIsoDate(b);
  // Fixed-width YYYY-MM-DD strings sort chronologically.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole days from `a` to `b` (b - a): daysBetween('2024-02-28', '2024-03-01') === 2. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const x = parseIsoDate(a);
  const y = parseIsoDate(b);
  // Both UTC midnight, no DST in UTC: the difference is an exact multiple of a day.
  return Math.round((utcDate(y.year, y.month, y.day).getTime() - utcDate(x.year, x.month, x.day).getTime()) / MS_PER_DAY);
}
