/** What the register gives back: records as the UI and the CLI read them. */
import type { RequestAction, RequestStatus } from './request-status'
import type { BookNumbering, Category, Indicator, OfficeProfile, Person } from './schemas'

export interface AttachmentRecord {
  id: number
  requestId: number
  fileName: string
  sha256: string
  sizeBytes: number
  /** The type found in the content: pdf, docx, xlsx, doc, xls, jpg, zip, rar. */
  kind: string
  addedAt: string
}

export interface StatusEvent {
  id: number
  requestId: number
  fromStatus: RequestStatus | null
  toStatus: RequestStatus
  action: RequestAction | 'create' | 'edit'
  byId: number
  byName: string
  /** When it happened (ISO date-time, UTC). */
  at: string
  /** When the decision was made, if it was recorded later (verbal approval). */
  decidedAt: string | null
  verbal: boolean
  reason: string
}

export interface RequestListRow {
  id: number
  title: string
  ownerUnit: string
  requestDate: string
  status: RequestStatus
  categoryCode: string
  fiscalYear: number
  requesterName: string
  attachmentCount: number
  publishUntil: string | null
  updatedAt: string
}

export interface RequestDetail {
  id: number
  ownerUnit: string
  requestDate: string
  title: string
  details: string
  externalLink: string
  note: string
  requesterId: number
  requesterName: string
  categoryCode: string
  categoryName: string
  indicators: Indicator[]
  fiscalYear: number
  /** 1–4; the first quarter of fiscalYear for a request filed ahead for the coming year, whatever its date. */
  fiscalQuarter: number
  periodStart: string | null
  periodEnd: string | null
  publishUntil: string | null
  status: RequestStatus
  approval: { byId: number; byName: string; verbal: boolean; at: string } | null
  rejectionReason: string
  published: { byId: number; byName: string; at: string; publicUrl: string } | null
  withdrawn: { byId: number; byName: string; at: string; reason: string } | null
  createdAt: string
  updatedAt: string
  attachments: AttachmentRecord[]
  history: StatusEvent[]
}

export interface RequestPage {
  total: number
  rows: RequestListRow[]
}

export interface AttachmentCheck {
  fileName: string
  kind: string
  sizeBytes: number
  sha256: string
  /** The same content is already attached elsewhere: said to the user, not refused. */
  duplicates: { requestId: number; title: string; fileName: string }[]
}

export interface AuditEntry {
  seq: number
  at: string
  actorId: number | null
  actorName: string
  action: string
  entity: string
  entityId: string
  detail: unknown
  prevHash: string
  hash: string
}

/** One entry of the office's outgoing register: a book number (ที่) given to a document. */
export interface BookNumber {
  id: number
  /** The office's prefix when the number was given (canonical: Arabic digits), e.g. "นภ 0332". */
  prefix: string
  yearKind: BookNumbering
  /** The numbering year (Buddhist Era): calendar year or fiscal year of the document's date. */
  year: number
  /** The running number; null for a typed number whose tail is not a plain number (e.g. "ว 12"). */
  number: number | null
  /** As printed, stored with Arabic digits: "นภ 0332/878". Print with formatBookNo (Thai digits). */
  bookNo: string
  /** Typed by hand rather than allocated. */
  manual: boolean
  documentKind: string
  subject: string
  requestIds: number[]
  documentDate: string
  allocatedAt: string
  allocatedById: number
  allocatedByName: string
}

export type AuditVerification =
  | { ok: true; entries: number; lastHash: string }
  | { ok: false; entries: number; firstBadSeq: number; problem: 'changed' | 'removed' | 'inserted'; message: string }

export interface AppInfo {
  version: string
  dataDir: string
  setupComplete: boolean
  today: string
  /** 'electron' in the desktop app, 'web' through the loopback bridge. */
  shell: 'electron' | 'web'
}

export type { Category, Indicator, OfficeProfile, Person }
