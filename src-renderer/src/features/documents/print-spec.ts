/**
 * The print dialog's state as plain data, and what it becomes on the wire: a documents:prepare
 * spec, an export with the acknowledged findings, and whether export may be offered. Pure, so
 * the rules (which options belong to which kind, when export is allowed) are unit-tested.
 */
import type { BookNoChoice, DocumentFinding, DocumentSpecInput, ExportFormat, DocumentExportInput } from '@shared/domain/documents-schemas'
import { URGENCY_LEVELS } from '@shared/domain/documents-schemas'

export type RequestPrintKind = 'request-form' | 'memo-approval'
export type Urgency = (typeof URGENCY_LEVELS)[number]
export type BookNoMode = BookNoChoice['mode']

export interface PrintOptions {
  kind: RequestPrintKind
  requestIds: number[]
  thaiDigits: boolean
  /** Memos only. */
  preprinted: boolean
  urgency: Urgency | null
  /** null: the service's default proposer (the assistant head). */
  from: number | null
  bookNoMode: BookNoMode
  bookNoValue: string
  /** The memo's section texts by key, as edited; only those that differ from the template are sent. */
  sections: Record<string, string>
}

export function initialOptions(requestIds: number[], office: { thaiDigits: boolean; preprintedPaper: boolean }, kind: RequestPrintKind = 'request-form'): PrintOptions {
  return { kind, requestIds, thaiDigits: office.thaiDigits, preprinted: office.preprintedPaper, urgency: null, from: null, bookNoMode: 'allocate', bookNoValue: '', sections: {} }
}

/**
 * The spec for documents:prepare / documents:export. The form carries no memo options (the
 * service refuses sections and book numbers on it); section texts equal to the template's are
 * left out so a later template edit is not masked by a stale copy.
 */
export function specOf(o: PrintOptions, defaults: Record<string, string> = {}): DocumentSpecInput {
  const spec: DocumentSpecInput = { kind: o.kind, requestIds: o.requestIds, thaiDigits: o.thaiDigits }
  if (o.kind === 'request-form') return spec
  const edited = Object.fromEntries(Object.entries(o.sections).filter(([key, text]) => defaults[key] !== text))
  return {
    ...spec,
    preprinted: o.preprinted,
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
  // Only ids of the findings on screen: a tick left from an earlier preview means nothing now.
  return { ...spec, format, acknowledged: findings.filter((f) => acknowledged.has(f.id)).map((f) => f.id) }
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
export function sameSpec(a: DocumentSpecInput | null, b: DocumentSpecInput): boolean {
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
