/**
 * A document spec (what the screen or the CLI asks for) turned into a document model, with what
 * proofing compares it against and what the outgoing register and the audit log record about it.
 * The register's data is read here — requests, office, people, the template in use, the emblem —
 * and handed to the pure builders; nothing is written.
 */
import type { DocModel } from '@shared/documents/model'
import type { DocumentSpec, PrintableKind } from '@shared/domain/documents-schemas'
import { isMemoKind } from '@shared/domain/documents-schemas'
import type { RequestDetail } from '@shared/domain/records'
import { periodQuarter, periodRange, periodTag } from '@shared/domain/report-period'
import type { PublishedItem } from '@shared/domain/report-schemas'
import type { OfficeProfile, Person } from '@shared/domain/schemas'
import { AppError } from '@shared/result'
import { fiscalYearOf, type DateRange, type IsoDate } from '@shared/thai'
import {
  buildAnnouncement,
  buildAnnouncementApprovalMemo,
  buildApprovalMemo,
  buildFollowUpMemo,
  buildQuarterlyLog,
  buildRequestForm,
  buildWebsiteReportMemo,
  logProofParagraphs,
  makeContext,
  memoProofParagraphs,
  modelParagraphs,
  proofFactsOf
} from '../../documents/builders'
import type { ProofFacts } from '../../documents/proofing'
import type { TemplateStore } from '../../documents/templates'
import { TH } from './document-text'
import type { DocumentIdentity } from './issued-numbers'

export interface BuildSources {
  office: OfficeProfile
  /** Everyone in the register, also those who left: an old form is signed by who signed it. */
  people: readonly Person[]
  request(id: number): RequestDetail
  /** The memo's proposer when the spec names one: active, or refused in Thai. */
  signer(id: number): Person
  templates: TemplateStore
  emblem(): Uint8Array | null
  today: IsoDate
  /**
   * The requests published on these days (Bangkok), oldest first: the quarterly reports' rows.
   * Only the reports need it; sources that never build them may leave it out.
   */
  published?(range: DateRange): PublishedItem[]
}

export interface BuiltDocument {
  model: DocModel
  /** The model's text as proofing reads it. */
  paragraphs: string[]
  facts: ProofFacts
  /** The document's own date (a form's is its request's). */
  date: IsoDate
  fiscalYear: number | null
  requestIds: number[]
  /** What the outgoing register records as the document's subject. */
  subject: string
  /** Memos only: the others carry no book number. */
  numbered: boolean
  /** The quarterly reports' period as a file name says it ("ปีงบ2569-ไตรมาส4"); null for the others. */
  periodTag: string | null
}

/** Refuses what does not belong to the spec's kind, before anything is read. */
export function checkSpecShape(spec: DocumentSpec): void {
  const memo = isMemoKind(spec.kind)
  if (spec.sections !== undefined && !memo) throw new AppError('invalid-input', TH.noSections(spec.kind))
  if (!memo && spec.bookNo !== undefined && spec.bookNo.mode !== 'none') throw new AppError('invalid-input', TH.noBookNo(spec.kind))
  if (spec.kind === 'request-form' && spec.requestIds.length !== 1) throw new AppError('invalid-input', TH.oneRequest(spec.requestIds.length))
  if (spec.kind !== 'request-form' && spec.kind !== 'memo-approval' && spec.requestIds.length > 0) {
    throw new AppError('invalid-input', TH.noRequestsWanted(spec.kind))
  }
  if ((spec.kind === 'announcement' || spec.kind === 'memo-announcement-approval') && spec.fiscalYear === undefined) {
    throw new AppError('invalid-input', TH.fiscalYearNeeded(spec.kind))
  }
  const periodic = spec.kind === 'quarterly-log' || spec.kind === 'memo-quarterly-report'
  if (periodic && spec.period === undefined) throw new AppError('invalid-input', TH.periodNeeded(spec.kind))
  if (!periodic && spec.period !== undefined) throw new AppError('invalid-input', TH.noPeriod(spec.kind))
  if (spec.rowNotes !== undefined && spec.kind !== 'quarterly-log') throw new AppError('invalid-input', TH.noRowNotes(spec.kind))
}

function activeWith(people: readonly Person[], role: Person['roles'][number]): Person | undefined {
  return people.find((p) => p.active && p.roles.includes(role))
}

function head(people: readonly Person[]): Person {
  const found = activeWith(people, 'approver')
  if (!found) throw new AppError('not-found', TH.noHead)
  return found
}

function proposer(spec: DocumentSpec, src: BuildSources): Person {
  if (spec.from !== undefined) return src.signer(spec.from)
  const found = activeWith(src.people, 'assistant_head')
  if (!found) throw new AppError('not-found', TH.noAssistant, { from: 'ยังไม่ได้ระบุผู้เสนอบันทึก' })
  return found
}

/** Who reports in a quarterly log: the person the spec names, else the first active webmaster. */
function reporter(spec: DocumentSpec, src: BuildSources): Person {
  if (spec.from !== undefined) return src.signer(spec.from)
  const found = activeWith(src.people, 'webmaster')
  if (!found) throw new AppError('not-found', TH.noWebmaster, { from: 'ยังไม่ได้ระบุผู้รายงาน' })
  return found
}

/** The print choices of the spec, else the office's. */
function contextParts(spec: DocumentSpec, src: BuildSources) {
  const memoOrAnnouncement = spec.kind !== 'request-form' && spec.kind !== 'quarterly-log'
  const preprinted = spec.preprinted ?? src.office.preprintedPaper
  return {
    office: src.office,
    people: src.people,
    thaiDigits: spec.thaiDigits ?? src.office.thaiDigits,
    preprinted,
    urgency: spec.urgency ?? null,
    // Read only when it can be printed: a missing file must not stop a request form.
    emblem: memoOrAnnouncement && !preprinted ? src.emblem() : null
  }
}

/** What makes a memo the same memo (issued-numbers.ts), read from the spec as buildDocument reads it. */
export function documentIdentity(spec: DocumentSpec, today: IsoDate): DocumentIdentity {
  const date = spec.date ?? today
  // The follow-up memos of two quarters dated the same day are two memos.
  if (spec.period !== undefined) return { kind: spec.kind, requestIds: [], fiscalYear: spec.period.fiscalYear, date, period: periodTag(spec.period) }
  const yearly = spec.kind !== 'request-form' && spec.kind !== 'memo-approval'
  return { kind: spec.kind, requestIds: spec.requestIds, fiscalYear: yearly ? (spec.fiscalYear ?? fiscalYearOf(date)) : null, date }
}

/** Builds the document with `bookNo` in its ที่ line (memos; "" leaves the line blank). */
export function buildDocument(spec: DocumentSpec, src: BuildSources, bookNo: string): BuiltDocument {
  checkSpecShape(spec)
  const parts = contextParts(spec, src)
  const date = spec.date ?? src.today
  const kind: PrintableKind = spec.kind
  let model: DocModel
  let docDate: IsoDate = date
  let fy: number | null = null
  /** The reports' text as proofing reads it (report-text.ts); the whole model's for the others. */
  let reportParagraphs: string[] | undefined
  switch (kind) {
    case 'request-form': {
      const request = src.request(spec.requestIds[0] ?? 0)
      model = buildRequestForm(request, makeContext({ ...parts, template: src.templates.load('request-form') }))
      docDate = request.requestDate
      fy = request.fiscalYear
      break
    }
    case 'memo-approval': {
      const requests = spec.requestIds.map((id) => src.request(id))
      const input = { requests, sections: spec.sections, bookNo, date, from: proposer(spec, src), head: head(src.people) }
      model = buildApprovalMemo(input, makeContext({ ...parts, template: src.templates.load('memo-approval') }))
      break
    }
    case 'memo-website-report': {
      fy = spec.fiscalYear ?? fiscalYearOf(date)
      const input = { fy, sections: spec.sections, bookNo, date, from: proposer(spec, src), head: head(src.people) }
      model = buildWebsiteReportMemo(input, makeContext({ ...parts, template: src.templates.load('memo-website-report') }))
      break
    }
    case 'memo-announcement-approval': {
      fy = spec.fiscalYear ?? fiscalYearOf(date)
      const input = { fy, sections: spec.sections, bookNo, date, from: proposer(spec, src), head: head(src.people) }
      model = buildAnnouncementApprovalMemo(input, makeContext({ ...parts, template: src.templates.load('memo-announcement-approval') }))
      break
    }
    case 'announcement': {
      fy = spec.fiscalYear ?? fiscalYearOf(date)
      model = buildAnnouncement({ fy, date, head: head(src.people) }, makeContext({ ...parts, template: src.templates.load('announcement') }))
      break
    }
    case 'quarterly-log':
    case 'memo-quarterly-report': {
      const period = spec.period
      if (period === undefined) throw new AppError('invalid-input', TH.periodNeeded(kind))
      fy = period.fiscalYear
      const range = periodRange(period)
      // A report of a period still running lists what is published up to its own date.
      if (!src.published) throw new Error(`the sources of ${kind} must read the published requests`)
      const items = date < range.start ? [] : src.published({ start: range.start, end: date < range.end ? date : range.end })
      if (kind === 'quarterly-log') {
        const input = { period, date, items, notes: spec.rowNotes, reporter: reporter(spec, src), head: head(src.people) }
        model = buildQuarterlyLog(input, makeContext({ ...parts, template: src.templates.load('quarterly-log') }))
        reportParagraphs = logProofParagraphs(model)
      } else {
        const input = { period, items, sections: spec.sections, bookNo, date, from: proposer(spec, src), head: head(src.people) }
        model = buildFollowUpMemo(input, makeContext({ ...parts, template: src.templates.load('memo-quarterly-report') }))
        reportParagraphs = memoProofParagraphs(model, items.map((i) => i.title))
      }
      break
    }
  }
  const quarter = spec.period === undefined ? undefined : periodQuarter(spec.period)
  const document = { date: docDate, ...(fy === null ? {} : { fiscalYear: fy }), ...(quarter === undefined ? {} : { quarter }) }
  return {
    model,
    paragraphs: reportParagraphs ?? modelParagraphs(model),
    facts: proofFactsOf(src.office, src.people, document),
    date: docDate,
    fiscalYear: fy,
    requestIds: [...spec.requestIds],
    subject: model.title.slice(0, 500),
    numbered: isMemoKind(kind),
    periodTag: spec.period === undefined ? null : periodTag(spec.period)
  }
}
