/**
 * The three memo kinds: asking approval to publish one or several requests, reporting the
 * website's operation, and asking approval of the yearly announcement. Each gathers its data's
 * values and hands them to the shared memo (memo.ts).
 */
import type { DocModel } from '@shared/documents/model'
import type { RequestDetail } from '@shared/domain/records'
import type { Person } from '@shared/domain/schemas'
import { AppError } from '@shared/result'
import { fiscalYearOf, type IsoDate } from '@shared/thai'
import type { Variables } from '../templates'
import { checkDate, checkFiscalYear, type BuildContext } from './context'
import { buildMemo } from './memo'
import { TH } from './messages'
import { memoValues, thaiList } from './values'

export interface MemoInput {
  /** The user's text per section key (see defaultSections); unknown keys are refused. */
  sections?: Record<string, string>
  /** The book number (ที่) as allocated or typed, e.g. "นภ 0332/878"; "" leaves it to be written by hand. */
  bookNo: string
  date: IsoDate
  /** Who proposes the memo and signs under it (usually the assistant head). */
  from: Person
  head: Person
}

export interface ApprovalMemoInput extends MemoInput {
  requests: readonly RequestDetail[]
}

export interface WebsiteReportMemoInput extends MemoInput {
  /** The fiscal year the report speaks of; the fiscal year of `date` when absent. */
  fy?: number
}

export interface AnnouncementApprovalMemoInput extends MemoInput {
  /** The fiscal year of the announcement asked for. */
  fy: number
}

/** A memo asking the head to approve publishing `requests` (their titles listed in the body). */
export function buildApprovalMemo(input: ApprovalMemoInput, ctx: BuildContext<'memo-approval'>): DocModel {
  const date = checkDate(input.date, 'วันที่ของบันทึก')
  if (input.requests.length === 0) throw new AppError('invalid-input', TH.noRequests)
  const fy = fiscalYearOf(date)
  const values: Variables<'memo-approval'> = {
    ...memoValues(ctx.office, input.head, input.from, date, fy, input.bookNo),
    'requests.count': String(input.requests.length),
    'requests.ownerUnits': thaiList(input.requests.map((r) => r.ownerUnit))
  }
  return buildMemo(
    'memo-approval',
    { ...input, date, sections: input.sections, values, lists: { 'requests.titles': input.requests.map((r) => r.title) } },
    ctx
  )
}

/** A memo reporting the website's operation to the head (ความเป็นมา / ข้อพิจารณา / ข้อเสนอ). */
export function buildWebsiteReportMemo(input: WebsiteReportMemoInput, ctx: BuildContext<'memo-website-report'>): DocModel {
  const date = checkDate(input.date, 'วันที่ของบันทึก')
  const fy = checkFiscalYear('memo-website-report', input.fy ?? fiscalYearOf(date), date, 'report')
  const values: Variables<'memo-website-report'> = memoValues(ctx.office, input.head, input.from, date, fy, input.bookNo)
  return buildMemo('memo-website-report', { ...input, date, sections: input.sections, values, lists: {} }, ctx)
}

/** A memo asking the head to approve the yearly announcement of fiscal year `fy`. */
export function buildAnnouncementApprovalMemo(input: AnnouncementApprovalMemoInput, ctx: BuildContext<'memo-announcement-approval'>): DocModel {
  const date = checkDate(input.date, 'วันที่ของบันทึก')
  const fy = checkFiscalYear('memo-announcement-approval', input.fy, date, 'plan')
  const values: Variables<'memo-announcement-approval'> = memoValues(ctx.office, input.head, input.from, date, fy, input.bookNo)
  return buildMemo('memo-announcement-approval', { ...input, date, sections: input.sections, values, lists: {} }, ctx)
}
