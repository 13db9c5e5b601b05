/** Audit timestamps are stored in UTC; the office reads them in Bangkok time, whatever the PC's zone. */
import { formatThaiDate, todayIso } from '@shared/thai'

const BANGKOK = 'Asia/Bangkok'
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: BANGKOK, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/** "25 ธ.ค. 2564 00:30" for 2021-12-24T17:30Z. Anything unparsable is shown as it is. */
export function bangkokDateTime(iso: string): string {
  const instant = new Date(iso)
  if (Number.isNaN(instant.getTime())) return iso
  return `${formatThaiDate(todayIso(instant, BANGKOK), { style: 'short', thaiDigits: false })} ${timeFormat.format(instant)}`
}
