/** The values of the placeholders every kind shares, from the register's data. */
import type { Person } from '@shared/domain/schemas'
import { formatThaiDate, parseIsoDate, thaiMonthName, toBuddhistYear, type IsoDate } from '@shared/thai'
import type { CommonVariable, MemoVariable } from '../templates/kinds'
import { addressedPosition, type OfficeFacts } from './context'

/** Day, month name and Buddhist-Era year of a date, as separate texts. */
export function dateParts(date: IsoDate): { day: string; month: string; year: string } {
  const { year, month, day } = parseIsoDate(date)
  return { day: String(day), month: thaiMonthName(month), year: String(toBuddhistYear(year)) }
}

export function commonValues(office: OfficeFacts, head: Person, date: IsoDate, fy: number): Record<CommonVariable, string> {
  const parts = dateParts(date)
  return {
    'office.name': office.name,
    'office.shortName': office.shortName,
    'office.district': office.district,
    'office.province': office.province,
    'office.parentAgency': office.parentAgency,
    'office.address': office.address,
    'office.phone': office.phone,
    'office.email': office.email,
    'office.website': office.website,
    'head.name': head.displayName,
    'head.position': addressedPosition(head),
    date: formatThaiDate(date),
    'date.day': parts.day,
    'date.month': parts.month,
    'date.year': parts.year,
    fy: String(fy)
  }
}

export function memoValues(office: OfficeFacts, head: Person, from: Person, date: IsoDate, fy: number, bookNo: string): Record<MemoVariable, string> {
  return {
    ...commonValues(office, head, date, fy),
    'from.name': from.displayName,
    'from.position': addressedPosition(from),
    'from.unit': from.unit,
    bookNo
  }
}

/** "ก", "ก และ ข", "ก ข และ ค": distinct items in their first order. */
export function thaiList(items: readonly string[]): string {
  const distinct = [...new Set(items.map((s) => s.trim()).filter((s) => s.length > 0))]
  if (distinct.length <= 1) return distinct[0] ?? ''
  return `${distinct.slice(0, -1).join(' ')} และ${distinct[distinct.length - 1] ?? ''}`
}
