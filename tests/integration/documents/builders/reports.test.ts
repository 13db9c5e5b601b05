/**
 * The quarterly log and the follow-up memo as the builders make them, for every quarter and both
 * MOIT rounds of seven fiscal years, in Thai and in Arabic digits: the title's months and years are
 * the period's, the label agrees with its months, and proofing — given the quarter, the fiscal year
 * and the date, and reading every line including the listed titles — finds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocModel } from '@shared/documents/model'
import { periodLabel, periodMonthsText, periodQuarter, periodRange, type ReportPeriod } from '@shared/domain/report-period'
import type { PublishedItem } from '@shared/domain/report-schemas'
import { addDays, type IsoDate } from '@shared/thai'
import { buildFollowUpMemo, buildQuarterlyLog, modelParagraphs, proofFactsOf } from '../../../../src-main/documents/builders'
import { proofDocument } from '../../../../src-main/documents/proofing'
import { expectDigits, openBuilderFixture, paragraphTexts, type BuilderFixture } from './builder-fixture'

let f: BuilderFixture
beforeAll(() => {
  f = openBuilderFixture()
})
afterAll(() => f.cleanup())

const PERIODS: ReportPeriod[] = [2564, 2565, 2566, 2567, 2568, 2569, 2570].flatMap((fiscalYear): ReportPeriod[] => [
  ...([1, 2, 3, 4] as const).map((quarter): ReportPeriod => ({ kind: 'quarter', fiscalYear, quarter })),
  { kind: 'round', fiscalYear, months: 6 },
  { kind: 'round', fiscalYear, months: 12 }
])

function items(period: ReportPeriod): PublishedItem[] {
  const { start } = periodRange(period)
  return ['แผนปฏิบัติการจัดซื้อจัดจ้าง', 'ผลการจัดซื้อจัดจ้างในรอบเดือน', 'ภาพข่าวกิจกรรมรณรงค์ป้องกันโรคไข้เลือดออก'].map((title, i) => ({
    requestId: i + 1,
    day: addDays(start, i * 20),
    title,
    note: i === 1 ? 'ฉบับแก้ไข' : '',
    attachmentKinds: i === 2 ? ['jpg', 'pdf'] : ['pdf'],
    hasExternalLink: false,
    publicUrl: ''
  }))
}

/** Dated a week after the period ends, as a report is. */
const reportDate = (period: ReportPeriod): IsoDate => addDays(periodRange(period).end, 7)

function expectClean(model: DocModel, period: ReportPeriod, date: IsoDate): void {
  const office = f.services.office.get()
  if (!office) throw new Error('no office')
  const quarter = periodQuarter(period)
  const facts = proofFactsOf(office, f.people, { date, fiscalYear: period.fiscalYear, ...(quarter ? { quarter } : {}) })
  const findings = proofDocument(modelParagraphs(model), facts)
  expect(findings.map((x) => `${x.code}: ${x.excerpt} — ${x.messageTh}`)).toEqual([])
}

describe.each(PERIODS)('$kind $fiscalYear $quarter$months', (period) => {
  it.each([true, false])('the log titles its months and passes proofing (Thai digits: %s)', (thaiDigits) => {
    const date = reportDate(period)
    const model = buildQuarterlyLog(
      { period, date, items: items(period), reporter: f.person('webmaster'), head: f.person('head') },
      f.ctx('quarterly-log', { thaiDigits })
    )
    expect(paragraphTexts(model)[1]).toBe(`เดือน ${periodMonthsText(period, { thaiDigits })}`)
    const table = model.blocks.find((b) => b.type === 'table')
    expect(table?.type === 'table' ? table.rows.map((r) => r[2]) : []).toEqual(['เอกสาร', 'เอกสาร', 'เอกสารและรูป'])
    expectClean(model, period, date)
    expectDigits(model, thaiDigits)
  })

  it('the follow-up memo carries the period’s label and passes proofing', () => {
    const date = reportDate(period)
    const model = buildFollowUpMemo(
      { period, date, items: items(period), bookNo: 'นภ 0332/674', from: f.person('assistant'), head: f.person('head') },
      f.ctx('memo-quarterly-report')
    )
    expect(paragraphTexts(model).join('\n')).toContain(periodLabel(period))
    expectClean(model, period, date)
    expectDigits(model, true)
  })
})

describe('what the builders refuse', () => {
  const q4: ReportPeriod = { kind: 'quarter', fiscalYear: 2564, quarter: 4 }
  it('an item published outside the period, a note for a request not in it, a date before it', () => {
    const log = (over: Partial<Parameters<typeof buildQuarterlyLog>[0]>) => () =>
      buildQuarterlyLog({ period: q4, date: '2021-10-05', items: items(q4), reporter: f.person('webmaster'), head: f.person('head'), ...over }, f.ctx('quarterly-log'))
    expect(log({ items: [{ ...items(q4)[0]!, day: '2021-10-01' }] })).toThrow(/เผยแพร่เมื่อ ๑ ตุลาคม ๒๕๖๔ ซึ่งไม่อยู่ในไตรมาสที่ ๔/)
    expect(log({ notes: { '99': 'x' } })).toThrow(/คำขอเลขที่ ๙๙ แต่คำขอนี้ไม่ได้เผยแพร่ในไตรมาสที่ ๔/)
    expect(log({ date: '2021-06-30' })).toThrow(/อยู่ก่อนเริ่มไตรมาสที่ ๔ \(ก\.ค\. - ก\.ย\. ๒๕๖๔\)/)
  })
})
