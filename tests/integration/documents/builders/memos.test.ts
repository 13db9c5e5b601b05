/** The three memos, built from a register set up like the seed's office on the seed's day. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Block, DocModel, MemoHeadBlock } from '@shared/documents/model'
import { MEMO_PAGE, MEMO_SIZES } from '@shared/documents/model'
import { AppError } from '@shared/result'
import {
  buildAnnouncementApprovalMemo,
  buildApprovalMemo,
  buildWebsiteReportMemo,
  defaultSections
} from '../../../../src-main/documents/builders'
import { requestIn } from '../../../helpers/register-fixtures'
import { expectDigits, expectProofClean, openBuilderFixture, paragraphTexts, type BuilderFixture } from './builder-fixture'

let f: BuilderFixture
beforeEach(() => {
  f = openBuilderFixture()
})
afterEach(() => f.cleanup())

function head(model: DocModel): MemoHeadBlock {
  const b = model.blocks[0]
  if (b?.type !== 'memo-head') throw new Error('the memo does not start with its head')
  return b
}

function blockOf<T extends Block['type']>(model: DocModel, type: T): Extract<Block, { type: T }> {
  const b = model.blocks.find((x) => x.type === type)
  if (!b) throw new Error(`no ${type} block`)
  return b as Extract<Block, { type: T }>
}

const rows = (model: DocModel) => head(model).rows.map((row) => row.map((x) => [x.label, x.text]))
const bookNo = (f: BuilderFixture, n: string) =>
  f.services.bookNumbers.record({ documentKind: 'memo-approval', subject: 'ทดสอบ', bookNo: n, documentDate: '2021-12-24', byId: f.ids.webmaster }).bookNo

function approvalMemo(thaiDigits = true, sections?: Record<string, string>) {
  const first = requestIn(f, 'submitted', { title: 'ประกาศกรอบแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ ปีงบประมาณ 2565' })
  const second = requestIn(f, 'submitted', { title: 'ผลการจัดซื้อจัดจ้างประจำเดือนพฤศจิกายน 2564', ownerUnit: 'งานบริหารทั่วไป', categoryCode: '1.8' })
  return buildApprovalMemo(
    // The number as the register gives it back (Arabic digits): the memo prints it per its choice.
    { requests: [first, second], bookNo: sections ? 'นภ 0332/878' : bookNo(f, 'นภ ๐๓๓๒/๘๗๘'), date: '2021-12-24', from: f.person('assistant'), head: f.person('head'), ...(sections ? { sections } : {}) },
    f.ctx('memo-approval', { thaiDigits })
  )
}

describe('the memo asking approval to publish', () => {
  it('fills the head, the salutation, the list of titles, the signer and the decision from the register', () => {
    const memo = approvalMemo()
    expect(memo.kind).toBe('memo-approval')
    expect(memo.page).toEqual({ ...MEMO_PAGE, thaiDigits: true })
    expect(head(memo)).toMatchObject({ title: 'บันทึกข้อความ', titleSizePt: MEMO_SIZES.title, labelSizePt: MEMO_SIZES.label, emblem: null, preprinted: false, urgency: null })
    expect(rows(memo)).toEqual([
      [['ส่วนราชการ', 'สำนักงานสาธารณสุขอำเภอศรีบุญเรือง อ. ศรีบุญเรือง จ. หนองบัวลำภู']],
      [['ที่', 'นภ ๐๓๓๒/๘๗๘'], ['วันที่', '๒๔ ธันวาคม ๒๕๖๔']],
      [['เรื่อง', 'ขออนุมัติเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน']]
    ])
    const text = paragraphTexts(memo)
    expect(text[0]).toBe('เรียน สาธารณสุขอำเภอศรีบุญเรือง')
    expect(text[1]).toBe(
      'ด้วยงานข้อมูลและสารสนเทศ และงานบริหารทั่วไป ได้นำส่งข้อมูลข่าวสารพร้อมแบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน ' +
        'เพื่อขอเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของสำนักงานสาธารณสุขอำเภอศรีบุญเรือง จำนวน ๒ รายการ ดังนี้'
    )
    expect(text.slice(2, 4)).toEqual([
      '๑. ประกาศกรอบแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ ปีงบประมาณ ๒๕๖๕',
      '๒. ผลการจัดซื้อจัดจ้างประจำเดือนพฤศจิกายน ๒๕๖๔'
    ])
    expect(text[4]).toContain('งานข้อมูลและสารสนเทศ ได้ตรวจสอบรายละเอียดข้อมูลแล้ว')
    expect(text[4]).toContain('ประจำปีงบประมาณ ๒๕๖๕')
    expect(text[text.length - 1]).toBe('จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ')
    expect(blockOf(memo, 'signature')).toMatchObject({
      name: 'นายจิรายุ ทินจง',
      positionLines: ['นักวิชาการสาธารณสุขชำนาญการ', 'ผู้ช่วยสาธารณสุขอำเภอศรีบุญเรือง (ด้านบริหาร)'],
      position: 'right-half'
    })
    expect(blockOf(memo, 'decision')).toMatchObject({
      options: ['อนุมัติ', 'ไม่อนุมัติ'],
      signer: { name: 'นายสะไกร แก้วโสม', positionLines: ['สาธารณสุขอำเภอศรีบุญเรือง'] },
      dateLine: 'วันที่ ........ เดือน .................... พ.ศ. ........'
    })
    expect(memo.title).toBe('ขออนุมัติเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน')
    expectProofClean(memo, f, { date: '2021-12-24', fiscalYear: 2565 })
    expectDigits(memo, true)
  })

  it('prints every digit in Arabic when the document says so', () => {
    const memo = approvalMemo(false)
    expect(rows(memo)[1]).toEqual([['ที่', 'นภ 0332/878'], ['วันที่', '24 ธันวาคม 2564']])
    expect(paragraphTexts(memo)[2]).toBe('1. ประกาศกรอบแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ ปีงบประมาณ 2565')
    expect(memo.page.thaiDigits).toBe(false)
    expectDigits(memo, false)
    expectProofClean(memo, f, { date: '2021-12-24', fiscalYear: 2565 })
  })

  it("uses the user's section text, fills its placeholders, and refuses a section the memo does not have", () => {
    const memo = approvalMemo(true, { proposal: '{from.unit} เห็นควรเผยแพร่ตามที่เสนอ\n\nภายในวันที่ 31 ธันวาคม 2564' })
    const text = paragraphTexts(memo)
    expect(text.slice(4, 6)).toEqual(['งานข้อมูลและสารสนเทศ เห็นควรเผยแพร่ตามที่เสนอ', 'ภายในวันที่ ๓๑ ธันวาคม ๒๕๖๔'])
    expect(() => approvalMemo(true, { conclusion: 'x' })).toThrow(/ไม่มีส่วนชื่อ “conclusion” — ส่วนที่แก้ไขได้คือ background, proposal/)
    expect(() => approvalMemo(true, { proposal: 'ตามที่ {office.nmae} เสนอ' })).toThrow(/ไม่รู้จักช่องข้อมูล \{office\.nmae\}/)
    expect(() => approvalMemo(true, { background: '', proposal: ' ' })).toThrow(AppError)
  })

  it('refuses to print without requests, and with a placeholder whose data is missing', () => {
    const ctx = f.ctx('memo-approval')
    const base = { bookNo: '', date: '2021-12-24', from: f.person('assistant'), head: f.person('head') }
    expect(() => buildApprovalMemo({ ...base, requests: [] }, ctx)).toThrow(/ยังไม่ได้เลือกคำขอเผยแพร่/)
    const r = requestIn(f, 'submitted')
    const noUnit = { ...f.person('assistant'), unit: '' }
    expect(() => buildApprovalMemo({ ...base, from: noUnit, requests: [r] }, ctx)).toThrow(/ยังไม่มีข้อมูลงาน\/หน่วยงานของผู้เสนอบันทึก \(\{from\.unit\}\)/)
    // No number yet: the field stays empty for the dotted leader, written by hand.
    expect(rows(buildApprovalMemo({ ...base, requests: [r] }, ctx))[1]?.[0]).toEqual(['ที่', ''])
  })

  it('stamps the urgency, leaves the emblem out on pre-printed paper, and refuses an unknown urgency', () => {
    const r = requestIn(f, 'submitted')
    const input = { requests: [r], bookNo: '', date: '2021-12-24', from: f.person('assistant'), head: f.person('head') }
    const emblem = new Uint8Array([0x89, 0x50, 0x4e, 0x47])
    expect(head(buildApprovalMemo(input, f.ctx('memo-approval', { emblem, urgency: 'ด่วนที่สุด' })))).toMatchObject({ emblem, urgency: 'ด่วนที่สุด' })
    expect(head(buildApprovalMemo(input, f.ctx('memo-approval', { emblem, preprinted: true })))).toMatchObject({ emblem: null, preprinted: true })
    const bad = { ...f.ctx('memo-approval'), urgency: 'ด่วนพิเศษ' } as unknown as ReturnType<typeof f.ctx<'memo-approval'>>
    expect(() => buildApprovalMemo(input, bad)).toThrow(/ชั้นความเร็ว “ด่วนพิเศษ” ไม่ถูกต้อง/)
  })
})

describe('the memo reporting the website', () => {
  it('prints the three headed sections of the seed, corrected, with the fiscal year of its date', () => {
    const memo = buildWebsiteReportMemo(
      { bookNo: bookNo(f, 'นภ ๐๓๓๒/๘๗๗'), date: '2021-12-24', from: f.person('assistant'), head: f.person('head') },
      f.ctx('memo-website-report')
    )
    expect(rows(memo)[1]).toEqual([['ที่', 'นภ ๐๓๓๒/๘๗๗'], ['วันที่', '๒๔ ธันวาคม ๒๕๖๔']])
    expect(rows(memo)[2]).toEqual([['เรื่อง', 'รายงานผลการดำเนินงานเว็บไซต์ของสำนักงานสาธารณสุขอำเภอศรีบุญเรือง']])
    const text = paragraphTexts(memo)
    expect(text.filter((p) => ['ความเป็นมา', 'ข้อพิจารณา', 'ข้อเสนอ'].includes(p))).toEqual(['ความเป็นมา', 'ข้อพิจารณา', 'ข้อเสนอ'])
    expect(text.join('\n')).toContain('พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐ มาตรา ๙ (๘)')
    expect(text.join('\n')).toContain('ประจำปีงบประมาณ ๒๕๖๕ โดยเคร่งครัด')
    expect(text[text.length - 1]).toBe('จึงเรียนมาเพื่อโปรดทราบ')
    expect(blockOf(memo, 'decision').options).toEqual(['ทราบ'])
    expect(defaultSections(f.store.load('memo-website-report')).map((s) => s.heading)).toEqual(['ความเป็นมา', 'ข้อพิจารณา', 'ข้อเสนอ'])
    expectProofClean(memo, f, { date: '2021-12-24', fiscalYear: 2565 })
    expectDigits(memo, true)
  })

  it('may look back on the year just ended, not forward beyond the next', () => {
    const input = (fy: number, date: string) => ({ fy, date, bookNo: '', from: f.person('assistant'), head: f.person('head') })
    const memo = buildWebsiteReportMemo(input(2564, '2021-10-05'), f.ctx('memo-website-report'))
    expect(paragraphTexts(memo).join('\n')).toContain('ประจำปีงบประมาณ ๒๕๖๔ โดยเคร่งครัด')
    expectProofClean(memo, f)
    expect(() => buildWebsiteReportMemo(input(2566, '2021-12-24'), f.ctx('memo-website-report'))).toThrow(/ปีงบประมาณ ๒๕๖๖ ลงวันที่ ๒๔ ธันวาคม ๒๕๖๔ ไม่ได้/)
  })
})

describe('the memo asking approval of the yearly announcement', () => {
  const input = (fy: number, date: string) => ({ fy, date, bookNo: 'นภ 0332/878', from: f.person('assistant'), head: f.person('head') })

  it("names the announcement's fiscal year, in its subject and body", () => {
    const memo = buildAnnouncementApprovalMemo(input(2565, '2021-09-20'), f.ctx('memo-announcement-approval'))
    expect(rows(memo)[1]).toEqual([['ที่', 'นภ ๐๓๓๒/๘๗๘'], ['วันที่', '๒๐ กันยายน ๒๕๖๔']])
    expect(rows(memo)[2]).toEqual([['เรื่อง', 'ขออนุมัติประกาศแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน ประจำปีงบประมาณ ๒๕๖๕']])
    expect(paragraphTexts(memo)).toContain(
      'ดังนั้น งานข้อมูลและสารสนเทศ จึงขออนุมัติประกาศแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของสำนักงานสาธารณสุขอำเภอศรีบุญเรือง ประจำปีงบประมาณ ๒๕๖๕ รายละเอียดตามร่างประกาศที่แนบมาพร้อมนี้'
    )
    expectProofClean(memo, f, { date: '2021-09-20', fiscalYear: 2565 })
    expectProofClean(buildAnnouncementApprovalMemo(input(2565, '2021-12-24'), f.ctx('memo-announcement-approval', { thaiDigits: false })), f)
  })

  it('refuses a fiscal year its date cannot be about', () => {
    expect(() => buildAnnouncementApprovalMemo(input(2566, '2021-12-24'), f.ctx('memo-announcement-approval'))).toThrow(
      /ปีงบประมาณ ๒๕๖๖ ลงวันที่ ๒๔ ธันวาคม ๒๕๖๔ ไม่ได้/
    )
    expect(() => buildAnnouncementApprovalMemo(input(2565, '2021-02-30'), f.ctx('memo-announcement-approval'))).toThrow(/ไม่ใช่วันที่ที่ถูกต้อง/)
  })
})
