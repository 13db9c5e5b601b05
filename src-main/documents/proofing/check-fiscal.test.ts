import { describe, expect, it } from 'vitest'
import { checkFiscal } from './check-fiscal'
import { FACTS, withDocument } from './test-facts'

const summary = (paragraphs: string[], facts = FACTS) => checkFiscal(paragraphs, facts).map((f) => [f.code, f.severity, f.paragraphIndex, f.excerpt])

describe('fiscal year against the document’s date', () => {
  it('accepts the seed’s memos: FY 2565 dated 24 Dec 2564, FY 2564 dated 30 Sep 2564', () => {
    expect(
      summary([
        'วันที่ ๒๔ ธันวาคม ๒๕๖๔',
        'ประกาศเผยแพร่มาตรการ ประจำปีงบประมาณ ๒๕๖๕ โดยเคร่งครัด',
        'วันที่ ๓๐ กันยายน ๒๕๖๔',
        'เรื่อง รายงานผลการติดตามการดำเนินงาน ปีงบประมาณ ๒๕๖๔'
      ])
    ).toEqual([])
  })

  it('accepts the next year from the last quarter before it, and the past year from the first quarter after it', () => {
    expect(summary(['วันที่ ๑๕ สิงหาคม ๒๕๖๔', 'แผนปฏิบัติการ ปีงบประมาณ ๒๕๖๕'])).toEqual([])
    expect(summary(['วันที่ ๕ ตุลาคม ๒๕๖๔', 'สรุปผล ปีงบประมาณ ๒๕๖๔'])).toEqual([])
  })

  it('flags a fiscal year the document cannot yet be about (error) and an old one (warning)', () => {
    expect(summary(['วันที่ ๒๔ ธันวาคม ๒๕๖๔', 'ประจำปีงบประมาณ ๒๕๖๖'])).toEqual([['fiscal-year-date', 'error', 1, 'ปีงบประมาณ ๒๕๖๖']])
    expect(summary(['วันที่ ๑๐ มีนาคม ๒๕๖๕', 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๓'])).toEqual([['fiscal-year-date', 'warning', 1, 'ปีงบประมาณ พ.ศ. ๒๕๖๓']])
    const [f] = checkFiscal(['วันที่ ๑ มิถุนายน ๒๕๖๔', 'แผนปีงบประมาณ ๒๕๖๕'], FACTS)
    expect(f?.messageTh).toBe(
      'ข้อความระบุ “ปีงบประมาณ ๒๕๖๕” แต่เอกสารลงวันที่ ๑ มิถุนายน ๒๕๖๔ ซึ่งอยู่ในปีงบประมาณ ๒๕๖๔ — ' +
        'เอกสารจะกล่าวถึงปีงบประมาณถัดไปได้เฉพาะเมื่อทำในไตรมาสสุดท้ายก่อนปีนั้น ตรวจสอบปีงบประมาณหรือวันที่'
    )
  })

  it('uses the register’s date over the text’s, and its fiscal year when it has one', () => {
    expect(summary(['ปีงบประมาณ ๒๕๖๕'], withDocument({ date: '2021-03-01' }))).toEqual([['fiscal-year-date', 'error', 0, 'ปีงบประมาณ ๒๕๖๕']])
    const [f] = checkFiscal(['ปีงบประมาณ 2564'], withDocument({ fiscalYear: 2565 }))
    expect(f).toMatchObject({ code: 'fiscal-year-date', severity: 'warning', suggestion: 'ปีงบประมาณ ๒๕๖๕' })
  })

  it('says nothing without any date to compare with', () => {
    expect(summary(['ปีงบประมาณ ๒๕๗๐'])).toEqual([])
  })
})

describe('announcement title year against its signing date', () => {
  const announcement = (titleYear: string, signed: string) => [
    'ประกาศสำนักงานสาธารณสุขอำเภอศรีบุญเรือง',
    `เรื่อง แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน พ.ศ. ${titleYear}`,
    'สำหรับหน่วยงานภายในและหน่วยงานในสังกัด',
    'ทั้งนี้ ให้ถือปฏิบัติโดยเคร่งครัด',
    signed
  ]

  it('flags the seed’s announcement of พ.ศ. ๒๕๖๔ signed on ๑ ตุลาคม ๒๕๖๓', () => {
    const [f, ...rest] = checkFiscal(announcement('๒๕๖๔', 'ประกาศ ณ วันที่.....๑.....เดือน ตุลาคม พ.ศ. ๒๕๖๓'), FACTS)
    expect(rest).toEqual([])
    expect(f).toMatchObject({ code: 'announcement-year', severity: 'error', paragraphIndex: 4, excerpt: 'ประกาศ ณ วันที่.....๑.....เดือน ตุลาคม พ.ศ. ๒๕๖๓' })
    expect(f?.messageTh).toContain('ประกาศลงวันที่ ๑ ตุลาคม ๒๕๖๓ แต่ชื่อประกาศ (ย่อหน้าที่ ๒) ระบุ พ.ศ. ๒๕๖๔')
  })

  it('accepts an announcement signed in the year of its title', () => {
    expect(summary(announcement('๒๕๖๕', 'ประกาศ ณ วันที่ ๓ มกราคม พ.ศ. ๒๕๖๕'))).toEqual([])
    expect(summary(['ประกาศสำนักงานสาธารณสุขอำเภอศรีบุญเรือง เรื่อง แนวทางการเผยแพร่ข้อมูล พ.ศ. 2565', 'ประกาศ ณ วันที่ 3 ม.ค. 2565'])).toEqual([])
  })

  it('does not take a cited announcement ("ตามประกาศ…") for a title', () => {
    expect(summary(['ตามประกาศสำนักงานปลัดกระทรวงสาธารณสุข', 'เรื่อง แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน พ.ศ. ๒๕๖๑', 'ประกาศ ณ วันที่ ๑ ตุลาคม ๒๕๖๔'])).toEqual([])
  })

  it('pairs a signing line with the announcement it closes, not an earlier one', () => {
    const paragraphs = [
      ...announcement('๒๕๖๕', 'ประกาศ ณ วันที่ ๓ มกราคม พ.ศ. ๒๕๖๕'),
      'ประกาศสำนักงานสาธารณสุขอำเภอศรีบุญเรือง',
      'เรื่อง ผู้ชนะการเสนอราคาจ้างทำเว็บไซต์',
      'ประกาศ ณ วันที่ ๒ กุมภาพันธ์ พ.ศ. ๒๕๖๖'
    ]
    expect(summary(paragraphs)).toEqual([])
  })

  it('compares a title with no signing line with the register’s date', () => {
    const paragraphs = announcement('๒๕๖๕', 'ลงชื่อ').slice(0, 4)
    expect(summary(paragraphs, withDocument({ date: '2021-10-01' }))).toEqual([['announcement-year', 'error', 1, 'พ.ศ. ๒๕๖๕']])
  })
})
