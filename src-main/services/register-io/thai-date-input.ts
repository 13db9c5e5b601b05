/**
 * Reading the dates an office writes in its Excel logs, in the forms they come in:
 *   "๑๕ ม.ค. ๒๕๖๕", "15 มกราคม 2565", "วันที่ 15 ม.ค. 65"      Thai month, BE year (2 or 4 digits)
 *   "15/01/2565", "15-1-65", "15.01.2022"                    day/month/year, BE or CE
 *   "2022-01-15"                                             ISO (a BE year in it is taken as BE)
 *   44576 (a number, or a date cell of a workbook)           Excel serial dates
 *   "สิงหาคม ๒๕๖๔" (month and year only, as the seed's log)    the 1st of that month, with a warning
 *
 * Years: 4 digits above 2400 are Buddhist Era; 2 digits are BE (65 → 2565), as Thai offices
 * write them. Day/month order is always day first (Thai usage). Everything is checked against the
 * calendar: 31/02/2565 does not exist and is said so.
 */
import { formatThaiDate, isIsoDate, thaiMonthName, thaiMonthShort, toArabicDigits, toIsoDate } from '@shared/thai'

export type DateReading = { ok: true; iso: string; warning: string | null } | { ok: false; message: string }

const BE_OFFSET = 543
/** Years a log of this century can hold; anything else is a typing error. */
const MIN_CE = 1950
const MAX_CE = 2200

const HINT = 'ใช้รูปแบบ เช่น 15/01/2565, ๑๕ ม.ค. ๒๕๖๕ หรือ 2022-01-15'

/** Month names without dots or spaces ("มค", "มกราคม") → month number. */
const MONTHS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>()
  for (let m = 1; m <= 12; m++) {
    map.set(squeeze(thaiMonthName(m)), m)
    map.set(squeeze(thaiMonthShort(m)), m)
  }
  // Spellings met in offices beside ICU's: กุมภา, มีนา, เมษา, … (the long names cut short).
  const short: [string, number][] = [
    ['มกรา', 1], ['กุมภา', 2], ['มีนา', 3], ['เมษา', 4], ['พฤษภา', 5], ['มิถุนา', 6],
    ['กรกฎา', 7], ['สิงหา', 8], ['กันยา', 9], ['ตุลา', 10], ['พฤศจิกา', 11], ['ธันวา', 12]
  ]
  for (const [name, m] of short) map.set(name, m)
  return map
})()

function squeeze(s: string): string {
  return s.replace(/[.\s]/g, '')
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** A written year → CE, or null when it is no year of a log. */
function ceYear(written: string, explicitCe: boolean): number | null {
  let y = Number(written)
  if (written.length === 2) y = explicitCe ? 2000 + y : 2500 + y - BE_OFFSET
  else if (written.length !== 4) return null
  else if (y > 2400 && !explicitCe) y -= BE_OFFSET
  return y >= MIN_CE && y <= MAX_CE ? y : null
}

function build(original: string, year: number, month: number, day: number, warning: string | null = null): DateReading {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
    return { ok: false, message: `วันที่ ‘${original}’ ไม่มีอยู่จริง` }
  }
  return { ok: true, iso: toIsoDate(year, month, day), warning }
}

/** Excel's day number (1900 system; 1904 when the workbook says so) → ISO date. */
export function fromExcelSerial(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial)) return null
  const whole = Math.floor(serial + 1e-9)
  // 1900 system: day 1 = 1900-01-01, and Excel counts a 29 Feb 1900 that never was (day 60), so
  // from day 61 on, day 0 is 1899-12-30. 1904 system: day 0 = 1904-01-01.
  const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, whole < 61 ? 31 : 30)
  const d = new Date(base + whole * 86_400_000)
  const year = d.getUTCFullYear()
  if (year < MIN_CE || year > MAX_CE) return null
  return toIsoDate(year, d.getUTCMonth() + 1, d.getUTCDate())
}

/**
 * A date cell of a workbook (exceljs gives it as a UTC Date). A year above 2400 is a BE date
 * typed into an Excel that counts in CE ("15/01/2565" became the year 2565): 543 years come off.
 */
export function fromCellDate(d: Date): DateReading {
  if (Number.isNaN(d.getTime())) return { ok: false, message: `อ่านวันที่ในเซลล์ไม่ได้ — ${HINT}` }
  // A time of day a few milliseconds short of midnight is the float's rounding, not the day before.
  const t = new Date(Math.round(d.getTime() / 1000) * 1000)
  let year = t.getUTCFullYear()
  if (year > 2400) year -= BE_OFFSET
  const shown = `${t.getUTCDate()}/${t.getUTCMonth() + 1}/${t.getUTCFullYear()}`
  if (year < MIN_CE || year > MAX_CE) return { ok: false, message: `ปีของวันที่ ‘${shown}’ ไม่น่าจะถูกต้อง — ${HINT}` }
  return build(shown, year, t.getUTCMonth() + 1, t.getUTCDate())
}

/** Reads a date written as text (or a number typed into a CSV). Empty text is "no date". */
export function readThaiDate(input: string): DateReading | null {
  const original = input.trim()
  if (original === '') return null
  let t = toArabicDigits(original.normalize('NFC')).replace(/\s+/g, ' ').trim()
  t = t.replace(/^วันที่\s*/, '').replace(/^เดือน\s*/, '')
  const explicitCe = /ค\.?\s?ศ\.?/.test(t)
  t = t.replace(/\s*(พ\.?\s?ศ\.?|ค\.?\s?ศ\.?)\s*/g, ' ').trim()

  let m: RegExpExecArray | null
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t))) {
    const year = ceYear(m[1] as string, explicitCe)
    if (year === null) return { ok: false, message: `ปีของวันที่ ‘${original}’ ไม่น่าจะถูกต้อง — ${HINT}` }
    return build(original, year, Number(m[2]), Number(m[3]))
  }
  if ((m = /^(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{2}|\d{4})$/.exec(t))) {
    const year = ceYear(m[3] as string, explicitCe)
    if (year === null) return { ok: false, message: `ปีของวันที่ ‘${original}’ ไม่น่าจะถูกต้อง — ${HINT}` }
    return build(original, year, Number(m[2]), Number(m[1]))
  }
  if ((m = /^(\d{1,2})\s?([\u0e00-\u0e7f.\s]+?)\s?(\d{2}|\d{4})$/.exec(t))) {
    const month = MONTHS.get(squeeze(m[2] as string))
    if (month === undefined) return { ok: false, message: `ไม่รู้จักชื่อเดือน ‘${(m[2] as string).trim()}’ ในวันที่ ‘${original}’ — ${HINT}` }
    const year = ceYear(m[3] as string, explicitCe)
    if (year === null) return { ok: false, message: `ปีของวันที่ ‘${original}’ ไม่น่าจะถูกต้อง — ${HINT}` }
    return build(original, year, month, Number(m[1]))
  }
  if ((m = /^([\u0e00-\u0e7f.\s]+?)\s?(\d{2}|\d{4})$/.exec(t))) {
    const month = MONTHS.get(squeeze(m[1] as string))
    const year = ceYear(m[2] as string, explicitCe)
    if (month !== undefined && year !== null) {
      const iso = toIsoDate(year, month, 1)
      return { ok: true, iso, warning: `‘${original}’ มีแต่เดือนและปี — บันทึกเป็นวันที่ ${formatThaiDate(iso, { thaiDigits: false })} แก้ในไฟล์ได้ถ้าทราบวันที่จริง` }
    }
  }
  if ((m = /^(\d{5})(?:\.\d+)?$/.exec(t))) {
    const serial = Number(t)
    const iso = serial >= 20_000 && serial <= 80_000 ? fromExcelSerial(serial) : null
    if (iso !== null) return { ok: true, iso, warning: null }
  }
  if (isIsoDate(t)) return { ok: true, iso: t, warning: null }
  return { ok: false, message: `อ่านวันที่ ‘${original}’ ไม่ได้ — ${HINT}` }
}
