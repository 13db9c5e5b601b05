import { describe, expect, it } from 'vitest'
import { toThaiDigits } from '@shared/thai'
import { checkLaws } from './check-laws'
import { LAWS } from './laws'
import { FACTS, withDocument } from './test-facts'

const summary = (paragraphs: string[], facts = FACTS) => checkLaws(paragraphs, facts).map((f) => [f.code, f.severity, f.excerpt, f.suggestion])

describe('the law table', () => {
  it('accepts every law cited by its name and the year of each edition, and refuses a year ten off (the seed’s slip)', () => {
    for (const law of LAWS) {
      const facts = withDocument({ date: '2020-01-01' })
      for (const [edition, year] of Object.entries(law.editions)) {
        const amendment = Number(edition) > 1 ? ` (ฉบับที่ ${toThaiDigits(edition)})` : ''
        expect(summary([`ตาม${law.name}${amendment} พ.ศ. ${toThaiDigits(String(year))}`], facts), law.id).toEqual([])
      }
      const original = law.editions[1] ?? 0
      const slip = law.bareYears.includes(original + 10) ? original - 10 : original + 10
      const wrong = checkLaws([`ตาม${law.name} พ.ศ. ${slip}`], facts)
      expect(wrong.map((f) => f.code), law.id).toEqual(['law-year'])
    }
  })

  it('holds each original year among the years a bare citation may bear', () => {
    for (const law of LAWS) expect(law.bareYears).toContain(law.editions[1])
  })
})

describe('checkLaws', () => {
  it('flags the seed’s miswritten years with the right one, in the digits used', () => {
    expect(
      summary([
        'ได้รับข้อมูลที่ถูกต้องครบถ้วนตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๕๐ มาตรา ๙ (๘)',
        'ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ.๒๕๕๐ มาตรา ๙ (๘)',
        'ให้ปฏิบัติตาม พรบ.ว่าด้วยธุรกรรมทางอิเล็กทรอนิกส์ พ.ศ. ๒๕๕๔ พรบ.ว่าด้วยธุรกรรม ทางอิเล็กทรอนิกส์ (ฉบับที่ ๒) พ.ศ. ๒๕๕๑'
      ])
    ).toEqual([
      ['law-year', 'error', 'พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๕๐', 'พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐'],
      ['law-year', 'error', 'พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ.๒๕๕๐', 'พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ.๒๕๔๐'],
      ['law-year', 'error', 'พรบ.ว่าด้วยธุรกรรมทางอิเล็กทรอนิกส์ พ.ศ. ๒๕๕๔', 'พรบ.ว่าด้วยธุรกรรมทางอิเล็กทรอนิกส์ พ.ศ. ๒๕๔๔']
    ])
  })

  it('says why ๒๕๕๐ is wrong for the ministry of digital economy’s traffic-data notification', () => {
    const [f] = checkLaws(['และประกาศกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เรื่อง หลักเกณฑ์การเก็บรักษาข้อมูลจราจรทางคอมพิวเตอร์ของผู้ให้บริการ พ.ศ. ๒๕๕๐'], FACTS)
    expect(f?.suggestion?.endsWith('พ.ศ. ๒๕๖๔')).toBe(true)
    expect(f?.messageTh).toContain('ออกโดยกระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร และถูกยกเลิกแล้วตั้งแต่ ๑๔ สิงหาคม ๒๕๖๔')
  })

  it('matches abbreviations, spacing and Arabic digits', () => {
    expect(summary(['พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ.2540', 'พรบ. ข้อมูลข่าวสารฯ ปี ๒๕๔๐', 'พระราชบัญญัติ ข้อมูลข่าวสาร ของราชการ พ.ศ. ๒๕๔๐ มาตรา ๗'])).toEqual([])
    expect(summary(['พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. 2550'])).toEqual([
      ['law-year', 'error', 'พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. 2550', 'พ.ร.บ.ข้อมูลข่าวสารของราชการ พ.ศ. 2540']
    ])
  })

  it('accepts the computer crime act cited by its amendment’s year, and checks a named amendment', () => {
    expect(summary(['ตาม พรบ.ว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์ พ.ศ. ๒๕๖๐ อย่างเคร่งครัด', 'พ.ร.บ.คอมพิวเตอร์ พ.ศ. ๒๕๕๐'])).toEqual([])
    expect(summary(['พระราชบัญญัติว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์ (ฉบับที่ ๒) พ.ศ. ๒๕๕๐']).map((r) => r[0])).toEqual(['law-year'])
    const [f] = checkLaws(['พระราชบัญญัติว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์ (ฉบับที่ ๕) พ.ศ. ๒๕๖๗'], FACTS)
    expect(f).toMatchObject({ code: 'law-year', severity: 'warning' })
  })

  it('warns of a wrong name and of a repealed notification', () => {
    expect(summary(['ตาม พรบ.ข้อมูลข่าวสารของทางราชการ พ.ศ. ๒๕๔๐']).map((r) => r[0])).toEqual(['law-name'])
    const mict = 'ประกาศกระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร เรื่อง หลักเกณฑ์การเก็บรักษาข้อมูลจราจรทางคอมพิวเตอร์ของผู้ให้บริการ พ.ศ. ๒๕๕๐'
    expect(summary([mict]).map((r) => r[0])).toEqual(['law-repealed'])
    expect(summary([mict], withDocument({ date: '2021-08-13' }))).toEqual([])
  })

  it('reads a citation split over two paragraphs, and does not take the office’s own announcement for the ministry’s', () => {
    expect(summary(['ตามประกาศสำนักงานปลัดกระทรวงสาธารณสุข', '', 'เรื่อง แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน พ.ศ. ๒๕๖๑'])).toEqual([])
    expect(summary(['ตามประกาศสำนักงานปลัดกระทรวงสาธารณสุข', 'เรื่อง แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน พ.ศ. ๒๕๕๑'])).toEqual([
      ['law-year', 'error', 'เรื่อง แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน พ.ศ. ๒๕๕๑', 'เรื่อง แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน พ.ศ. ๒๕๖๑']
    ])
    expect(summary(['ประกาศสำนักงานสาธารณสุขอำเภอศรีบุญเรือง', 'เรื่อง แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน พ.ศ. ๒๕๖๕'])).toEqual([])
  })
})
