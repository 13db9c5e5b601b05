import { describe, expect, it } from 'vitest'
import { checkOffice, emptyOfficeForm, unitLineFrom, type OfficeForm } from './office-form'

const filled = (): OfficeForm => ({
  ...emptyOfficeForm(),
  name: 'สำนักงานสาธารณสุขอำเภอศรีบุญเรือง',
  shortName: 'สสอ.ศรีบุญเรือง',
  district: 'ศรีบุญเรือง',
  province: 'หนองบัวลำภู',
  bookPrefix: 'นภ ๐๓๓๒',
  unitLine: 'สำนักงานสาธารณสุขอำเภอศรีบุญเรือง อ. ศรีบุญเรือง จ. หนองบัวลำภู'
})

describe('unitLineFrom', () => {
  it('builds the ส่วนราชการ line the way the seed memos print it', () => {
    expect(unitLineFrom(filled())).toBe('สำนักงานสาธารณสุขอำเภอศรีบุญเรือง อ. ศรีบุญเรือง จ. หนองบัวลำภู')
  })
  it('leaves out what is not typed yet', () => {
    expect(unitLineFrom({ name: ' สสอ.X ', district: '', province: 'Y' })).toBe('สสอ.X จ. Y')
    expect(unitLineFrom({ name: '', district: '', province: '' })).toBe('')
  })
})

describe('checkOffice', () => {
  it('accepts a filled form and converts the numbers', () => {
    const r = checkOffice({ ...filled(), maxAttachmentMb: '4.5', backupKeep: '7' })
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.value).toMatchObject({ maxAttachmentMb: 4.5, backupKeep: 7 })
  })
  it('names every missing field in Thai, keyed as the form is', () => {
    const r = checkOffice(emptyOfficeForm())
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.fields).toMatchObject({ name: 'กรุณากรอกชื่อหน่วยงาน', district: 'กรุณากรอกอำเภอ', province: 'กรุณากรอกจังหวัด' })
    expect(r.error.message).toMatch(/^ข้อมูลไม่ถูกต้อง: กรุณากรอกชื่อหน่วยงาน \(และอีก \d+ รายการ\)$/)
  })
  it('gives a Thai message for an empty or out-of-range size limit, not zod’s English', () => {
    for (const bad of ['', '0', '101', 'abc']) {
      const r = checkOffice({ ...filled(), maxAttachmentMb: bad })
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error.fields?.maxAttachmentMb).toContain('ขนาดไฟล์แนบสูงสุด')
    }
  })
})
