import { describe, expect, it } from 'vitest'
import { quarterLabel, type FiscalQuarter } from '@shared/thai'
import { checkQuarters, quarterOfRange } from './check-quarters'
import { FACTS, withDocument } from './test-facts'

describe('checkQuarters', () => {
  it('finds the seed’s July–September report called quarter 2 and names the right quarter', () => {
    const p = 'ขอรายงานผลผลการดำเนินงานไตรมาสที่ ๒ (ก.ค. - ก.ย. ๒๕๖๔) ดังนี้'
    const [f, ...rest] = checkQuarters([p], FACTS)
    expect(rest).toEqual([])
    expect(f).toMatchObject({ code: 'quarter-months', severity: 'error', excerpt: 'ไตรมาสที่ ๒ (ก.ค. - ก.ย. ๒๕๖๔', suggestion: 'ไตรมาสที่ ๔' })
    expect(f?.messageTh).toBe(
      '“ไตรมาสที่ ๒” ของปีงบประมาณคือเดือน ม.ค. - มี.ค. แต่ข้อความระบุเดือน ก.ค. - ก.ย. — เดือน ก.ค. - ก.ย. คือไตรมาสที่ ๔ ตรวจสอบว่าควรเป็น “ไตรมาสที่ ๔”'
    )
  })

  it('accepts every label quarterLabel makes, with the document’s quarter and year', () => {
    for (const q of [1, 2, 3, 4] as FiscalQuarter[]) {
      for (const thaiDigits of [true, false]) {
        const p = `รายงานผล${quarterLabel(2565, q, { thaiDigits })} ดังนี้`
        expect(checkQuarters([p], withDocument({ fiscalYear: 2565, quarter: q }))).toEqual([])
      }
    }
  })

  it('accepts full month names, a label with no months, and months that belong to the next label', () => {
    expect(checkQuarters(['ไตรมาสที่ ๔ เดือนกรกฎาคม - กันยายน ๒๕๖๔', 'ผลการดำเนินงานไตรมาสที่ ๓'], FACTS)).toEqual([])
    expect(checkQuarters(['เปรียบเทียบไตรมาสที่ ๑ และไตรมาสที่ ๒ (ม.ค. - มี.ค. ๒๕๖๕)'], FACTS)).toEqual([])
  })

  it('flags a quarter that does not exist', () => {
    expect(checkQuarters(['ไตรมาสที่ ๕'], FACTS).map((f) => f.messageTh)).toEqual(['“ไตรมาสที่ ๕” ไม่มีอยู่จริง — ปีงบประมาณมี ๔ ไตรมาส (ไตรมาสที่ ๑ ถึง ๔)'])
  })

  it('flags a quarter-1 range dated in the fiscal year instead of the year before', () => {
    const [f] = checkQuarters(['ไตรมาสที่ ๑ (ต.ค. - ธ.ค. ๒๕๖๕)'], withDocument({ fiscalYear: 2565 }))
    expect(f).toMatchObject({ code: 'quarter-year', excerpt: 'ไตรมาสที่ ๑ (ต.ค. - ธ.ค. ๒๕๖๕' })
  })

  it('holds labels and a report title to the quarter the register says the document is about', () => {
    const facts = withDocument({ fiscalYear: 2564, quarter: 4 })
    const found = checkQuarters(['บันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์', 'เดือน เมษายน - มิถุนายน ๒๕๖๔', 'สรุปไตรมาสที่ ๓'], facts)
    expect(found.map((f) => [f.paragraphIndex, f.excerpt, f.suggestion])).toEqual([
      [1, 'เมษายน - มิถุนายน ๒๕๖๔', undefined],
      [2, 'ไตรมาสที่ ๓', 'ไตรมาสที่ ๔']
    ])
    expect(checkQuarters(['เดือน กรกฎาคม - กันยายน ๒๕๖๔'], facts)).toEqual([])
  })
})

describe('quarterOfRange', () => {
  it('knows the fiscal quarters', () => {
    expect([quarterOfRange(10, 12), quarterOfRange(1, 3), quarterOfRange(4, 6), quarterOfRange(7, 9), quarterOfRange(7, 8)]).toEqual([1, 2, 3, 4, undefined])
  })
})
