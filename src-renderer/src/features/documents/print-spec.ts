/**
 * The print screens' state as plain data, and what it becomes on the wire: a documents:prepare
 * spec, an export with the acknowledged findings, and whether export may be offered. Pure, so
 * the rules (which options belong to which kind, when export is allowed) are unit-tested.
 *
 * One state serves the documents of a request (the form, the approval memo of one or several
 * requests) and the yearly documents (the website report, the announcement's approval memo, the
 * announcement of a fiscal year): the kind decides which of its parts go into the spec.
 */
import type { BookNoChoice, DocumentFinding, DocumentSpecInput, ExportFormat, DocumentExportInput } from '@shared/domain/documents-schemas'
import { isMemoKind, URGENCY_LEVELS } from '@shared/domain/documents-schemas'

/** The documents the print screens make (the quarterly reports have their own screen). */
export type PrintKind = 'request-form' | 'memo-approval' | 'memo-website-report' | 'memo-announcement-approval' | 'announcement'
/** The documents printed from requests. */
export type RequestPrintKind = 'request-form' | 'memo-approval'
/** The documents of a fiscal year, printed from the yearly documents page. */
export type YearPrintKind = 'memo-website-report' | 'memo-announcement-approval' | 'announcement'
export const YEAR_PRINT_KINDS = ['memo-website-report', 'memo-announcement-approval', 'announcement'] as const satisfies readonly YearPrintKind[]
export type Urgency = (typeof URGENCY_LEVELS)[number]
export type BookNoMode = BookNoChoice['mode']

export interface PrintOptions {
  kind: PrintKind
  /** The form: one; the approval memo: one or more; the yearly documents: none. */
  requestIds: number[]
  /** The yearly documents' fiscal year (BE); null for the documents of requests. */
  fiscalYear: number | null
  /** The document's date (YYYY-MM-DD); '' for today. The form is dated by its request. */
  date: string
  thaiDigits: boolean
  /** Memos and the announcement. */
  preprinted: boolean
  /** Memos only. */
  urgency: Urgency | null
  /** Memos only; null: the service's default proposer (the assistant head). */
  from: number | null
  bookNoMode: BookNoMode
  bookNoValue: string
  /** Each memo's section texts by key, as edited; only those that differ from the template are sent. */
  sections: Partial<Record<PrintKind, Record<string, string>>>
}

export interface PrintTarget {
  requestIds?: number[]
  fiscalYear?: number | null
}

export function initialOptions(target: number[] | PrintTarget, office: { thaiDigits: boolean; preprintedPaper: boolean }, kind: PrintKind = 'request-form'): PrintOptions {
  const { requestIds = [], fiscalYear = null } = Array.isArray(target) ? { requestIds: target } : target
  return {
    kind,
    requestIds,
    fiscalYear,
    date: '',
    thaiDigits: office.thaiDigits,
    preprinted: office.preprintedPaper,
    urgency: null,
    from: null,
    bookNoMode: 'allocate',
    bookNoValue: '',
    sections: {}
  }
}

/** The sections edited for the memo on screen. */
export function sectionsOf(o: PrintOptions): Record<string, string> {
  return o.sections[o.kind] ?? {}
}

/** A memo's sections with one section's text set, or dropped (`null`: back to the template's). */
export function withSection(sections: Record<string, string>, key: string, text: string | null): Record<string, string> {
  const next = { ...sections }
  if (text === null) delete next[key]
  else next[key] = text
  return next
}

/**
 * The spec for documents:prepare / documents:export. The form carries no memo options (the
 * service refuses sections and book numbers on it), the announcement no book number or urgency,
 * the yearly documents no requests; section texts equal to the template's are left out so a
 * later template edit is not masked by a stale copy.
 */
export function specOf(o: PrintOptions, defaults: Record<string, string> = {}): DocumentSpecInput {
  if (o.kind === 'request-form') return { kind: o.kind, requestIds: o.requestIds, thaiDigits: o.thaiDigits }
  const spec: DocumentSpecInput = {
    kind: o.kind,
    ...(o.kind === 'memo-approval' ? { requestIds: o.requestIds } : {}),
    ...(o.kind !== 'memo-approval' && o.fiscalYear !== null ? { fiscalYear: o.fiscalYear } : {}),
    ...(o.date !== '' ? { date: o.date } : {}),
    thaiDigits: o.thaiDigits,
    preprinted: o.preprinted
  }
  if (!isMemoKind(o.kind)) return spec
  const edited = Object.fromEntries(Object.entries(sectionsOf(o)).filter(([key, text]) => defaults[key] !== text))
  return {
    ...spec,
    urgency: o.urgency,
    ...(o.from !== null ? { from: o.from } : {}),
    bookNo: bookNoOf(o),
    ...(Object.keys(edited).length > 0 ? { sections: edited } : {})
  }
}

function bookNoOf(o: PrintOptions): BookNoChoice {
  if (o.bookNoMode === 'manual') return { mode: 'manual', value: o.bookNoValue }
  return o.bookNoMode === 'none' ? { mode: 'none' } : { mode: 'allocate' }
}

export function exportInputOf(spec: DocumentSpecInput, format: ExportFormat, acknowledged: ReadonlySet<string>, findings: readonly DocumentFinding[]): DocumentExportInput {
  return { ...spec, format, acknowledged: acknowledgedIds(findings, acknowledged) }
}

/** The ticked ids of the findings on screen only: a tick left from an earlier preview means nothing now. */
export function acknowledgedIds(findings: readonly DocumentFinding[], acknowledged: ReadonlySet<string>): string[] {
  return findings.filter((f) => acknowledged.has(f.id)).map((f) => f.id)
}

export function unacknowledged(findings: readonly DocumentFinding[], acknowledged: ReadonlySet<string>): DocumentFinding[] {
  return findings.filter((f) => !acknowledged.has(f.id))
}

export interface ExportGate {
  /** A preview was made from the options now on screen. */
  fresh: boolean
  findings: readonly DocumentFinding[] | null
  acknowledged: ReadonlySet<string>
  busy: boolean
}

/** Export is offered only for the document the person has seen and checked. */
export function canExport(g: ExportGate): boolean {
  return g.fresh && !g.busy && g.findings !== null && unacknowledged(g.findings, g.acknowledged).length === 0
}

/** Same options, same spec: the preview on screen still shows what export would make. */
export function sameSpec<S>(a: S | null, b: S): boolean {
  return a !== null && JSON.stringify(a) === JSON.stringify(b)
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

export function mimeTypeOf(fileName: string): string {
  if (/\.pdf$/i.test(fileName)) return 'application/pdf'
  if (/\.docx$/i.test(fileName)) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  return 'application/octet-stream'
}
