/**
 * The follow-up memo (รายงานผลการติดตามการดำเนินงานและสรุปปัญหาอุปสรรคการดำเนินงานเผยแพร่ข้อมูลต่อ
 * สาธารณะผ่านเว็บไซต์) of a quarter or a MOIT round, as the seed's: เรื่องเดิม, ข้อพิจารณา with the
 * period's label and the list of what was published in it (computed from the register),
 * ปัญหา/อุปสรรค and ข้อเสนอ (editable, with the seed's text by default), and the head's decision.
 */
import type { DocModel } from '@shared/documents/model'
import type { ReportPeriod } from '@shared/domain/report-period'
import type { PublishedItem } from '@shared/domain/report-schemas'
import type { Variables } from '../templates'
import { checkDate, checkFiscalYear, type BuildContext } from './context'
import { buildMemo } from './memo'
import type { MemoInput } from './memos'
import { TH } from './messages'
import { checkReportDate, periodValues } from './report-values'
import { memoValues } from './values'

export interface FollowUpMemoInput extends MemoInput {
  period: ReportPeriod
  /** The requests published in the period, in the order they were published. */
  items: readonly PublishedItem[]
}

export function buildFollowUpMemo(input: FollowUpMemoInput, ctx: BuildContext<'memo-quarterly-report'>): DocModel {
  const date = checkDate(input.date, 'วันที่ของบันทึก')
  checkReportDate(TH.docRef('memo-quarterly-report'), input.period, date)
  const fy = checkFiscalYear('memo-quarterly-report', input.period.fiscalYear, date, 'report')
  const values: Variables<'memo-quarterly-report'> = {
    ...memoValues(ctx.office, input.head, input.from, date, fy, input.bookNo),
    ...periodValues(input.period, input.items.length, ctx.thaiDigits)
  }
  const empty = ctx.template.emptyListLine
  return buildMemo(
    'memo-quarterly-report',
    {
      ...input,
      date,
      sections: input.sections,
      values,
      lists: { 'published.titles': input.items.map((i) => i.title) },
      ...(empty !== undefined ? { emptyLists: { 'published.titles': empty } } : {})
    },
    ctx
  )
}
