/**
 * Plain-text output for people: tables that stay aligned with Thai text, Buddhist-Era dates.
 * Numbers stay in Arabic digits so that ids can be copied into the next command.
 */
import { formatThaiDate, todayIso } from '@shared/thai'

// Thai above/below vowels and tone marks (and other combining marks) take no column of their own.
const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200b-\u200d\ufeff]/gu
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u

/** How many terminal columns `text` takes. */
export function displayWidth(text: string): number {
  let width = 0
  for (const ch of text.replace(ZERO_WIDTH, '')) width += WIDE.test(ch) ? 2 : 1
  return width
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)))
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text
}

export interface Column<Row> {
  header: string
  value: (row: Row) => string
  align?: 'left' | 'right'
}

/** A table with a header line; the last column is not padded (long titles just run on). */
export function table<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  const cells = rows.map((row) => columns.map((c) => oneLine(c.value(row))))
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...cells.map((r) => displayWidth(r[i] ?? ''))))
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => {
        if (i === values.length - 1 && columns[i]?.align !== 'right') return v
        return columns[i]?.align === 'right' ? padStart(v, widths[i] ?? 0) : padEnd(v, widths[i] ?? 0)
      })
      .join('  ')
      .trimEnd()
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join('\n')
}

/** "label: value" lines with the values aligned. */
export function fieldList(pairs: readonly (readonly [string, string])[]): string {
  const width = Math.max(...pairs.map(([label]) => displayWidth(label)))
  return pairs.map(([label, value]) => `${padEnd(label + ':', width + 1)} ${value}`).join('\n')
}

/** "15 ม.ค. 2569" from "2026-01-15"; '-' for none. */
export function thaiDate(iso: string | null, style: 'short' | 'long' = 'short'): string {
  if (!iso) return '-'
  return formatThaiDate(iso, { style, thaiDigits: false })
}

// Built on first use: a time-zone formatter costs tens of milliseconds, which `--help` need not pay.
let clock: Intl.DateTimeFormat | undefined

/**
 * A stored instant (UTC) as the office reads it, in Bangkok time: "15 ม.ค. 2569 14:30 น.".
 * A date without a time (a decision dated afterwards) prints as the date alone.
 */
export function thaiDateTime(value: string | null): string {
  if (!value) return '-'
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return thaiDate(value)
  const instant = new Date(value)
  if (Number.isNaN(instant.getTime())) return value
  clock ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Bangkok', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  return `${thaiDate(todayIso(instant))} ${clock.format(instant)} น.`
}

/** "12.3 KB", "1.45 MB" */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ไบต์`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(2)} MB`
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ')
}
