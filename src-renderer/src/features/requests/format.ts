/**
 * How the request screens show dates, times, sizes and file kinds. Screens use Arabic digits so
 * that dates read the same as the numbers around them (ids, sizes, the date inputs); printed
 * documents choose Thai digits on their own.
 */
import { FILE_KIND_LABELS } from '@shared/domain/attachment-rules'
import { formatThaiDate, isIsoDate, todayIso } from '@shared/thai'

const timeFormat = new Intl.DateTimeFormat('th-TH-u-nu-latn', { timeZone: 'Asia/Bangkok', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/** "24 ธ.ค. 2564" (short) or "24 ธันวาคม 2564"; empty for no date. */
export function thaiDate(iso: string | null | undefined, style: 'short' | 'long' = 'short'): string {
  if (!iso || !isIsoDate(iso)) return iso ?? ''
  return formatThaiDate(iso, { thaiDigits: false, style })
}

/** An instant as the office sees it (Bangkok time): "24 ธ.ค. 2564 เวลา 10:30 น.". A bare date stays a date. */
export function thaiDateTime(at: string | null | undefined): string {
  if (!at) return ''
  if (isIsoDate(at)) return thaiDate(at)
  const instant = new Date(at)
  if (Number.isNaN(instant.getTime())) return at
  return `${thaiDate(todayIso(instant))} เวลา ${timeFormat.format(instant)} น.`
}

/** "812 ไบต์", "12.3 KB", "3.4 MB" */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ไบต์`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

export function kindLabel(kind: string): string {
  return FILE_KIND_LABELS[kind] ?? kind
}

/** Numbers with thousands separators, Arabic digits: "100,000". */
export function count(n: number): string {
  return n.toLocaleString('en-US')
}

const inputParts = new Intl.DateTimeFormat('en-CA-u-nu-latn', {
  timeZone: 'Asia/Bangkok',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23'
})

/**
 * The value a datetime-local input shows for an instant, in Bangkok time like every time the app
 * shows (the PC's own zone may be set wrong; the office's is not).
 */
export function toBangkokInputValue(d: Date): string {
  const part = (t: Intl.DateTimeFormatPartTypes) => inputParts.formatToParts(d).find((p) => p.type === t)?.value ?? '00'
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`
}

/** A datetime-local value read as Bangkok time, as an ISO date-time with its offset. */
export function fromBangkokInputValue(value: string): string {
  return `${value.length === 16 ? `${value}:00` : value}+07:00`
}
