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
import type { OfficeProfile, Person } from '@shared/domain/schemas'
import { AppError } from '@shared/result'
import { fiscalYearOf, type IsoDate } from '@shared/thai'
import {
  buildAnnouncement,
  buildAnnouncementApprovalMemo,
  buildApprovalMemo,
  buildRequestForm,
  buildWebsiteReportMemo,
  makeContext,
  modelParagraphs,
  proofFactsOf
} from '../../documents/builders'
import type { ProofFacts } from '../../documents/proofing'
import type { TemplateStore } from '../../documents/templates'
import { TH } from './document-text'

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

/** The print choices of the spec, else the office's. */
function contextParts(spec: DocumentSpec, src: BuildSources) {
  const memoOrAnnouncement = spec.kind !== 'request-form'
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

/** Builds the document with `bookNo` in its ที่ line (memos; "" leaves the line blank). */
export function buildDocument(spec: DocumentSpec, src: BuildSources, bookNo: string): BuiltDocument {
  checkSpecShape(spec)
  const parts = contextParts(spec, src)
  const date = spec.date ?? src.today
  const kind: PrintableKind = spec.kind
  let model: DocModel
  let docDate: IsoDate = date
  let fy: number | null = null
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
  }
  const document = fy === null ? { date: docDate } : { date: docDate, fiscalYear: fy }
  return {
    model,
    paragraphs: modelParagraphs(model),
    facts: proofFactsOf(src.office, src.people, document),
    date: docDate,
    fiscalYear: fy,
    requestIds: [...spec.requestIds],
    subject: model.title.slice(0, 500),
    numbered: isMemoKind(kind)
  }
}
