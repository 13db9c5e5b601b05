import { describe, expect, it } from 'vitest'
import { fromCellDate, fromExcelSerial, readThaiDate } from './thai-date-input'

const iso = (text: string) => {
  const r = readThaiDate(text)
  if (r === null || !r.ok) throw new Error(`not read: ${text} → ${JSON.stringify(r)}`)
  return r.iso
}

describe('readThaiDate', () => {
  it('reads the forms Thai offices write, in BE and CE', () => {
    expect(iso('๑๕ ม.ค. ๒๕๖๕')).toBe('2022-01-15')
    expect(iso('15 ม.ค. 2565')).toBe('2022-01-15')
    expect(iso('15 มกราคม 2565')).toBe('2022-01-15')
    expect(iso('วันที่ 15 มกราคม พ.ศ. 2565')).toBe('2022-01-15')
    expect(iso('15 มค 65')).toBe('2022-01-15')
    expect(iso('1 ก.พ.65')).toBe('2022-02-01')
    expect(iso('24 ธันวาคม ๒๕๖๔')).toBe('2021-12-24')
    expect(iso('15/01/2565')).toBe('2022-01-15')
    expect(iso('15/1/65')).toBe('2022-01-15')
    expect(iso('15-01-2565')).toBe('2022-01-15')
    expect(iso('15.01.2022')).toBe('2022-01-15')
    expect(iso('๑๕/๐๑/๒๕๖๕')).toBe('2022-01-15')
    expect(iso('2022-01-15')).toBe('2022-01-15')
    expect(iso('2565-01-15')).toBe('2022-01-15')
    expect(iso('15 ม.ค. 2022 ค.ศ.')).toBe('2022-01-15')
    expect(iso('44576')).toBe('2022-01-15')
  })

  it('reads a month and year alone as the 1st, and says so', () => {
    const r = readThaiDate('สิงหาคม ๒๕๖๔')
    expect(r).toEqual({ ok: true, iso: '2021-08-01', warning: '‘สิงหาคม ๒๕๖๔’ มีแต่เดือนและปี — บันทึกเป็นวันที่ 1 สิงหาคม 2564 แก้ในไฟล์ได้ถ้าทราบวันที่จริง' })
  })

  it('says which date does not exist, and which cannot be read', () => {
    expect(readThaiDate('31/02/2565')).toEqual({ ok: false, message: 'วันที่ ‘31/02/2565’ ไม่มีอยู่จริง' })
    expect(readThaiDate('29 ก.พ. 2565')).toEqual({ ok: false, message: 'วันที่ ‘29 ก.พ. 2565’ ไม่มีอยู่จริง' })
    expect(iso('29 ก.พ. 2567')).toBe('2024-02-29')
    expect(readThaiDate('01/13/2565')).toEqual({ ok: false, message: 'วันที่ ‘01/13/2565’ ไม่มีอยู่จริง' })
    expect(readThaiDate('15 มกรา 2565')).toMatchObject({ ok: true, iso: '2022-01-15' })
    expect(readThaiDate('15 มกร 2565')).toMatchObject({ ok: false, message: expect.stringMatching(/^ไม่รู้จักชื่อเดือน ‘มกร’/) })
    expect(readThaiDate('เมื่อวาน')).toMatchObject({ ok: false, message: expect.stringMatching(/^อ่านวันที่ ‘เมื่อวาน’ ไม่ได้ — ใช้รูปแบบ/) })
    expect(readThaiDate('15/01/1850')).toMatchObject({ ok: false, message: expect.stringMatching(/^ปีของวันที่/) })
    expect(readThaiDate('   ')).toBeNull()
  })
})

describe('Excel dates', () => {
  it('converts serial numbers in both date systems, across the 1900 leap-year bug', () => {
    expect(fromExcelSerial(44576)).toBe('2022-01-15')
    expect(fromExcelSerial(44576.75)).toBe('2022-01-15')
    expect(fromExcelSerial(61)).toBeNull()
    expect(fromExcelSerial(44576 - 1462, true)).toBe('2022-01-15')
  })

  it('takes a BE year typed into a CE Excel back by 543 years', () => {
    expect(fromCellDate(new Date(Date.UTC(2565, 0, 15)))).toEqual({ ok: true, iso: '2022-01-15', warning: null })
    expect(fromCellDate(new Date(Date.UTC(2022, 0, 15)))).toEqual({ ok: true, iso: '2022-01-15', warning: null })
    // exceljs's float rounding a hair before midnight is still the same day.
    expect(fromCellDate(new Date(Date.UTC(2022, 0, 15) - 1))).toEqual({ ok: true, iso: '2022-01-15', warning: null })
  })
})
