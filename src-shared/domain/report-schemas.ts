/**
 * The reports over the contract: the quarterly log (บันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์), the
 * follow-up memo (รายงานผลการติดตาม… a memo with a book number, which also becomes a request in the
 * register) and the MOIT 1 yearly set. They are documents like the others: the screen asks for a
 * preview with proofing's findings, the person acknowledges them, then exports — the same flow
 * and the same rules as documents:prepare / documents:export, with the period chosen instead of
 * requests (the rows are computed from the register, only their notes may be edited).
 */
import { z } from 'zod'
import type { IsoDate } from '../thai'
import { documentExportInput, documentSpec, type DocumentExport, type DocumentPreview } from './documents-schemas'
import type { RequestDetail } from './records'
import { reportPeriod, type ReportPeriod } from './report-period'
import { fiscalYear, id, isoDate } from './schemas'

const exportParts = documentExportInput.pick({ format: true, acknowledged: true })

/** The quarterly log of a quarter or a MOIT round; `notes` replace rows' notes for this printing. */
export const quarterLogSpec = documentSpec.pick({ date: true, thaiDigits: true, from: true }).extend({
  period: reportPeriod,
  notes: documentSpec.shape.rowNotes
})
export type QuarterLogSpecInput = z.input<typeof quarterLogSpec>
export type QuarterLogSpec = z.output<typeof quarterLogSpec>
export const quarterLogExportInput = quarterLogSpec.extend(exportParts.shape)
export type QuarterLogExportInput = z.input<typeof quarterLogExportInput>

/** The follow-up memo of a quarter or a MOIT round: a memo, with its sections and book number. */
export const followUpSpec = documentSpec
  .pick({ date: true, thaiDigits: true, from: true, sections: true, urgency: true, preprinted: true, bookNo: true })
  .extend({ period: reportPeriod })
export type FollowUpSpecInput = z.input<typeof followUpSpec>
export type FollowUpSpec = z.output<typeof followUpSpec>
export const followUpExportInput = followUpSpec.extend(exportParts.shape)
export type FollowUpExportInput = z.input<typeof followUpExportInput>

/**
 * The follow-up memo made a request of the register: exported as PDF (its book number given), and
 * a draft request holding that PDF filed in the same transaction. Category and indicators default
 * to the seed's practice (1.1, MOIT 1 of the request's fiscal year).
 */
export const followUpRequestInput = followUpSpec.extend({
  acknowledged: exportParts.shape.acknowledged,
  categoryCode: z.string().trim().min(1, { error: 'กรุณาเลือกหมวดหมู่ข้อมูล' }).optional(),
  indicatorIds: z.array(id).max(50).optional(),
  /** The request's fiscal year, when it is the next one (a year-end report filed as next year's evidence). */
  requestFiscalYear: fiscalYear.optional()
})
export type FollowUpRequestInput = z.input<typeof followUpRequestInput>

/** MOIT 1 of a fiscal year, all at once (PDF): the year's announcement set and last year's monitoring set. */
export const yearlySetInput = z.object({
  fiscalYear,
  /** The announcement's date (and its memos'); today when absent. */
  date: isoDate('วันที่ของประกาศ').optional(),
  /** The monitoring report's date; today, or the last day of the past fiscal year if today is before it ends. */
  reportDate: isoDate('วันที่ของรายงานผลการติดตาม').optional(),
  thaiDigits: z.boolean().optional(),
  from: id.optional(),
  /** The memos' book numbers: the next ones of the outgoing register, or none (written by hand). */
  bookNumbers: z.enum(['allocate', 'none'], { error: 'เลขที่หนังสือต้องเป็น allocate หรือ none' }).default('allocate'),
  acknowledged: exportParts.shape.acknowledged
})
export type YearlySetInput = z.input<typeof yearlySetInput>

// ---------------------------------------------------------------- what comes back

/** A request published in a period, as the reports read it from the register. */
export interface PublishedItem {
  requestId: number
  /** The calendar day in Thailand it was published. */
  day: IsoDate
  title: string
  /** The request's own note (the log's หมายเหตุ unless the person changes it for the printing). */
  note: string
  /** Kinds of its files (pdf, jpg, docx …), distinct. */
  attachmentKinds: string[]
  hasExternalLink: boolean
  publicUrl: string
}

/** A row of the quarterly log as it prints (digits as the document chose). */
export interface QuarterLogRow {
  requestId: number
  day: IsoDate
  dateText: string
  title: string
  attachments: string
  /** The request's own note. */
  requestNote: string
  /** What prints: the edited note, else the request's. */
  note: string
}

export interface PeriodInfo {
  period: ReportPeriod
  start: IsoDate
  end: IsoDate
  /** "ไตรมาสที่ ๔ (ก.ค. - ก.ย. ๒๕๖๙)" */
  label: string
  /** "กรกฎาคม - กันยายน ๒๕๖๙" as the title says it. */
  monthsText: string
  /** The last day the report covers: the period's end, or the report's date while the period runs. */
  upTo: IsoDate
  complete: boolean
}

export interface QuarterLogPreview extends DocumentPreview {
  period: PeriodInfo
  rows: QuarterLogRow[]
}

export interface FollowUpPreview extends DocumentPreview {
  period: PeriodInfo
  items: PublishedItem[]
}

export interface FollowUpRequestResult {
  request: RequestDetail
  file: DocumentExport
  /** Things to know (no MOIT 1 indicator for the year …), Thai. */
  notices: string[]
}

export const YEARLY_SET_ROLES = [
  'announcement',
  'announcement-memo',
  'announcement-form',
  'monitoring-memo',
  'monitoring-log',
  'monitoring-acknowledgement',
  'monitoring-form'
] as const
export type YearlySetRole = (typeof YEARLY_SET_ROLES)[number]

export interface YearlySetDocument extends DocumentExport {
  role: YearlySetRole
  /** What it is, Thai ("ประกาศแนวทาง… ปีงบประมาณ ๒๕๖๙"). */
  label: string
}

export interface YearlySet {
  fiscalYear: number
  documents: YearlySetDocument[]
  /** The requests whose forms are in the set: found in the register, or filed now as drafts. */
  requests: { role: 'announcement' | 'monitoring'; requestId: number; created: boolean }[]
  notices: string[]
}
