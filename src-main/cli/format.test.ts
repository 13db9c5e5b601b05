import { InvalidArgumentError } from 'commander'
import { describe, expect, it } from 'vitest'
import { displayWidth, table, thaiDateTime } from './format'
import { dateOrNone, isoDate, quarter } from './options'
import { translateUsageError } from './thai-command'

describe('displayWidth', () => {
  it('gives Thai vowel and tone marks no column of their own', () => {
    // ผ ู ้ อ น ุ ม ั ต ิ: five base letters, five marks.
    expect(displayWidth('ผู้อนุมัติ')).toBe(5)
    // SARA AM takes a column (it is a letter, not a mark).
    expect(displayWidth('สำนัก')).toBe(4)
    expect(displayWidth('abc')).toBe(3)
  })

  it('keeps table columns aligned on screen when cells hold Thai text', () => {
    const out = table(
      [
        { a: 'ผู้อนุมัติ', b: 'x' },
        { a: 'ผู้ดูแลเว็บไซต์', b: 'y' }
      ],
      [
        { header: 'บทบาท', value: (r) => r.a },
        { header: 'ค่า', value: (r) => r.b }
      ]
    )
    const lines = out.split('\n')
    const column = (line: string) => displayWidth(line.slice(0, line.lastIndexOf(' ') + 1))
    expect(new Set(lines.map(column)).size).toBe(1)
  })
})

describe('thaiDateTime', () => {
  it('prints a stored UTC instant in Bangkok time with the Buddhist-Era year', () => {
    expect(thaiDateTime('2026-01-14T17:30:00.000Z')).toBe('15 ม.ค. 2569 00:30 น.')
    expect(thaiDateTime('2026-01-15')).toBe('15 ม.ค. 2569')
    expect(thaiDateTime(null)).toBe('-')
  })
})

describe('option values', () => {
  it('refuses a Buddhist-Era year in a date and says what to type', () => {
    expect(() => isoDate('2569-01-15')).toThrow(InvalidArgumentError)
    expect(() => isoDate('2569-01-15')).toThrow('2026-01-15')
    expect(isoDate('๒๐๒๖-๐๑-๑๕')).toBe('2026-01-15')
    expect(() => isoDate('2026-02-30')).toThrow('ไม่มีวันที่นี้')
    expect(dateOrNone('none')).toBeNull()
  })

  it('takes quarters 1 to 4 only', () => {
    expect(quarter('4')).toBe(4)
    expect(() => quarter('5')).toThrow(InvalidArgumentError)
  })
})

describe('translateUsageError', () => {
  it('turns commander messages into Thai, keeping the option and the suggestion', () => {
    expect(translateUsageError("error: unknown option '--statu'\n(Did you mean --status?)", 'commander.unknownOption')).toBe(
      'ไม่รู้จักตัวเลือก --statu (หมายถึง --status หรือไม่)'
    )
    expect(translateUsageError("error: required option '--by <id>' not specified", 'commander.missingMandatoryOptionValue')).toBe('ต้องระบุตัวเลือก --by <id>')
    expect(translateUsageError("error: option '--fy <year>' argument '69' is invalid. ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2569", 'commander.invalidArgument')).toBe(
      'ค่า “69” ของ --fy <year> ไม่ถูกต้อง: ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2569'
    )
  })
})
