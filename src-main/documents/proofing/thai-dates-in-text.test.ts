import { describe, expect, it } from 'vitest'
import { foldView } from './text-view'
import { beYearOf, findDates, findMonthRanges, monthOf } from './thai-dates-in-text'

const dates = (s: string) => findDates(foldView(s).text).map(({ iso, labelled, announcement }) => ({ iso, labelled, announcement }))
const ranges = (s: string) => findMonthRanges(foldView(s).text).map(({ first, last, yearBE }) => ({ first, last, yearBE }))

describe('findDates', () => {
  it('reads date lines as the seed types them', () => {
    expect(dates('วันที่...๒๔...เดือน...ธันวาคม...พ.ศ....๒๕๖๔...')).toEqual([{ iso: '2021-12-24', labelled: true, announcement: false }])
    expect(dates('วัน/เดือน/ปี : ๒๔ ธันวาคม ๒๕๖๔')).toEqual([{ iso: '2021-12-24', labelled: true, announcement: false }])
    expect(dates('ประกาศ ณ วันที่.....๑.....เดือน ตุลาคม พ.ศ. ๒๕๖๓')).toEqual([{ iso: '2020-10-01', labelled: true, announcement: true }])
  })

  it('reads unlabelled and short-month dates, and Christian-Era years as such', () => {
    expect(dates('เมื่อ ๓ ก.พ. ๒๕๖๕ ที่ผ่านมา')).toEqual([{ iso: '2022-02-03', labelled: false, announcement: false }])
    expect(dates('วันที่ 24 ธันวาคม 2021')).toEqual([{ iso: '2021-12-24', labelled: true, announcement: false }])
  })

  it('ignores days that do not exist', () => {
    expect(dates('วันที่ ๓๑ กันยายน ๒๕๖๔')).toEqual([])
    expect(dates('วันที่ ๒๙ กุมภาพันธ์ ๒๕๖๔')).toEqual([])
    expect(dates('วันที่ ๒๙ กุมภาพันธ์ ๒๕๖๓')).toEqual([{ iso: '2020-02-29', labelled: true, announcement: false }])
  })
})

describe('findMonthRanges', () => {
  it('reads short and full month ranges with or without a year', () => {
    expect(ranges('ไตรมาสที่ ๒ (ก.ค. - ก.ย. ๒๕๖๔)')).toEqual([{ first: 7, last: 9, yearBE: 2564 }])
    expect(ranges('เดือน กรกฎาคม - กันยายน ๒๕๖๔')).toEqual([{ first: 7, last: 9, yearBE: 2564 }])
    expect(ranges('(ต.ค.–ธ.ค.)')).toEqual([{ first: 10, last: 12 }])
    expect(ranges('มกราคม ถึง มีนาคม 2565')).toEqual([{ first: 1, last: 3, yearBE: 2565 }])
  })

  it('tells มีนาคม from มี.ค. and ม.ค.', () => {
    expect(monthOf('มีนาคม')).toBe(3)
    expect(monthOf('มี.ค.')).toBe(3)
    expect(monthOf('ม.ค')).toBe(1)
  })
})

describe('beYearOf', () => {
  it('accepts Buddhist-Era years and converts Christian-Era ones', () => {
    expect(beYearOf('2564')).toBe(2564)
    expect(beYearOf('2021')).toBe(2564)
    expect(beYearOf('1234')).toBeUndefined()
  })
})
