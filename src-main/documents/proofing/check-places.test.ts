import { describe, expect, it } from 'vitest'
import { checkPlaces, cutPlaceName } from './check-places'
import { FACTS } from './test-facts'

const found = (paragraphs: string[], facts = FACTS) => checkPlaces(paragraphs, facts).map((f) => [f.excerpt, f.suggestion])

describe('checkPlaces', () => {
  it("accepts the office's own district, province and names in every spelling the seed uses", () => {
    expect(
      found([
        'ส่วนราชการ สำนักงานสาธารณสุขอำเภอศรีบุญเรือง อ. ศรีบุญเรือง จ. หนองบัวลำภู',
        'รายละเอียดข้อมูล : ตามเอกสารแนบ (กรอบแนวทางการเผยแพร่ข้อมูลฯ สสอ.ศรีบุญเรือง ปี ๒๕๖๕)',
        'ชื่อหน่วยงาน : สำนักงานสาธารณสุขอำเภอศรีบุญเรือง จังหวัดหนองบัวลำภู',
        'ส่งสำนักงานสาธารณสุขจังหวัดหนองบัวลำภู และ สสจ.หนองบัวลำภู',
        'อำเภอศรีบุญเรืองจังหวัดหนองบัวลำภู'
      ])
    ).toEqual([])
  })

  it('does not take อำเภอ/จังหวัด used as a common noun, or longer abbreviations, for a place', () => {
    expect(
      found([
        'ผู้ช่วยสาธารณสุขอำเภอหรือหัวหน้ากลุ่มงานที่รับผิดชอบ',
        'ผู้ช่วย สารธารณสุขอำเภอหรือหัวหน้ากลุ่มงาน',
        'เสนอสาธารณสุขอำเภอ เพื่อพิจารณา',
        'การประชุมระดับจังหวัดทุกแห่ง',
        'อ.ส.ม. ในพื้นที่ และ อ.บ.ต. ทุกแห่ง',
        'ตามประกาศสำนักงานปลัดกระทรวงสาธารณสุข'
      ])
    ).toEqual([])
  })

  it("flags another office's district with the office's own as the suggestion", () => {
    expect(found(['สำหรับหน่วยงานในสังกัดสำนักงานสาธารณสุขอำเภอนาวังดังต่อไปนี้'])).toEqual([['สาธารณสุขอำเภอนาวัง', 'สาธารณสุขอำเภอศรีบุญเรือง']])
    expect(found(['สำหรับหน่วยงานในสังกัดสำนักงานสาธารณสุขอำเภอนาวัง ดังต่อไปนี้'])).toEqual([['สาธารณสุขอำเภอนาวัง', 'สาธารณสุขอำเภอศรีบุญเรือง']])
    expect(found(['สสอ.โนนสัง และ อ. นากลาง'])).toEqual([
      ['สสอ.โนนสัง', 'สสอ.ศรีบุญเรือง'],
      ['อ. นากลาง', 'อ. ศรีบุญเรือง']
    ])
  })

  it('flags another province', () => {
    const [f] = checkPlaces(['สำนักงานสาธารณสุขอำเภอศรีบุญเรือง จังหวัดอุดรธานี'], FACTS)
    expect(f).toMatchObject({ code: 'foreign-place', severity: 'error', excerpt: 'จังหวัดอุดรธานี', suggestion: 'จังหวัดหนองบัวลำภู' })
    expect(f?.messageTh).toBe(
      'พบ “จังหวัดอุดรธานี” ซึ่งไม่ใช่จังหวัดของหน่วยงาน (จังหวัดหนองบัวลำภู) — อาจติดมาจากเอกสารของหน่วยงานอื่น ตรวจสอบแล้วแก้เป็น “จังหวัดหนองบัวลำภู”'
    )
  })

  it("says a near spelling of the office's district is probably a typo", () => {
    const [f] = checkPlaces(['สำนักงานสาธารณสุขอำเภอศรีบุญเรีอง'], FACTS)
    expect(f?.excerpt).toBe('สาธารณสุขอำเภอศรีบุญเรีอง')
    expect(f?.messageTh).toContain('ใกล้เคียงกับชื่ออำเภอของหน่วยงาน')
  })

  it('accepts places the document may rightly name', () => {
    expect(found(['โครงการร่วมกับอำเภอนากลาง'], { ...FACTS, allowedPlaces: ['นากลาง'] })).toEqual([])
  })
})

describe('cutPlaceName', () => {
  it('cuts the name at a space, a punctuation mark or a word that cannot be part of it', () => {
    expect(cutPlaceName('นาวังดังต่อไปนี้')).toBe('นาวัง')
    expect(cutPlaceName('เมืองหนองบัวลำภูให้ดำเนินการ')).toBe('เมืองหนองบัวลำภู')
    expect(cutPlaceName('นากลาง)')).toBe('นากลาง')
    expect(cutPlaceName('หรือหัวหน้า')).toBe('')
  })
})
