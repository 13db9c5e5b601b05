/**
 * The MOIT 1 set of a fiscal year over a real register: seven PDFs in the seed's order, the two
 * requests whose forms it holds filed as drafts holding the announcement's and the report's PDF,
 * nothing for proofing to flag, and made again without filing twice or taking new numbers.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppError } from '@shared/result'
import { extractText } from '../../../src-main/documents/proofing'
import { openFixture, requestInput, type RegisterFixture } from '../../helpers/register-fixtures'

let f: RegisterFixture
beforeEach(() => {
  f = openFixture({ start: '2026-05-01T03:00:00.000Z' })
  const r = f.services.requests
  for (const [i, title] of ['แผนปฏิบัติการจัดซื้อจัดจ้าง', 'ผลการจัดซื้อจัดจ้างในรอบเดือน'].entries()) {
    f.clock.set(`2026-0${7 + i}-10T03:00:00.000Z`)
    const d = r.create(requestInput(f, { title }))
    r.transition({ id: d.id, action: 'submit', byId: f.ids.assistant })
    r.transition({ id: d.id, action: 'approve', byId: f.ids.head })
    r.transition({ id: d.id, action: 'publish', byId: f.ids.webmaster, publicUrl: `https://sso.example/${i}` })
  }
  // The set of FY ๒๕๗๐ is made on its first day, once the app has opened in that year (and given
  // it its indicators, as it does at every start).
  f.clock.set('2026-10-01T03:00:00.000Z')
  f.services.catalog.ensureDefaults(f.clock.today())
})
afterEach(() => f.cleanup())

const reports = () => f.services.reports
const text = async (base64: string) => (await extractText({ fileName: 'x.pdf', bytes: Buffer.from(base64, 'base64') })).paragraphs.join('\n').replace(/\s+/g, '')

describe('the MOIT 1 yearly set', () => {
  it('makes the announcement set and the past year’s monitoring set, filing their requests', async () => {
    expect(reports().proofYearlySet({ fiscalYear: 2570 }, f.ids.webmaster)).toEqual([])
    const set = await reports().yearlySet({ fiscalYear: 2570 }, f.ids.webmaster)
    expect(set.documents.map((d) => d.role)).toEqual([
      'announcement',
      'announcement-memo',
      'announcement-form',
      'monitoring-memo',
      'monitoring-log',
      'monitoring-acknowledgement',
      'monitoring-form'
    ])
    for (const d of set.documents) expect(Buffer.from(d.contentBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(set.documents.filter((d) => d.bookNo !== null).map((d) => d.role)).toEqual(['announcement-memo', 'monitoring-memo', 'monitoring-acknowledgement'])
    expect(set.requests.map((r) => [r.role, r.created])).toEqual([
      ['announcement', true],
      ['monitoring', true]
    ])

    const [announcement, monitoring] = set.requests.map((r) => f.services.requests.get(r.requestId))
    expect(announcement).toMatchObject({ status: 'draft', fiscalYear: 2570, categoryCode: '1.1', ownerUnit: 'สำนักงานสาธารณสุขอำเภอศรีบุญเรือง' })
    expect(announcement?.indicators.map((i) => i.code)).toEqual(['MOIT 1'])
    expect(announcement?.attachments[0]?.sha256).toBe(set.documents[0]?.sha256)
    // The past year's report is dated on its last day, as the seed's, and filed in that year.
    expect(monitoring).toMatchObject({ status: 'draft', fiscalYear: 2569, requestDate: '2026-09-30' })
    expect(monitoring?.title).toBe('รายงานผลการติดตามการดำเนินงานและสรุปปัญหาอุปสรรคการดำเนินงานเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ รอบ ๑๒ เดือน ปีงบประมาณ ๒๕๖๙')
    expect(monitoring?.attachments[0]?.sha256).toBe(set.documents[3]?.sha256)

    const log = await text(set.documents[4]?.contentBase64 ?? '')
    expect(log).toContain('เดือนตุลาคม๒๕๖๘-กันยายน๒๕๖๙')
    expect(log).toContain('แผนปฏิบัติการจัดซื้อจัดจ้าง')
    const form = await text(set.documents[6]?.contentBase64 ?? '')
    expect(form).toContain('รอบ๑๒เดือนปีงบประมาณ๒๕๖๙')

    // Made again: the same requests, the same book numbers, nothing filed twice.
    const numbers = f.services.bookNumbers.list().length
    const again = await reports().yearlySet({ fiscalYear: 2570 }, f.ids.webmaster)
    expect(again.requests.map((r) => [r.requestId, r.created])).toEqual(set.requests.map((r) => [r.requestId, false]))
    expect(again.documents.map((d) => d.bookNo)).toEqual(set.documents.map((d) => d.bookNo))
    expect(f.services.bookNumbers.list()).toHaveLength(numbers)
  }, 120_000)

  it('refuses a date the announcement cannot bear before anything is numbered or filed', async () => {
    const before = { numbers: f.services.bookNumbers.list().length, requests: f.services.requests.query({}).total }
    const error = await reports().yearlySet({ fiscalYear: 2570, date: '2026-03-01' }, f.ids.webmaster).then(
      () => null,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).message).toMatch(/ปีงบประมาณ ๒๕๗๐ ลงวันที่ ๑ มีนาคม ๒๕๖๙ ไม่ได้/)
    expect(f.services.bookNumbers.list()).toHaveLength(before.numbers)
    expect(f.services.requests.query({}).total).toBe(before.requests)
  })
})
