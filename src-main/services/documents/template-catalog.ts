/**
 * The templates' fixed wording as the settings screen edits it: which kinds the office has
 * changed, the text in use beside the shipped default, saving (checked by the template schema
 * before anything is written) and resetting. Each change is in the audit log with the text's
 * hash, since the wording of official documents is what changed.
 */
import type { AuditAction } from '@shared/domain/audit-vocabulary'
import { createHash } from 'node:crypto'
import { PRINTABLE_KINDS, type MemoDocumentKind, type MemoSectionDefault, type PrintableKind, type TemplateSummary, type TemplateText } from '@shared/domain/documents-schemas'
import { defaultSections } from '../../documents/builders'
import { KIND_LABELS, type TemplateStore } from '../../documents/templates'
import type { AuditLog } from '../audit/audit-log'
import { writeTransaction, type ServiceContext } from '../context'
import type { PeopleService } from '../people/people-service'
import { DOING } from './document-text'

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')

export class TemplateCatalog {
  constructor(
    readonly store: TemplateStore,
    private readonly ctx: ServiceContext,
    private readonly audit: AuditLog,
    private readonly people: PeopleService
  ) {}

  list(): TemplateSummary[] {
    return PRINTABLE_KINDS.map((kind) => ({ kind, label: KIND_LABELS[kind], overridden: this.store.hasOverride(kind) }))
  }

  get(kind: PrintableKind): TemplateText {
    const source = this.store.source(kind)
    return { kind, label: KIND_LABELS[kind], overridden: source.origin === 'office', text: source.text, defaultText: this.store.defaultText(kind) }
  }

  /** Refused with the schema's Thai message (which line, what is wrong) when the text is not a valid template. */
  save(kind: PrintableKind, text: string, actorId: number): TemplateText {
    this.people.requireActor(actorId, [], DOING.template)
    this.store.save(kind, text)
    this.record('template.save', kind, actorId, { sha256: sha256(text), sizeChars: text.length })
    return this.get(kind)
  }

  reset(kind: PrintableKind, actorId: number): TemplateText {
    this.people.requireActor(actorId, [], DOING.template)
    const had = this.store.hasOverride(kind)
    this.store.reset(kind)
    if (had) this.record('template.reset', kind, actorId, {})
    return this.get(kind)
  }

  /** A memo's sections with the text the template in use gives them, for the section editor. */
  sections(kind: MemoDocumentKind): MemoSectionDefault[] {
    return defaultSections(this.store.load(kind))
  }

  private record(action: AuditAction, kind: PrintableKind, actorId: number, detail: Record<string, unknown>): void {
    writeTransaction(this.ctx.db, () => this.audit.append({ actorId, action, entity: 'template', entityId: kind, detail: { kind, ...detail } }))
  }
}
