/** The yearly announcement: the seed's framework, corrected, filled with the office and the year. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DocModel } from '@shared/documents/model'
import { buildAnnouncement, modelParagraphs, proofFactsOf } from '../../../../src-main/documents/builders'
import { proofDocument } from '../../../../src-main/documents/proofing'
import { expectDigits, expectProofClean, openBuilderFixture, paragraphTexts, type BuilderFixture } from './builder-fixture'

let f: BuilderFixture
beforeEach(() => {
  f = openBuilderFixture()
})
afterEach(() => f.cleanup())

const build = (fy: number, date: string, thaiDigits = true): DocModel =>
  buildAnnouncement({ fy, date, head: f.person('head') }, f.ctx('announcement', { thaiDigits }))

describe('the yearly announcement', () => {
  it('is titled with its fiscal year, signed by the head on its date, and holds sections 1–4', () => {
    const doc = build(2565, '2021-10-01')
    const text = paragraphTexts(doc)
    expect(text.slice(0, 3)).toEqual([
      'ประกาศสำนักงานสาธารณสุขอำเภอศรีบุญเรือง',
      'เรื่อง แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน ประจำปีงบประมาณ ๒๕๖๕',
      'สำหรับหน่วยงานภายในและหน่วยงานในสังกัดสำนักงานสาธารณสุขอำเภอศรีบุญเรือง'
    ])
    for (const item of ['๑. ', '๑.๑๐ ', '๒.๑.๑ ', '๒.๗ ', '๓.๒.๓ ', '๔.๕ ']) expect(text.some((p) => p.startsWith(item))).toBe(true)
    expect(text).toContain(
      'สำนักงานสาธารณสุขอำเภอศรีบุญเรือง จึงกำหนดแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน สำหรับหน่วยงานภายในและหน่วยงานในสังกัดสำนักงานสาธารณสุขอำเภอศรีบุญเรือง ดังต่อไปนี้'
    )
    expect(text).toContain('๒.๑ งานข้อมูลและสารสนเทศ มีหน้าที่บริหารจัดการเว็บไซต์ของสำนักงานสาธารณสุขอำเภอศรีบุญเรือง')
    expect(text).toContain('๒.๑.๒ ผู้ช่วยสาธารณสุขอำเภอศรีบุญเรือง พิจารณารายละเอียดข้อมูล และเสนอสาธารณสุขอำเภอศรีบุญเรือง เพื่อพิจารณาอนุมัติต่อไป')
    expect(text.find((p) => p.startsWith('๒.๑.๑ '))).toContain('ไปรษณีย์อิเล็กทรอนิกส์ sso00370@gmail.com และช่องทางสื่อสารอื่น')
    expect(text.find((p) => p.startsWith('๒.๗ '))).toContain('ไม่ควรเกิน ๔ MB')
    expect(text[text.length - 1]).toBe('ประกาศ ณ วันที่ ๑ เดือน ตุลาคม พ.ศ. ๒๕๖๔')
    expect(doc.blocks[doc.blocks.length - 1]).toMatchObject({ type: 'signature', name: 'นายสะไกร แก้วโสม', positionLines: ['สาธารณสุขอำเภอศรีบุญเรือง'] })
    expect(doc.title).toBe(`${text[0]} ${text[1]}`)
    expectProofClean(doc, f, { date: '2021-10-01', fiscalYear: 2565 })
    expectDigits(doc, true)
  })

  it("opens with the office's Garuda, 3 cm high and centred at the 1.5 cm top margin; pre-printed paper keeps its space", () => {
    const emblem = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])
    const make = (options: { emblem?: Uint8Array | null; preprinted?: boolean }) =>
      buildAnnouncement({ fy: 2565, date: '2021-10-01', head: f.person('head') }, f.ctx('announcement', options))
    const doc = make({ emblem })
    const garuda = { type: 'image', bytes: emblem, heightCm: 3, align: 'center', spaceAfterPt: 6, altText: 'ตราครุฑ' }
    expect(doc.blocks[0]).toEqual(garuda)
    expect(doc.blocks.filter((b) => b.type === 'image')).toHaveLength(1)
    expect(doc.blocks[1]).toMatchObject({ type: 'paragraph', runs: [{ text: 'ประกาศสำนักงานสาธารณสุขอำเภอศรีบุญเรือง', bold: true }], align: 'center' })
    expect(doc.page).toEqual({ size: 'A4', marginsCm: { top: 1.5, right: 2, bottom: 2, left: 3 }, pageNumbers: 'continuation', thaiDigits: true })
    // Pre-printed paper, or no emblem set: the same space, nothing drawn in it.
    expect(make({ emblem, preprinted: true }).blocks[0]).toEqual({ ...garuda, bytes: null })
    expect(make({ emblem: null }).blocks[0]).toEqual({ ...garuda, bytes: null })
    expect(paragraphTexts(make({ emblem, preprinted: true }))).toEqual(paragraphTexts(doc))
  })

  it("carries none of the seed's errors: no other district, no Devanagari, the laws' right years", () => {
    const all = modelParagraphs(build(2565, '2021-10-01')).join('\n')
    expect(all).not.toMatch(/นาวัง|\p{Script=Devanagari}/u)
    expect(all).not.toMatch(/๒๕๕๐ มาตรา|ธุรกรรมทางอิเล็กทรอนิกส์ พ\.ศ\. ๒๕๕๔|ของทางราชการ|ผู้ให้บริการ พ\.ศ\. ๒๕๕๐|สารธารณสุข|ท่ายประกาศ/)
    expect(all).toContain('พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐')
    expect(all).toContain('พระราชบัญญัติว่าด้วยธุรกรรมทางอิเล็กทรอนิกส์ พ.ศ. ๒๕๔๔ และที่แก้ไขเพิ่มเติม')
    expect(all).toContain('หลักเกณฑ์การเก็บรักษาข้อมูลจราจรทางคอมพิวเตอร์ของผู้ให้บริการ พ.ศ. ๒๕๖๔')
  })

  it('is proofed clean however it is dated within its year, and the proofing would see a slip', () => {
    for (const date of ['2021-07-01', '2021-09-30', '2022-03-15', '2022-09-30']) expectProofClean(build(2565, date), f)
    // The same text with the seed's slips put back: proofing flags them, so "clean" above means something.
    const office = f.services.office.get()
    if (!office) throw new Error('no office')
    const slipped = modelParagraphs(build(2565, '2021-10-01')).map((p) =>
      p.replace('ในสังกัดสำนักงานสาธารณสุขอำเภอศรีบุญเรือง ดังต่อไปนี้', 'ในสังกัดสำนักงานสาธารณสุขอำเภอนาวัง ดังต่อไปนี้').replace('ผู้ให้บริการ พ.ศ. ๒๕๖๔', 'ผู้ให้บริการ พ.ศ. ๒๕๕๐')
    )
    const codes = proofDocument(slipped, proofFactsOf(office, f.people)).map((x) => x.code)
    expect(codes).toContain('foreign-place')
    expect(codes).toContain('law-year')
  })

  it('prints Arabic digits everywhere when asked, the e-mail address untouched', () => {
    const doc = build(2565, '2021-10-01', false)
    const text = paragraphTexts(doc)
    expect(text[1]).toBe('เรื่อง แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน ประจำปีงบประมาณ 2565')
    expect(text).toContain('2.1 งานข้อมูลและสารสนเทศ มีหน้าที่บริหารจัดการเว็บไซต์ของสำนักงานสาธารณสุขอำเภอศรีบุญเรือง')
    expect(text[text.length - 1]).toBe('ประกาศ ณ วันที่ 1 เดือน ตุลาคม พ.ศ. 2564')
    expect(text.find((p) => p.startsWith('2.1.1 '))).toContain('sso00370@gmail.com')
    expectDigits(doc, false)
    expectProofClean(doc, f)
  })

  it('refuses a date outside its fiscal year, and data the text needs but the register lacks', () => {
    expect(() => build(2565, '2021-06-30')).toThrow(/ปีงบประมาณ ๒๕๖๕ ลงวันที่ ๓๐ มิถุนายน ๒๕๖๔ ไม่ได้/)
    // After its year has ended an announcement of that year cannot be signed.
    expect(() => build(2565, '2022-10-01')).toThrow(/ปีงบประมาณ ๒๕๖๕ ลงวันที่ ๑ ตุลาคม ๒๕๖๕ ไม่ได้ — วันที่ต้องอยู่ในปีงบประมาณนั้น/)
    const ctx = f.ctx('announcement')
    const head = f.person('head')
    expect(() => buildAnnouncement({ fy: 2565, date: '2021-10-01', head }, { ...ctx, office: { ...ctx.office, email: '' } })).toThrow(
      /ยังไม่มีข้อมูลอีเมลของหน่วยงาน \(\{office\.email\}\) ที่แม่แบบประกาศแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ \(announcement\.json\)ต้องใช้ — กรอกที่หน้าตั้งค่า › ข้อมูลหน่วยงาน/
    )
    const noUnits = ctx.people.map((p) => ({ ...p, unit: '' }))
    expect(() => buildAnnouncement({ fy: 2565, date: '2021-10-01', head }, { ...ctx, people: noUnits })).toThrow(/\{webmaster\.unit\}/)
  })
})
