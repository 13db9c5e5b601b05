/**
 * The quarterly log and the follow-up memo over a real register: which requests a period holds
 * (by the Bangkok day of their publication, at the fiscal year's edge and at 23:30 vs UTC), the
 * notes edited for one printing, proofing that finds nothing on what the app makes (and finds the
 * seed's "quarter 2 of July–September" when a person types it), and the follow-up memo filed as a
 * request in the same transaction as its book number.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ReportPeriod } from '@shared/domain/report-period'
import { extractText } from '../../../src-main/documents/proofing'
import { openFixture, requestIn, requestInput, snapshot, type RegisterFixture } from '../../helpers/register-fixtures'
import { refusal } from '../../helpers/refusals'

const Q4: ReportPeriod = { kind: 'quarter', fiscalYear: 2569, quarter: 4 }
const Q3: ReportPeriod = { kind: 'quarter', fiscalYear: 2569, quarter: 3 }
const NEXT_Q1: ReportPeriod = { kind: 'quarter', fiscalYear: 2570, quarter: 1 }
const YEAR: ReportPeriod = { kind: 'round', fiscalYear: 2569, months: 12 }
const HALF: ReportPeriod = { kind: 'round', fiscalYear: 2569, months: 6 }

let f: RegisterFixture
const ids: Record<string, number> = {}

/** A request published at `at` (a stored UTC time, a time with its offset, or a date) with the clock at `clockAt`. */
function publishedAt(key: string, title: string, clockAt: string, at?: string, extra: { note?: string; withdraw?: boolean } = {}): void {
  f.clock.set(clockAt)
  const r = f.services.requests
  const d = r.create(requestInput(f, { title, note: extra.note ?? '' }))
  r.transition({ id: d.id, action: 'submit', byId: f.ids.assistant })
  r.transition({ id: d.id, action: 'approve', byId: f.ids.head })
  r.transition({ id: d.id, action: 'publish', byId: f.ids.webmaster, publicUrl: `https://sso.example/${key}`, ...(at ? { at } : {}) })
  if (extra.withdraw) r.transition({ id: d.id, action: 'withdraw', byId: f.ids.webmaster, reason: 'ครบกำหนดเวลาเผยแพร่' })
  ids[key] = d.id
}

beforeEach(() => {
  f = openFixture({ start: '2026-04-01T03:00:00.000Z' })
  // Q3 ends 30 Jun: 23:59 in Bangkok is 16:59 UTC.
  publishedAt('q3Last', 'ประกาศรายชื่อผู้มีสิทธิ์รับการคัดเลือก', '2026-06-30T16:59:00.000Z')
  // Q4 starts 1 Jul: 00:10 in Bangkok is still 30 Jun in UTC.
  publishedAt('q4First', 'แผนปฏิบัติการจัดซื้อจัดจ้าง', '2026-06-30T17:10:00.000Z', undefined, { note: 'ฉบับปรับปรุง' })
  publishedAt('q4Date', 'ผลการจัดซื้อจัดจ้างในรอบเดือน', '2026-08-15T03:00:00.000Z', '2026-08-15')
  publishedAt('q4Withdrawn', 'ภาพข่าวกิจกรรมรณรงค์ป้องกันโรคไข้เลือดออก', '2026-08-20T03:00:00.000Z', undefined, { withdraw: true })
  // The last evening of the fiscal year: 23:30 in Bangkok, stored in UTC and as typed with its offset.
  publishedAt('q4LastUtc', 'การวางระบบในการจัดการเรื่องร้องเรียนของหน่วยงาน', '2026-09-30T16:30:00.000Z')
  publishedAt('q4LastOffset', 'การวิเคราะห์ความเสี่ยงเกี่ยวกับผลประโยชน์ทับซ้อนในหน่วยงาน', '2026-10-02T03:00:00.000Z', '2026-09-30T23:30:00+07:00')
  // Half an hour later in Bangkok it is 1 October: the next fiscal year.
  publishedAt('nextFirst', 'ประกาศเจตนารมณ์การป้องกันการรับสินบน', '2026-09-30T17:30:00.000Z')
  f.clock.set('2026-09-10T03:00:00.000Z')
  ids.approvedOnly = requestIn(f, 'approved', { title: 'คู่มือการปฏิบัติงานด้านพัสดุ' }).id
  // The reports are made on 5 October, the fifth day of fiscal year ๒๕๗๐.
  f.clock.set('2026-10-05T03:00:00.000Z')
})
afterEach(() => f.cleanup())

const reports = () => f.services.reports
const rowIds = (period: ReportPeriod) => reports().quarterLogRows({ period }).rows.map((r) => r.requestId)

async function pdfText(base64: string): Promise<string> {
  const text = await extractText({ fileName: 'x.pdf', bytes: Buffer.from(base64, 'base64') })
  return text.paragraphs.join('\n').replace(/\s+/g, '')
}
const squeezed = (s: string) => s.replace(/\s+/g, '')

describe('the requests a period holds', () => {
  it('holds exactly the requests published in the quarter, by their day in Bangkok, in order', () => {
    expect(rowIds(Q4)).toEqual([ids.q4First, ids.q4Date, ids.q4Withdrawn, ids.q4LastUtc, ids.q4LastOffset])
    expect(rowIds(Q3)).toEqual([ids.q3Last])
    expect(rowIds(NEXT_Q1)).toEqual([ids.nextFirst])
    const all = [...rowIds(Q3), ...rowIds(Q4), ...rowIds(NEXT_Q1)]
    expect(all).not.toContain(ids.approvedOnly)
    expect(new Set(all).size).toBe(all.length)
  })

  it('holds Q1–Q4 in the 12-month round and Q1–Q2 in the 6-month one', () => {
    expect(rowIds(YEAR)).toEqual([ids.q3Last, ids.q4First, ids.q4Date, ids.q4Withdrawn, ids.q4LastUtc, ids.q4LastOffset])
    expect(rowIds(HALF)).toEqual([])
  })

  it('lists a running quarter up to the report date and says so', async () => {
    const early = await reports().prepareQuarterLog({ period: Q4, date: '2026-08-16' })
    expect(early.rows.map((r) => r.requestId)).toEqual([ids.q4First, ids.q4Date])
    expect(early.period).toMatchObject({ upTo: '2026-08-16', complete: false, label: 'ไตรมาสที่ ๔ (ก.ค. - ก.ย. ๒๕๖๙)' })
    expect(early.notices.join('\n')).toMatch(/ยังไม่สิ้นสุด/)
    const refused = await refusal(reports().prepareQuarterLog({ period: Q4, date: '2026-06-30' }))
    expect(refused.message).toMatch(/อยู่ก่อนเริ่มไตรมาสที่ ๔/)
  })
})

describe('the quarterly log', () => {
  it('prints the months and year of its period, its rows with their notes, and finds nothing to flag', async () => {
    const preview = await reports().prepareQuarterLog({ period: Q4, notes: { [String(ids.q4Date)]: 'แก้ไขตามที่ขอ' } })
    expect(preview.findings).toEqual([])
    expect(preview.title).toBe('บันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์ของสำนักงานสาธารณสุขอำเภอศรีบุญเรือง เดือน กรกฎาคม - กันยายน ๒๕๖๙')
    expect(preview.suggestedFileName).toBe('บันทึกรายงานผลการเผยแพร่-ปีงบ2569-ไตรมาส4.pdf')
    expect(preview.bookNoPreview).toBe('')
    // The notice about the Garuda is a memo's: the log carries none.
    expect(preview.notices).toEqual([])
    const byId = new Map(preview.rows.map((r) => [r.requestId, r]))
    expect(byId.get(ids.q4First!)).toMatchObject({ dateText: '๑ ก.ค. ๒๕๖๙', attachments: 'เอกสาร', requestNote: 'ฉบับปรับปรุง', note: 'ฉบับปรับปรุง' })
    expect(byId.get(ids.q4Date!)).toMatchObject({ dateText: '๑๕ ส.ค. ๒๕๖๙', requestNote: '', note: 'แก้ไขตามที่ขอ' })
    expect(byId.get(ids.q4LastOffset!)?.dateText).toBe('๓๐ ก.ย. ๒๕๖๙')
    // A wrapped title's second line is read after its row's other cells: its start is enough here
    // (the rendering tests read each cell whole).
    const text = await pdfText(preview.previewPdfBase64 ?? '')
    for (const s of ['เดือน กรกฎาคม - กันยายน ๒๕๖๙', 'วัน เดือน ปี', 'เอกสารแนบ', 'แก้ไขตามที่ขอ', 'ฉบับปรับปรุง', '(นายนพกร กุลสา)', '(นายสะไกร แก้วโสม)', ...preview.rows.map((r) => r.title.slice(0, 20))]) {
      expect(text).toContain(squeezed(s))
    }
    // The register's notes are untouched by the printing.
    expect(f.services.requests.get(ids.q4Date!).note).toBe('')
  })

  it('titles a round across the new year with both years, and a quarter in Arabic digits when asked', async () => {
    const round = await reports().prepareQuarterLog({ period: YEAR })
    expect(round.findings).toEqual([])
    expect(round.title).toMatch(/เดือน ตุลาคม ๒๕๖๘ - กันยายน ๒๕๖๙$/)
    const arabic = await reports().prepareQuarterLog({ period: NEXT_Q1, thaiDigits: false })
    expect(arabic.findings).toEqual([])
    expect(arabic.title).toMatch(/เดือน ตุลาคม - ธันวาคม 2569$/)
    expect(arabic.rows[0]?.dateText).toBe('1 ต.ค. 2569')
  })

  it('refuses a note for a request the period does not hold, and keeps nothing', async () => {
    const before = snapshot(f)
    const e = await refusal(reports().prepareQuarterLog({ period: Q4, notes: { [String(ids.nextFirst)]: 'ผิดไตรมาส' } }))
    expect(e.message).toMatch(/ไม่ได้เผยแพร่ในไตรมาสที่ ๔/)
    expect(snapshot(f)).toEqual(before)
  })

  it('exports as DOCX and PDF without a book number, recorded in the audit log', async () => {
    for (const format of ['pdf', 'docx'] as const) {
      const file = await reports().exportQuarterLog({ period: Q4, format, acknowledged: [] }, f.ids.webmaster)
      expect(file.bookNo).toBeNull()
      expect(file.fileName).toBe(`บันทึกรายงานผลการเผยแพร่-ปีงบ2569-ไตรมาส4.${format}`)
      expect(file.bytes.subarray(0, 2).toString('latin1')).toBe(format === 'pdf' ? '%P' : 'PK')
    }
    expect(f.services.bookNumbers.list()).toEqual([])
    const exports = f.services.audit.list({ limit: 500 }).filter((e) => e.action === 'document.export')
    expect(exports.map((e) => (e.detail as { kind: string }).kind)).toEqual(['quarterly-log', 'quarterly-log'])
  })
})

describe('the follow-up memo', () => {
  it('lists what was published under ข้อพิจารณา with the quarter’s label, finds nothing, and gets a book number at export', async () => {
    const preview = await reports().prepareFollowUp({ period: Q4 })
    expect(preview.findings).toEqual([])
    expect(preview.title).toBe('รายงานผลการติดตามการดำเนินงานและสรุปปัญหาอุปสรรคการดำเนินงานเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ ไตรมาสที่ ๔ ปีงบประมาณ ๒๕๖๙')
    expect(preview.items.map((i) => i.requestId)).toEqual(rowIds(Q4))
    const text = await pdfText(preview.previewPdfBase64 ?? '')
    for (const s of ['เรื่องเดิม', 'ข้อพิจารณา', 'ปัญหา/อุปสรรค', 'ข้อเสนอ', 'ไตรมาสที่ ๔ (ก.ค. - ก.ย. ๒๕๖๙)', 'จำนวน ๕ รายการ', '๑. แผนปฏิบัติการจัดซื้อจัดจ้าง', 'อนุมัติ', 'ไม่อนุมัติ']) {
      expect(text).toContain(squeezed(s))
    }
    const file = await reports().exportFollowUp({ period: Q4, format: 'pdf', acknowledged: [] }, f.ids.webmaster)
    expect(file.bookNo).toBe('นภ ๐๓๓๒/๑')
    expect(f.services.bookNumbers.list().map((b) => b.documentKind)).toEqual(['memo-quarterly-report'])
  })

  it('prints the edited sections, and says so when nothing was published', async () => {
    const preview = await reports().prepareFollowUp({ period: HALF, date: '2026-04-05', sections: { problems: 'เจ้าหน้าที่ผู้ดูแลเว็บไซต์ย้ายไปปฏิบัติงานที่อื่น' } })
    expect(preview.findings).toEqual([])
    const text = await pdfText(preview.previewPdfBase64 ?? '')
    expect(text).toContain(squeezed('เจ้าหน้าที่ผู้ดูแลเว็บไซต์ย้ายไปปฏิบัติงานที่อื่น'))
    expect(text).toContain(squeezed('ในช่วงเวลานี้ยังไม่มีรายการที่นำขึ้นเผยแพร่'))
    expect(text).toContain(squeezed('รอบ ๖ เดือน (ต.ค. ๒๕๖๘ - มี.ค. ๒๕๖๙)'))
    expect(preview.notices.join('\n')).toMatch(/ไม่มีคำขอที่บันทึกว่าเผยแพร่แล้ว/)
  })

  it('flags the seed’s slip when a person types a July–September report as quarter 2', async () => {
    const slip = 'ขอรายงานผลการดำเนินงานไตรมาสที่ ๒ (ก.ค. - ก.ย. ๒๕๖๙) ดังนี้\n{published.titles}'
    const findings = reports().proofFollowUp({ period: Q4, sections: { consideration: slip } })
    expect(findings.map((x) => x.code)).toContain('quarter-months')
    expect(findings.find((x) => x.code === 'quarter-months')?.suggestion).toBe('ไตรมาสที่ ๔')
    const e = await refusal(reports().exportFollowUp({ period: Q4, sections: { consideration: slip }, format: 'pdf', acknowledged: [] }, f.ids.webmaster))
    expect(e.message).toMatch(/ยังไม่ได้ยืนยันว่าอ่านแล้ว/)
    expect(f.services.bookNumbers.list()).toEqual([])
  })

  it('becomes a draft request holding its PDF, filed with its book number in one transaction', async () => {
    const result = await reports().createFollowUpRequest({ period: Q4, acknowledged: [] }, f.ids.webmaster)
    const r = result.request
    expect(r).toMatchObject({ status: 'draft', ownerUnit: 'สำนักงานสาธารณสุขอำเภอศรีบุญเรือง', categoryCode: '1.1', requestDate: '2026-10-05', fiscalYear: 2570, requesterId: f.ids.assistant })
    expect(r.title).toBe('รายงานผลการติดตามการดำเนินงานและสรุปปัญหาอุปสรรคการดำเนินงานเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ ไตรมาสที่ ๔ ปีงบประมาณ ๒๕๖๙')
    expect(r.attachments).toHaveLength(1)
    expect(r.attachments[0]).toMatchObject({ kind: 'pdf', fileName: 'บันทึกรายงานผลการติดตาม-นภ0332-1.pdf', sha256: result.file.sha256 })
    const blob = f.services.attachments.blobs.read(result.file.sha256)
    expect(blob.equals(Buffer.from(result.file.contentBase64, 'base64'))).toBe(true)
    const number = f.services.bookNumbers.list()[0]
    expect(number?.bookNo).toBe('นภ 0332/1')
    // FY ๒๕๗๐ has its MOIT indicators once the app has run in it; until then the request says why it has none.
    expect(r.indicators).toEqual([])
    expect(result.notices.join('\n')).toMatch(/ไม่พบตัวชี้วัด MOIT 1 ของปีงบประมาณ ๒๕๗๐/)
    // It goes through the procedure like any request, and is then in the next quarter's log.
    f.services.requests.transition({ id: r.id, action: 'submit', byId: f.ids.assistant })
    f.services.requests.transition({ id: r.id, action: 'approve', byId: f.ids.head })
    f.services.requests.transition({ id: r.id, action: 'publish', byId: f.ids.webmaster, publicUrl: 'https://sso.example/follow-up' })
    expect(rowIds(NEXT_Q1)).toEqual([ids.nextFirst, r.id])
  })

  it('files the request under MOIT 1 of its year, and a refused request keeps neither request nor number', async () => {
    const inYear = await reports().createFollowUpRequest({ period: Q4, date: '2026-09-30', acknowledged: [] }, f.ids.webmaster)
    expect(inYear.request.fiscalYear).toBe(2569)
    expect(inYear.request.indicators.map((i) => i.code)).toEqual(['MOIT 1'])
    const numbers = f.services.bookNumbers.list().length
    const e = await refusal(reports().createFollowUpRequest({ period: Q3, date: '2026-09-30', categoryCode: '9.9', acknowledged: [] }, f.ids.webmaster))
    expect(e.message).toMatch(/ไม่พบหมวดหมู่ “9.9”/)
    // Refused inside the export's transaction (the PDF is over the office's size limit): the book
    // number, the export's audit entry and the request all roll back, and no file is left behind.
    const office = f.services.office.get()
    if (!office) throw new Error('no office')
    f.services.office.save({ ...office, maxAttachmentMb: 0.005 }, f.ids.webmaster)
    const before = snapshot(f)
    const tooBig = await refusal(reports().createFollowUpRequest({ period: Q3, date: '2026-09-30', acknowledged: [] }, f.ids.webmaster))
    expect(tooBig.code).toBe('file-refused')
    expect(snapshot(f)).toEqual(before)
    expect(f.services.bookNumbers.list()).toHaveLength(numbers)
  })
})
