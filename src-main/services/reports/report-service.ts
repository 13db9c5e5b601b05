/**
 * The reports a quarter and a MOIT round call for, made from the register through the document
 * service — so their preview, proofing, book numbers, file names and audit entries are the other
 * documents': the quarterly log (its rows listed for the screen, their notes editable for the
 * printing), the follow-up memo (exported, or filed as a draft request holding its PDF, in the
 * transaction that gives its book number), and the MOIT 1 set of a fiscal year.
 */
import type { DocumentExport, DocumentFinding, DocumentSpecInput } from '@shared/domain/documents-schemas'
import type { RequestDetail } from '@shared/domain/records'
import { periodLabel, periodMonthsText, periodRange, type ReportPeriod } from '@shared/domain/report-period'
import {
  followUpExportInput,
  followUpRequestInput,
  followUpSpec,
  quarterLogExportInput,
  quarterLogSpec,
  yearlySetInput,
  type FollowUpExportInput,
  type FollowUpPreview,
  type FollowUpRequestInput,
  type FollowUpRequestResult,
  type FollowUpSpec,
  type FollowUpSpecInput,
  type PeriodInfo,
  type PublishedItem,
  type QuarterLogExportInput,
  type QuarterLogPreview,
  type QuarterLogRow,
  type QuarterLogSpec,
  type QuarterLogSpecInput,
  type YearlySet,
  type YearlySetDocument,
  type YearlySetInput,
  type YearlySetRole
} from '@shared/domain/report-schemas'
import { DEFAULT_DETAILS, type NewAttachment, type RequestCreateInput } from '@shared/domain/schemas'
import { AppError } from '@shared/result'
import { fiscalYearOf, fiscalYearRange, todayIso, type IsoDate } from '@shared/thai'
import { fiscalYearFits, logRows, printedRows } from '../../documents/builders'
import type { CatalogService } from '../catalog/catalog-service'
import { writeTransaction, type ServiceContext } from '../context'
import type { DocumentService, ExportedFile, ExportOptions } from '../documents/document-service'
import type { PeopleService } from '../people/people-service'
import type { RequestService } from '../requests/request-service'
import { parseInput } from '../validate'
import { publishedIn } from './published-items'
import { DOING, TH, yearlySetLabel } from './report-text'

export interface ReportServiceDeps {
  ctx: ServiceContext
  documents: DocumentService
  requests: RequestService
  catalog: CatalogService
  people: PeopleService
}

/** Where the follow-up memo is filed by default: the seed files its MOIT 1 evidence under 1.1. */
export const FOLLOW_UP_CATEGORY = '1.1'
/** The indicator the seed's monitoring report is evidence for. */
export const MONITORING_INDICATOR = 'MOIT 1'

/** A document of the yearly set, before it is exported. */
interface SetItem {
  role: YearlySetRole
  spec: DocumentSpecInput
}

type YearlySetSpec = ReturnType<typeof yearlySetInput.parse>

/** What a report's draft request is filed with (the rest follows the seed: owner the office, 1.1, MOIT 1). */
interface RequestFields {
  title: string
  date: IsoDate
  fiscalYear: number
  categoryCode?: string
  indicatorIds?: number[]
  requesterId?: number
}

/** One of the set's two requests: the document it holds, its form, and how it is found or filed. */
interface PlannedRequest {
  which: 'announcement' | 'monitoring'
  documentRole: YearlySetRole
  formRole: YearlySetRole
  /** Found in the register by title and fiscal year, or filed with these. */
  fields: RequestFields
}

interface YearlyPlan {
  items: SetItem[]
  announcement: PlannedRequest
  monitoring: PlannedRequest
}

/** Thrown to roll a dry run back. */
class DryRun extends Error {}

export interface SetFinding {
  role: YearlySetRole
  label: string
  finding: DocumentFinding
}

export class ReportService {
  constructor(private readonly d: ReportServiceDeps) {}

  // ---------------------------------------------------------------- the quarterly log

  /** The log's rows as they will print, without rendering anything (the report screen's table). */
  quarterLogRows(input: QuarterLogSpecInput): { period: PeriodInfo; rows: QuarterLogRow[] } {
    const spec = parseInput(quarterLogSpec, input)
    const period = this.periodInfo(spec.period, spec.date)
    const template = this.d.documents.templates.store.load('quarterly-log')
    const thaiDigits = spec.thaiDigits ?? this.d.documents.requireOffice().thaiDigits
    const rows = printedRows(logRows({ period: spec.period, items: this.items(period), notes: spec.notes }, template), thaiDigits)
    return {
      period,
      rows: rows.map((r) => ({ requestId: r.requestId, day: r.day, dateText: r.date, title: r.title, attachments: r.attachments, requestNote: r.requestNote, note: r.note }))
    }
  }

  async prepareQuarterLog(input: QuarterLogSpecInput): Promise<QuarterLogPreview> {
    const spec = parseInput(quarterLogSpec, input)
    const { period, rows } = this.quarterLogRows(spec)
    const preview = await this.d.documents.prepare(logDocument(spec))
    return { ...preview, notices: [...this.periodNotices(period, rows.length), ...preview.notices], period, rows }
  }

  /** The log's findings with their ids, as the preview shows them (what the CLI prints before writing). */
  proofQuarterLog(input: QuarterLogSpecInput): DocumentFinding[] {
    return this.d.documents.proof(logDocument(parseInput(quarterLogSpec, input)))
  }

  async exportQuarterLog(input: QuarterLogExportInput, actorId: number, options: ExportOptions = {}): Promise<ExportedFile> {
    const spec = parseInput(quarterLogExportInput, input)
    return this.d.documents.exportFile({ ...logDocument(spec), format: spec.format, acknowledged: spec.acknowledged }, actorId, options)
  }

  // ---------------------------------------------------------------- the follow-up memo

  async prepareFollowUp(input: FollowUpSpecInput): Promise<FollowUpPreview> {
    const spec = parseInput(followUpSpec, input)
    const period = this.periodInfo(spec.period, spec.date)
    const items = this.items(period)
    const preview = await this.d.documents.prepare(followUpDocument(spec))
    return { ...preview, notices: [...this.periodNotices(period, items.length), ...preview.notices], period, items }
  }

  proofFollowUp(input: FollowUpSpecInput): DocumentFinding[] {
    return this.d.documents.proof(followUpDocument(parseInput(followUpSpec, input)))
  }

  async exportFollowUp(input: FollowUpExportInput, actorId: number, options: ExportOptions = {}): Promise<ExportedFile> {
    const spec = parseInput(followUpExportInput, input)
    return this.d.documents.exportFile({ ...followUpDocument(spec), format: spec.format, acknowledged: spec.acknowledged }, actorId, options)
  }

  /**
   * The follow-up memo as a request of the register, to be approved and published like any other
   * document: its PDF is exported (the memo's book number given) and, in the same transaction, a
   * draft request is filed holding that PDF — owner the office, requester the memo's proposer,
   * category 1.1 and indicator MOIT 1 of its fiscal year unless told otherwise. A refusal anywhere
   * (a file the attachment rules refuse, a category not in the register) keeps neither.
   */
  async createFollowUpRequest(input: FollowUpRequestInput, actorId: number): Promise<FollowUpRequestResult> {
    const spec = parseInput(followUpRequestInput, input)
    this.d.people.requireActor(actorId, [], DOING.followUpRequest)
    const document = followUpDocument(spec)
    const title = this.d.documents.title(document)
    const date = spec.date ?? this.today()
    const filed = this.fileWith({
      title,
      date,
      fiscalYear: spec.requestFiscalYear ?? fiscalYearOf(date),
      ...(spec.categoryCode !== undefined ? { categoryCode: spec.categoryCode } : {}),
      ...(spec.indicatorIds !== undefined ? { indicatorIds: spec.indicatorIds } : {}),
      ...(spec.from !== undefined ? { requesterId: spec.from } : {}),
      actorId
    })
    const file = await this.d.documents.exportFile({ ...document, format: 'pdf', acknowledged: spec.acknowledged }, actorId, { stage: filed.stage })
    const request = filed.created()
    return { request, file: contentOf(file), notices: [...filed.notices, TH.requestFiled(request.id)] }
  }

  // ---------------------------------------------------------------- the MOIT 1 yearly set

  /**
   * Proofing's findings on every document of the set that can be built now (the forms of
   * requests not filed yet are proofed at export), each with the document it is in.
   */
  proofYearlySet(input: YearlySetInput, actorId: number): SetFinding[] {
    const spec = parseInput(yearlySetInput, input)
    return this.proofPlan(spec, this.yearlyPlan(spec), actorId)
  }

  /**
   * MOIT 1 of fiscal year `fy`, as PDF: the year's announcement, the memo asking its approval and
   * the form of its request; and the monitoring report of the past year's 12-month round (the
   * follow-up memo with its log), the memo presenting it for acknowledgement, and the form of its
   * request. The two requests are found in the register by their titles, or filed now as drafts
   * holding the announcement's and the memo's PDF. Everything is proofed before anything is
   * numbered; a memo exported again keeps the number it was first given.
   */
  async yearlySet(input: YearlySetInput, actorId: number): Promise<YearlySet> {
    const spec = parseInput(yearlySetInput, input)
    this.d.people.requireActor(actorId, [], DOING.yearlySet)
    const plan = this.yearlyPlan(spec)
    const missing = this.proofPlan(spec, plan, actorId).filter((x) => !spec.acknowledged.includes(x.finding.id))
    if (missing.length > 0) throw new AppError('invalid-input', TH.setFindings(missing))
    const fy = spec.fiscalYear
    const documents: YearlySetDocument[] = []
    const requests: YearlySet['requests'] = []
    const notices: string[] = []
    const exportOne = async (item: SetItem, options: ExportOptions = {}): Promise<void> => {
      const file = await this.d.documents.exportFile({ ...item.spec, format: 'pdf', acknowledged: spec.acknowledged }, actorId, options)
      documents.push({ ...contentOf(file), role: item.role, label: yearlySetLabel(item.role, fy) })
    }
    const item = (role: YearlySetRole): SetItem => {
      const found = plan.items.find((i) => i.role === role)
      if (!found) throw new Error(`yearly set has no ${role}`)
      return found
    }
    // The request's document first: when the request is filed now, it holds that very PDF.
    const withRequest = async (r: PlannedRequest): Promise<number> => {
      const what = yearlySetLabel(r.documentRole, fy)
      const existing = this.existingRequest(r.fields.title, r.fields.fiscalYear)
      if (existing !== null) {
        await exportOne(item(r.documentRole))
        requests.push({ role: r.which, requestId: existing, created: false })
        notices.push(TH.requestFound(what, existing))
        return existing
      }
      const filed = this.fileWith({ ...r.fields, actorId })
      await exportOne(item(r.documentRole), { stage: filed.stage })
      const created = filed.created()
      requests.push({ role: r.which, requestId: created.id, created: true })
      notices.push(...filed.notices, TH.requestCreated(what, created.id))
      return created.id
    }

    const announcementId = await withRequest(plan.announcement)
    await exportOne(item('announcement-memo'))
    await exportOne({ role: 'announcement-form', spec: formDocument(announcementId, spec.thaiDigits) })
    const monitoringId = await withRequest(plan.monitoring)
    await exportOne(item('monitoring-log'))
    await exportOne(item('monitoring-acknowledgement'))
    await exportOne({ role: 'monitoring-form', spec: formDocument(monitoringId, spec.thaiDigits) })
    return { fiscalYear: fy, documents, requests, notices }
  }

  // ---------------------------------------------------------------- shared

  /**
   * The findings of every document of the set. A form whose request is not filed yet is proofed
   * on that request filed in a transaction rolled back at once, so the set is never refused half
   * made (its first memos numbered) for a finding on its last page.
   */
  private proofPlan(spec: YearlySetSpec, plan: YearlyPlan, actorId: number): SetFinding[] {
    const found = (role: YearlySetRole, findings: DocumentFinding[]): SetFinding[] =>
      findings.map((finding) => ({ role, label: yearlySetLabel(role, spec.fiscalYear), finding }))
    const forms = [plan.announcement, plan.monitoring].flatMap((r) => {
      const existing = this.existingRequest(r.fields.title, r.fields.fiscalYear)
      const form = (id: number) => this.d.documents.proof(formDocument(id, spec.thaiDigits))
      return found(r.formRole, existing !== null ? form(existing) : this.asIfFiled({ ...r.fields, actorId }, form))
    })
    return [...plan.items.flatMap((item) => found(item.role, this.d.documents.proof(item.spec))), ...forms]
  }

  /** What `fn` gives for a request filed with `fields` — in a transaction that is then rolled back. */
  private asIfFiled<T>(fields: RequestFields & { actorId: number }, fn: (requestId: number) => T): T {
    const box: T[] = []
    try {
      writeTransaction(this.d.ctx.db, () => {
        box.push(fn(this.d.requests.create(this.createInput(fields, [])).id))
        throw new DryRun()
      })
    } catch (error) {
      if (!(error instanceof DryRun)) throw error
    }
    if (box.length === 0) throw new Error('dry run ended without a value')
    return box[0] as T
  }

  /** The set's documents (forms aside) with their dates, and the requests whose forms it holds. */
  private yearlyPlan(spec: YearlySetSpec): YearlyPlan {
    const fy = spec.fiscalYear
    const today = this.today()
    const date = spec.date ?? today
    // The past year's report is dated on that year's last day, as the seed's (๓๐ กันยายน), or
    // today while that day has not come.
    const lastDay = fiscalYearRange(fy - 1).end
    const reportDate = spec.reportDate ?? (today < lastDay ? today : lastDay)
    const round: ReportPeriod = { kind: 'round', fiscalYear: fy - 1, months: 12 }
    const bookNo = spec.bookNumbers === 'none' ? { mode: 'none' as const } : { mode: 'allocate' as const }
    const common = { ...(spec.thaiDigits !== undefined ? { thaiDigits: spec.thaiDigits } : {}) }
    const memo = { ...common, bookNo, ...(spec.from !== undefined ? { from: spec.from } : {}) }
    const items: SetItem[] = [
      { role: 'announcement', spec: { kind: 'announcement', fiscalYear: fy, date, ...common } },
      { role: 'announcement-memo', spec: { kind: 'memo-announcement-approval', fiscalYear: fy, date, ...memo } },
      { role: 'monitoring-memo', spec: { kind: 'memo-quarterly-report', period: round, date: reportDate, ...memo } },
      { role: 'monitoring-log', spec: { kind: 'quarterly-log', period: round, date: reportDate, ...common } },
      { role: 'monitoring-acknowledgement', spec: { kind: 'memo-website-report', fiscalYear: fy, date, ...memo } }
    ]
    const titleOf = (role: YearlySetRole): string => {
      const item = items.find((i) => i.role === role)
      if (!item) throw new Error(`yearly set has no ${role}`)
      return this.d.documents.title(item.spec)
    }
    const requester = spec.from !== undefined ? { requesterId: spec.from } : {}
    return {
      items,
      // The announcement is the year's own evidence; the report is filed in the year it is dated.
      announcement: {
        which: 'announcement',
        documentRole: 'announcement',
        formRole: 'announcement-form',
        fields: { title: titleOf('announcement'), date, fiscalYear: fy, ...requester }
      },
      monitoring: {
        which: 'monitoring',
        documentRole: 'monitoring-memo',
        formRole: 'monitoring-form',
        fields: { title: titleOf('monitoring-memo'), date: reportDate, fiscalYear: fiscalYearOf(reportDate), ...requester }
      }
    }
  }

  /** The latest live request of the fiscal year with exactly this title: a set made again reuses it. */
  private existingRequest(title: string, fy: number): number | null {
    const row = this.d.ctx.db
      .prepare<[string, number], { id: number }>(
        `SELECT id FROM request WHERE title = ? AND fiscal_year = ? AND status NOT IN ('rejected', 'withdrawn') ORDER BY id DESC LIMIT 1`
      )
      .get(title, fy)
    return row?.id ?? null
  }

  /** The create input of a report's draft request: owner the office, requester the proposer. */
  private createInput(r: RequestFields & { actorId: number }, newAttachments: NewAttachment[]): RequestCreateInput {
    const requesterId = r.requesterId ?? this.d.people.list(false).find((p) => p.roles.includes('assistant_head'))?.id
    if (requesterId === undefined) throw new AppError('not-found', TH.noRequester, { from: 'ยังไม่ได้ระบุผู้เสนอบันทึก' })
    return {
      ownerUnit: this.d.documents.requireOffice().name,
      requestDate: r.date,
      title: r.title,
      details: DEFAULT_DETAILS,
      requesterId,
      categoryCode: this.d.catalog.getCategory(r.categoryCode ?? FOLLOW_UP_CATEGORY).code,
      indicatorIds: r.indicatorIds ?? this.monitoringIndicator(r.fiscalYear),
      fiscalYear: r.fiscalYear,
      byId: r.actorId,
      newAttachments
    }
  }

  /** MOIT 1 of the year, as the seed files its monitoring report; none when the year has no such indicator. */
  private monitoringIndicator(fy: number): number[] {
    const moit = this.d.catalog.listIndicators(fy).find((i) => i.code.replace(/\s+/g, ' ').trim().toUpperCase() === MONITORING_INDICATOR)
    return moit ? [moit.id] : []
  }

  /**
   * A draft request to be filed inside an export's transaction, holding the exported PDF: the
   * export's `stage` option. The request's checks run there, so a refused request takes the
   * book number and the export's audit entry back with it.
   */
  private fileWith(r: RequestFields & { actorId: number }): { stage: NonNullable<ExportOptions['stage']>; created(): RequestDetail; notices: string[] } {
    const base = this.createInput(r, [])
    const notices = r.indicatorIds === undefined && (base.indicatorIds ?? []).length === 0 ? [TH.noMoitOne(r.fiscalYear)] : []
    let created: RequestDetail | null = null
    const stage = (bytes: Buffer, fileName: string) => ({
      tempPath: '',
      commit: () => {
        created = this.d.requests.create({ ...base, newAttachments: [{ fileName, contentBase64: bytes.toString('base64') }] })
      },
      abort: () => {
        created = null
      }
    })
    return {
      stage,
      created: () => {
        if (created === null) throw new Error('the export ended without filing its request')
        return created
      },
      notices
    }
  }

  private items(period: PeriodInfo): PublishedItem[] {
    return period.upTo < period.start ? [] : publishedIn(this.d.ctx.db, { start: period.start, end: period.upTo })
  }

  private periodInfo(period: ReportPeriod, date: IsoDate | undefined): PeriodInfo {
    const { start, end } = periodRange(period)
    const day = date ?? this.today()
    const upTo = day < end ? day : end
    return { period, start, end, label: periodLabel(period), monthsText: periodMonthsText(period), upTo, complete: day >= end }
  }

  private periodNotices(period: PeriodInfo, count: number): string[] {
    const notices: string[] = []
    if (!period.complete && period.upTo >= period.start) notices.push(TH.runningPeriod(period.label, period.upTo, period.end))
    if (count === 0) notices.push(TH.nothingPublished(period.label))
    return notices
  }

  private today(): IsoDate {
    return todayIso(new Date(this.d.ctx.clock.now()))
  }
}

function logDocument(spec: QuarterLogSpec): DocumentSpecInput {
  return {
    kind: 'quarterly-log',
    period: spec.period,
    ...(spec.date !== undefined ? { date: spec.date } : {}),
    ...(spec.thaiDigits !== undefined ? { thaiDigits: spec.thaiDigits } : {}),
    ...(spec.from !== undefined ? { from: spec.from } : {}),
    ...(spec.notes !== undefined ? { rowNotes: spec.notes } : {})
  }
}

function followUpDocument(spec: FollowUpSpec): DocumentSpecInput {
  const { period, ...rest } = spec
  const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined))
  return { ...defined, kind: 'memo-quarterly-report', period }
}

function formDocument(requestId: number, thaiDigits: boolean | undefined): DocumentSpecInput {
  return { kind: 'request-form', requestIds: [requestId], ...(thaiDigits !== undefined ? { thaiDigits } : {}) }
}

function contentOf(file: ExportedFile): DocumentExport {
  const { bytes, ...rest } = file
  return { ...rest, contentBase64: bytes.toString('base64') }
}
