import { describe, expect, it } from 'vitest'
import { checkDigits, maskLatin } from './check-digits'

describe('checkDigits', () => {
  it('flags a paragraph with both kinds, at the kind there is less of', () => {
    const [f, ...rest] = checkDigits(['ที่ นภ ๐๓๓๒/๘๗๗ วันที่ 24 ธันวาคม ๒๕๖๔'])
    expect(rest).toEqual([])
    expect(f).toMatchObject({ code: 'mixed-digits', severity: 'warning', excerpt: '24', suggestion: '๒๔' })
    expect(f?.messageTh).toContain('เลขไทย (๑๑ ตัว) และเลขอารบิก (๒ ตัว) เช่น “24”')
  })

  it('ignores the digits of web addresses, e-mail addresses, file names and Latin text', () => {
    expect(
      checkDigits([
        'ไปรษณีย์อิเล็กทรอนิกส์ sso00370@gmail.com ขนาดไม่เกิน ๔ MB',
        'ดูที่ https://www.example.go.th/news/2564/01 หรือไฟล์ รายงาน2564.pdf ภายใน ๗ วัน',
        'มาตรฐาน ISO 9001 และ TLS 1.3 ตามข้อ ๒.๔ ขนาด A4'
      ])
    ).toEqual([])
  })

  it('flags a document whose paragraphs use different kinds, once, where the fewer start', () => {
    const found = checkDigits(['วันที่ ๒๔ ธันวาคม ๒๕๖๔', 'ข้อ ๑ ให้ดำเนินการ', 'ข้อ 2 ให้รายงาน', 'English only 3'])
    expect(found.map((f) => [f.paragraphIndex, f.excerpt])).toEqual([[2, '2']])
    expect(found[0]?.messageTh).toBe('เอกสารนี้ใช้เลขไทยใน ๒ ย่อหน้า แต่ใช้เลขอารบิกใน ๑ ย่อหน้า (เริ่มที่ “2”) — ควรใช้ตัวเลขแบบเดียวกันทั้งเอกสาร')
  })

  it('says nothing about a document in one kind of digits', () => {
    expect(checkDigits(['วันที่ 24 ธันวาคม 2564', 'ข้อ 1 ให้ดำเนินการ'])).toEqual([])
  })
})

describe('maskLatin', () => {
  it('keeps offsets while blanking Latin runs', () => {
    const p = 'ขนาด A4 ๒ แผ่น'
    expect(maskLatin(p)).toHaveLength(p.length)
    expect(maskLatin(p)).toBe('ขนาด    ๒ แผ่น')
  })
})
