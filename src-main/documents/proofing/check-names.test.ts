import { describe, expect, it } from 'vitest'
import { checkNames } from './check-names'
import { normalizedDistance } from './levenshtein'
import { FACTS } from './test-facts'

describe('checkNames', () => {
  it('says which register name a near miss probably means, in the words of the brief', () => {
    const [f, ...rest] = checkNames(['นายจรรยา ทินจง'], FACTS)
    expect(rest).toEqual([])
    expect(f).toMatchObject({ code: 'name-near-miss', severity: 'warning', excerpt: 'นายจรรยา ทินจง', start: 0, end: 14, suggestion: 'นายจิรายุ ทินจง' })
    expect(f?.messageTh).toBe('ชื่อ “นายจรรยา ทินจง” ใกล้เคียงกับ “นายจิรายุ ทินจง” ในทะเบียนบุคลากร แต่ไม่ตรงกัน — ตรวจสอบการสะกด')
  })

  it('finds every misspelling of the seed and passes the right spellings', () => {
    const paragraphs = [
      'ผู้รับผิดชอบ นายจรรย์ ทินจง',
      ' นายจิรายุ ทินจง นักวิชาการสาธารณสุขชำนาญการ\t (นายสะไกร แก้วโสม) สาธารณสุขอำเภอศรีบุญเรือง',
      '(นายสะเกร แก้วใส)',
      ' (นายนพกร กุลสา) ตำแหน่ง พนักงานเครื่องคอมพิวเตอร์'
    ]
    expect(checkNames(paragraphs, FACTS).map((f) => [f.paragraphIndex, f.excerpt, f.suggestion])).toEqual([
      [0, 'นายจรรย์ ทินจง', 'นายจิรายุ ทินจง'],
      [2, 'นายสะเกร แก้วใส', 'นายสะไกร แก้วโสม']
    ])
  })

  it('reads a signature line without a title', () => {
    expect(checkNames(['(สะเกร แก้วใส)'], FACTS).map((f) => [f.excerpt, f.suggestion])).toEqual([['สะเกร แก้วใส', 'สะไกร แก้วโสม']])
    expect(checkNames(['(ด้านบริหาร) (องค์การมหาชน) (Web master)'], FACTS)).toEqual([])
  })

  it('leaves other people and words that only look like titles alone', () => {
    expect(checkNames(['นายสมชาย ใจดี มาร่วมประชุม', 'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ พ.ศ. ๒๕๒๖', 'นางสาววรรณา ศรีสุข'], FACTS)).toEqual([])
  })

  it('flags the right name under another title', () => {
    const [f] = checkNames(['นางวรรณา ศรีสุข'], FACTS)
    expect(f).toMatchObject({ code: 'name-title-mismatch', excerpt: 'นางวรรณา ศรีสุข', suggestion: 'นางสาววรรณา ศรีสุข' })
    expect(checkNames(['น.ส.วรรณา ศรีสุข'], FACTS)).toEqual([])
  })
})

describe('normalizedDistance', () => {
  it('puts the seed misspellings under the threshold and other names above it', () => {
    expect(normalizedDistance('จรรย์ ทินจง', 'จิรายุ ทินจง')).toBeLessThanOrEqual(0.35)
    expect(normalizedDistance('สะเกร แก้วใส', 'สะไกร แก้วโสม')).toBeLessThanOrEqual(0.35)
    expect(normalizedDistance('สมชาย ใจดี', 'จิรายุ ทินจง')).toBeGreaterThan(0.35)
    expect(normalizedDistance('', '')).toBe(0)
  })
})
