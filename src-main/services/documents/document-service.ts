/**
 * Printing the register's documents: a preview with proofing's findings, then the export that
 * gives a memo its book number (ที่) and records the file in the audit log.
 *
 * Book numbers and rendering. Rendering is asynchronous (pdfmake, docx's zip) and a SQLite
 * transaction cannot stay open across an await — other calls on the same connection would run
 * inside it. So the export works optimistically:
 *   1. it learns the number the register would give now, by allocating inside a transaction that
 *      is rolled back (every rule of BookNumberService applies; nothing is kept, the append-only
 *      audit log included, because its entry is rolled back with the rest);
 *   2. it builds and proofs the document with that number and renders it;
 *   3. in one write transaction it allocates for real, checks that the number is the one printed,
 *      and appends the export's audit entry (kind, requests, number, format, sha256).
 * A failure in 1–2 consumes nothing. If another window or the CLI took the number in between,
 * step 3 rolls back and the export starts again with the next number (a few times at most).
 * The preview never allocates: its ที่ line shows the prefix and dots ("นภ ๐๓๓๒/........").
 *
 * A memo keeps its number: exporting the same memo again (as the other format, or after fixing a
 * typo) prints the number its first export was given and takes none (issued-numbers.ts). The
 * preview of such a memo shows that number.
 */
import { createHash } from 'node:crypto'
import type {
  DocumentCheck,
  DocumentExport,
  DocumentExportInput,
  DocumentFinding,
  DocumentPreview,
  DocumentSpec,
  DocumentSpecInput,
  EmblemImage,
  OfficeFontInfo,
  ExportFormat
} from '@shared/domain/documents-schemas'
import { documentExportInput, documentSpec, isMemoKind } from '@shared/domain/documents-schemas'
import type { BookNumber } from '@shared/domain/records'
import type { OfficeProfile } from '@shared/domain/schemas'
import { AppError } from '@shared/result'
import { todayIso, type IsoDate } from '@shared/thai'
import { proofDocument } from '../../documents/proofing/proof-document'
import { proofFactsOf } from '../../documents/builders'
import { extractText } from '../../documents/proofing/extract-text'
import { renderDocx } from '../../documents/render/docx'
import { renderPdf } from '../../documents/render/pdf/render-pdf'
import type { PdfFontFamily } from '../../documents/pdf/thai-pdfmake'
import type { TemplateStore } from '../../documents/templates'
import type { AuditLog } from '../audit/audit-log'
import { canonicalPrefix, formatBookNo, parseBookNo } from '../book-numbers/book-no'
import type { BookNumberService } from '../book-numbers/book-number-service'
import { badBookNo } from '../book-numbers/book-number-text'
import { writeTransaction, type ServiceContext } from '../context'
import type { OfficeService } from '../office/office-service'
import type { PeopleService } from '../people/people-service'
import type { RequestService } from '../requests/request-service'
import { parseInput } from '../validate'
import { buildDocument, checkSpecShape, documentIdentity, type BuildSources, type BuiltDocument } from './build-document'
import { DOING, FONT_TH, TH } from './document-text'
import { readEmblem } from './emblem-store'
import { documentFileName } from './file-name'
import { unacknowledged, withIds } from './findings'
import { documentKey, issuedNumberId } from './issued-numbers'
import type { StagedFile } from '../../fs/atomic-write'
import { OfficeEmblem } from './office-emblem'
import { OfficeFont, type FontUpload } from './office-font'
import { publishedIn } from '../reports/published-items'
import { TemplateCatalog } from './template-catalog'

export interface DocumentServiceDeps {
  ctx: ServiceContext
  office: OfficeService
  people: PeopleService
  requests: RequestService
  bookNumbers: BookNumberService
  audit: AuditLog
  templates: TemplateStore
}

/** The place of a number not given yet, in the preview. */
export const NUMBER_DOTS = '........'
const MAX_ATTEMPTS = 4

export interface ExportOptions {
  /**
   * Writes the file somewhere before the number is committed (the CLI's --out), returning a
   * staged file: committed inside the book-number transaction, aborted when it fails.
   */
  stage?(bytes: Buffer, fileName: string): StagedFile
}

export interface ExportedFile extends Omit<DocumentExport, 'contentBase64'> {
  bytes: Buffer
}

/** The number a memo's export prints: given now, or kept from an earlier export of the same memo. */
interface Issued {
  number: BookNumber
  reused: boolean
}

/** What the ที่ line shows before the export, and the number the memo already has (if any). */
interface PlannedNumber {
  bookNo: string
  kept: BookNumber | null
}

/** Thrown inside the commit transaction when the register's next number is no longer the one printed. */
class NumberMoved extends Error {}
/** Thrown to roll a dry run back. */
class DryRun extends Error {}

export class DocumentService {
  /** The templates' wording: list, get, save, reset, and a memo's default sections. */
  readonly templates: TemplateCatalog
  private readonly officeEmblem: OfficeEmblem
  private readonly officeFont: OfficeFont

  constructor(private readonly d: DocumentServiceDeps) {
    this.templates = new TemplateCatalog(d.templates, d.ctx, d.audit, d.people)
    this.officeEmblem = new OfficeEmblem(d.ctx, d.office, d.audit, () => this.requireOffice())
    this.officeFont = new OfficeFont(d.ctx, d.audit)
  }

  /** The office's Garuda as stored, or null when none is set. */
  emblem(): EmblemImage | null {
    return this.officeEmblem.get()
  }

  /** Makes `bytes` (PNG or JPEG, told by content) the office's Garuda; `fileName` names it in errors. */
  setEmblem(bytes: Uint8Array, fileName: string, actorId: number): EmblemImage {
    this.d.people.requireActor(actorId, [], DOING.emblem)
    return this.officeEmblem.set(bytes, fileName, actorId)
  }

  /** The office's own TrueType font PDFs are drawn in, or null for the shipped Sarabun. */
  pdfFont(): OfficeFontInfo | null {
    return this.officeFont.info()
  }

  /** Makes the uploaded TTF (regular, with its bold face when given) the font PDFs are drawn in. */
  setPdfFont(uploads: readonly FontUpload[], actorId: number): OfficeFontInfo {
    this.d.people.requireActor(actorId, [], FONT_TH.doing)
    return this.officeFont.set(uploads, actorId)
  }

  removePdfFont(actorId: number): void {
    this.d.people.requireActor(actorId, [], FONT_TH.doing)
    this.officeFont.remove(actorId)
  }

  removeEmblem(actorId: number): void {
    this.d.people.requireActor(actorId, [], DOING.emblem)
    this.officeEmblem.remove(actorId)
  }

  /** The spec's findings with their ids, on the text as the preview shows it. */
  proof(input: DocumentSpecInput): DocumentFinding[] {
    const spec = parseInput(documentSpec, input)
    return this.findings(this.build(spec, this.plannedNumber(spec).bookNo))
  }

  /** The document's title (a memo's subject) as it will print: built, not rendered. */
  title(input: DocumentSpecInput): string {
    const spec = parseInput(documentSpec, input)
    return this.build(spec, this.plannedNumber(spec).bookNo).model.title
  }

  async prepare(input: DocumentSpecInput): Promise<DocumentPreview> {
    const spec = parseInput(documentSpec, input)
    const planned = this.plannedNumber(spec)
    const bookNo = planned.bookNo
    const built = this.build(spec, bookNo)
    const findings = this.findings(built)
    const preview = await renderPdf(built.model, this.pdfOptions()).then(
      (pdf) => ({ pdf: pdf.toString('base64'), error: null }),
      (error: unknown) => {
        // What cannot be drawn is what proofing flagged: the findings must still reach the person.
        if (error instanceof AppError && findings.length > 0) return { pdf: null, error: error.message }
        throw error
      }
    )
    const office = this.requireOffice()
    const notices: string[] = []
    if (planned.kept) notices.push(TH.keptNumber(formatBookNo(planned.kept, built.model.page.thaiDigits), planned.kept.allocatedAt))
    else if (built.numbered && (spec.bookNo?.mode ?? 'allocate') === 'allocate') notices.push(TH.previewNumber)
    if (built.numbered && spec.bookNo?.mode === 'none') notices.push(TH.blankNumber)
    if (spec.kind !== 'request-form' && spec.kind !== 'quarterly-log' && !(spec.preprinted ?? office.preprintedPaper) && office.emblemFile === '') notices.push(TH.noEmblem)
    return {
      kind: spec.kind,
      title: built.model.title,
      findings,
      previewPdfBase64: preview.pdf,
      previewError: preview.error,
      suggestedFileName: this.fileName(spec, built, planned.kept?.bookNo ?? null, 'pdf'),
      bookNoPreview: bookNo === '' ? '' : formatBookNo({ bookNo }, built.model.page.thaiDigits),
      notices
    }
  }

  async export(input: DocumentExportInput, actorId: number): Promise<DocumentExport> {
    const { bytes, ...rest } = await this.exportFile(input, actorId)
    return { ...rest, contentBase64: bytes.toString('base64') }
  }

  /** The export, giving the file's bytes (the CLI writes them; IPC sends them as base64). */
  async exportFile(input: DocumentExportInput, actorId: number, options: ExportOptions = {}): Promise<ExportedFile> {
    const spec = parseInput(documentExportInput, input)
    checkSpecShape(spec)
    this.d.people.requireActor(actorId, [], DOING.export)
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const draft = this.build(spec, this.plannedNumber(spec).bookNo)
      const planned = draft.numbered ? this.dryRun(() => this.issue(spec, draft, actorId))?.number ?? null : null
      const built = planned === null ? draft : this.build(spec, planned.bookNo)
      const missing = unacknowledged(this.findings(built), spec.acknowledged)
      if (missing.length > 0) throw new AppError('invalid-input', TH.unacknowledged(missing))
      const bytes = await this.render(built, spec.format)
      const fileName = this.fileName(spec, built, planned?.bookNo ?? null, spec.format)
      const sha256 = createHash('sha256').update(bytes).digest('hex')
      const staged = options.stage?.(bytes, fileName)
      try {
        const issued = writeTransaction(this.d.ctx.db, () => {
          const issued = built.numbered ? this.issue(spec, built, actorId) : null
          const given = issued?.number ?? null
          if ((given?.bookNo ?? null) !== (planned?.bookNo ?? null)) throw new NumberMoved()
          this.d.audit.append({
            actorId,
            action: 'document.export',
            entity: 'document',
            entityId: sha256,
            detail: {
              kind: spec.kind,
              requestIds: built.requestIds,
              documentKey: this.keyOf(spec),
              bookNo: given?.bookNo ?? null,
              bookNumberId: given?.id ?? null,
              reusedBookNo: issued?.reused ?? false,
              format: spec.format,
              sha256,
              fileName,
              sizeBytes: bytes.length,
              acknowledged: spec.acknowledged
            }
          })
          // Last: if the file cannot be put in place, the number and the entry roll back with it.
          staged?.commit()
          return issued
        })
        const thai = built.model.page.thaiDigits
        const number = issued?.number ?? null
        return {
          fileName,
          format: spec.format,
          bytes,
          sha256,
          bookNo: number ? formatBookNo(number, thai) : null,
          bookNumberId: number?.id ?? null,
          reusedBookNo: issued?.reused ?? false
        }
      } catch (error) {
        staged?.abort()
        if (!(error instanceof NumberMoved)) throw error
      }
    }
    throw new AppError('conflict', TH.numberRace)
  }

  /** Proofs a DOCX or PDF made anywhere against the register's office and people. */
  async check(bytes: Uint8Array, fileName: string): Promise<DocumentCheck> {
    const office = this.requireOffice()
    const text = await extractText({ fileName, bytes })
    const findings = withIds(proofDocument(text.paragraphs, proofFactsOf(office, this.d.people.list())))
    return { kind: text.kind, paragraphCount: text.paragraphs.length, findings }
  }

  private findings(built: BuiltDocument): DocumentFinding[] {
    return withIds(proofDocument(built.paragraphs, built.facts))
  }

  /** The office's font when it has one; the shipped Sarabun otherwise. */
  private pdfOptions(): { font?: PdfFontFamily } {
    const font = this.officeFont.family()
    return font ? { font } : {}
  }

  private async render(built: BuiltDocument, format: ExportFormat): Promise<Buffer> {
    if (format === 'pdf') return renderPdf(built.model, this.pdfOptions())
    return renderDocx(built.model, { fontFamily: this.requireOffice().documentFont })
  }

  /**
   * What the ที่ line shows before the export: the number the memo already has from an earlier
   * export, else the prefix and dots for a number to be allocated; the typed number (checked, in
   * its canonical spelling) for a manual one; nothing for none.
   */
  private plannedNumber(spec: DocumentSpec): PlannedNumber {
    checkSpecShape(spec)
    const choice = spec.bookNo ?? { mode: 'allocate' as const }
    // Only memos carry a ที่ (the form, the announcement and the quarterly log do not).
    if (!isMemoKind(spec.kind) || choice.mode === 'none') return { bookNo: '', kept: null }
    if (choice.mode === 'manual') {
      const typed = this.typedNumber(choice.value)
      const kept = this.keptNumber(spec)
      return { bookNo: typed, kept: kept?.bookNo === typed ? kept : null }
    }
    const kept = this.keptNumber(spec)
    return kept ? { bookNo: kept.bookNo, kept } : { bookNo: `${canonicalPrefix(this.requireOffice().bookPrefix)}/${NUMBER_DOTS}`, kept: null }
  }

  /** The check record() makes at export, made early, with the register's wording of the problem. */
  private typedNumber(value: string): string {
    const parsed = parseBookNo(value)
    if (!parsed.ok) throw badBookNo(value, parsed.problem)
    return parsed.value.bookNo
  }

  private keyOf(spec: DocumentSpec): string {
    return documentKey(documentIdentity(spec, this.today()))
  }

  /** The number an earlier export of this same memo printed, or null. */
  private keptNumber(spec: DocumentSpec): BookNumber | null {
    const id = issuedNumberId(this.d.ctx.db, this.keyOf(spec))
    return id === null ? null : this.d.bookNumbers.get(id)
  }

  /**
   * The memo's number for this export: the one it already has (a number typed by hand is kept
   * only when the same number is typed again; another one is a correction and is recorded), else
   * the next of the register or the typed one.
   */
  private issue(spec: DocumentSpec, built: BuiltDocument, actorId: number): Issued | null {
    const choice = spec.bookNo ?? { mode: 'allocate' as const }
    if (choice.mode === 'none') return null
    const kept = this.keptNumber(spec)
    const entry = { documentKind: spec.kind, subject: built.subject, requestIds: built.requestIds, documentDate: built.date, byId: actorId }
    if (choice.mode === 'allocate') return kept ? { number: kept, reused: true } : { number: this.d.bookNumbers.allocate(entry), reused: false }
    if (kept && kept.bookNo === this.typedNumber(choice.value)) return { number: kept, reused: true }
    return { number: this.d.bookNumbers.record({ ...entry, bookNo: choice.value }), reused: false }
  }

  /** Runs `fn` in a write transaction that is always rolled back, and gives what it returned. */
  private dryRun<T>(fn: () => T): T {
    const box: { value: T }[] = []
    try {
      writeTransaction(this.d.ctx.db, () => {
        box.push({ value: fn() })
        throw new DryRun()
      })
    } catch (error) {
      if (!(error instanceof DryRun)) throw error
    }
    const first = box[0]
    if (!first) throw new Error('dry run ended without a value')
    return first.value
  }

  private fileName(spec: DocumentSpec, built: BuiltDocument, bookNo: string | null, format: ExportFormat): string {
    return documentFileName({ kind: spec.kind, bookNo, requestIds: built.requestIds, fiscalYear: built.fiscalYear, date: built.date, period: built.periodTag }, format)
  }

  private build(spec: DocumentSpec, bookNo: string): BuiltDocument {
    return buildDocument(spec, this.sources(), bookNo)
  }

  private sources(): BuildSources {
    const office = this.requireOffice()
    const { people, requests, templates, ctx } = this.d
    return {
      office,
      people: people.list(),
      request: (id) => requests.get(id),
      signer: (id) => people.requireActor(id, [], DOING.sign),
      templates,
      emblem: () => readEmblem(ctx.dataDir, office.emblemFile),
      published: (range) => publishedIn(ctx.db, range),
      today: this.today()
    }
  }

  private today(): IsoDate {
    return todayIso(new Date(this.d.ctx.clock.now()))
  }

  requireOffice(): OfficeProfile {
    const office = this.d.office.get()
    if (!office) throw new AppError('not-found', TH.noOffice)
    return office
  }
}
