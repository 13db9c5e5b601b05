/**
 * MOIT evidence for one indicator and one period of a fiscal year (issue 5, requirement 4):
 *
 * - `pack`: one PDF — a contents page, then for each published item of the period linked to the
 *   indicator, in publication order: its approval memo, the document (its PDF attachments merged
 *   as they are, JPEGs placed on a page, other files listed with their public URL), and the
 *   request form. The memo is built by the same builder as the documents screen prints it, with
 *   the book number the outgoing register already holds for the request, or with its ที่ left
 *   blank when there is none: evidence never takes a number (a number belongs to a document that
 *   was sent, not to each copy printed for assessors). Its wording is the template's in use: the
 *   section texts a person may have edited when it was first printed are not kept by the register.
 * - `checklist`: the MITAS rows (see checklist.ts) as XLSX or CSV.
 *
 * An item is "of the period" when its request is published and its publication day in Thailand
 * falls within the period. Both files are recorded in the audit log with their SHA-256, so what
 * was handed to the assessors can be shown later.
 */
import type { AuditAction } from '@shared/domain/audit-vocabulary'
import { createHash } from 'node:crypto'
import type { ChecklistFormat, EvidenceChecklistInput, EvidenceItem, EvidencePeriodInput } from '@shared/domain/evidence-schemas'
import { evidenceChecklistInput, evidencePeriodInput } from '@shared/domain/evidence-schemas'
import { documentSpec, type DocumentSpecInput } from '@shared/domain/documents-schemas'
import type { Indicator, OfficeProfile, RequestDetail } from '@shared/domain/records'
import { AppError } from '@shared/result'
import { formatDigits, formatThaiDate, todayIso } from '@shared/thai'
import { convertDigits } from '../../documents/builders'
import { renderPdf } from '../../documents/render/pdf/render-pdf'
import type { AttachmentService } from '../attachments/attachment-service'
import type { AuditLog } from '../audit/audit-log'
import { formatBookNo } from '../book-numbers/book-no'
import type { StagedFile } from '../../fs/atomic-write'
import { writeTransaction, type ServiceContext } from '../context'
import { buildDocument, type BuildSources } from '../documents/build-document'
import type { DocumentService } from '../documents/document-service'
import { readEmblem } from '../documents/emblem-store'
import type { PeopleService } from '../people/people-service'
import type { RequestService } from '../requests/request-service'
import { parseInput } from '../validate'
import { checklistRows, type ChecklistRow, type ChecklistSource } from './checklist'
import { checklistCsv, checklistXlsx } from './checklist-files'
import { contentsModel } from './contents-model'
import type { CatalogService } from '../catalog/catalog-service'
import { findIndicator, issuedMemo, linkedRequests, liveFileUrls, type LinkedRequest } from './evidence-query'
import { assemblePack, jpegPlaceable, openPdf, type Segment, type SegmentedItem } from './evidence-pack'
import { TH } from './evidence-text'
import type { ReportPeriod } from '@shared/domain/report-period'
import { bangkokDay, inPeriod, periodLabel, periodRange, periodTag } from './period'

export interface EvidenceServiceDeps {
  ctx: ServiceContext
  catalog: CatalogService
  people: PeopleService
  requests: RequestService
  attachments: AttachmentService
  documents: DocumentService
  audit: AuditLog
}

/** More items than this make a pack nobody reads in one sitting; a quarter is the way to split it. */
export const MAX_PACK_ITEMS = 300

export interface EvidenceOutputOptions {
  /**
   * Writes the file somewhere (the CLI's --out) before the audit entry is committed: committed
   * inside that transaction, aborted when it fails, so the log never names a file not written.
   */
  stage?(bytes: Buffer, fileName: string): StagedFile
  /** Refuses a larger file, in Thai, before anything is recorded (what IPC can carry to a save dialog). */
  maxBytes?: number
}

export interface EvidencePackResult {
  fileName: string
  bytes: Buffer
  sha256: string
  pageCount: number
  contentsPageCount: number
  items: EvidenceItem[]
}

export interface EvidenceChecklistResult {
  fileName: string
  format: ChecklistFormat
  bytes: Buffer
  sha256: string
  rows: ChecklistRow[]
}

interface Scope {
  office: OfficeProfile
  indicator: Indicator
  period: ReportPeriod
  linked: LinkedRequest[]
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/** "MOIT 1" → "MOIT1" for file names (no spaces, nothing Windows refuses). */
function codeFilePart(code: string): string {
  return formatDigits(code.normalize('NFC'), false).replace(/[\\/<>:"|?*\u0000-\u001f\s]/g, '')
}

export class EvidenceService {
  constructor(private readonly d: EvidenceServiceDeps) {}

  /** The evidence pack as one PDF; refused in Thai when the period has no published item. */
  async pack(input: EvidencePeriodInput, actorId: number | null = null, options: EvidenceOutputOptions = {}): Promise<EvidencePackResult> {
    const spec = parseInput(evidencePeriodInput, input)
    this.checkActor(actorId, TH.doing.pack)
    const scope = this.scope(spec.indicatorCode, spec.period)
    const thai = scope.office.thaiDigits
    const label = periodLabel(scope.period, thai)
    const published = scope.linked
      .filter((r) => r.status === 'published' && r.publishedAt !== null && inPeriod(scope.period, bangkokDay(r.publishedAt)))
      // By the instant, not the stored text: a decision entered later is stored as a bare date.
      .sort((a, b) => Date.parse(a.publishedAt ?? '') - Date.parse(b.publishedAt ?? '') || a.id - b.id)
    if (published.length === 0) throw new AppError('not-found', TH.nothingPublished(scope.indicator.code, periodLabel(scope.period, true)))
    if (published.length > MAX_PACK_ITEMS) throw new AppError('invalid-input', TH.tooManyItems(published.length, MAX_PACK_ITEMS))

    const sources = this.buildSources(scope.office)
    const items: SegmentedItem[] = []
    for (const r of published) items.push(await this.segmentsOf(this.d.requests.get(r.id), sources, thai))

    const today = todayIso(new Date(this.d.ctx.clock.now()))
    const madeAt = new Date(this.d.ctx.clock.now())
    const assembled = await assemblePack(
      items,
      (numbered, totalPages) =>
        renderPdf(
          contentsModel({
            officeName: scope.office.name,
            indicatorCode: scope.indicator.code,
            indicatorTitle: scope.indicator.title,
            periodLabel: label,
            items: numbered,
            totalPages,
            today,
            thaiDigits: thai
          })
        ),
      { title: `${TH.contents.documentTitle(scope.indicator.code)} ${label}`, subject: `${scope.indicator.code} ${scope.indicator.title}`, madeAt }
    )
    const fileName = `หลักฐาน-${codeFilePart(scope.indicator.code)}-${periodTag(scope.period)}.pdf`
    const hash = sha256(assembled.bytes)
    this.checkSize(assembled.bytes, options.maxBytes)
    this.record('evidence.pack', actorId, scope, options.stage?.(assembled.bytes, fileName), {
      format: 'pdf',
      fileName,
      sha256: hash,
      sizeBytes: assembled.bytes.length,
      pageCount: assembled.pageCount,
      requestIds: assembled.items.map((i) => i.requestId)
    })
    return { fileName, bytes: assembled.bytes, sha256: hash, pageCount: assembled.pageCount, contentsPageCount: assembled.contentsPageCount, items: assembled.items }
  }

  /** The MITAS checklist; an indicator without evidence still gets its ไม่มี row(s). */
  async checklist(input: EvidenceChecklistInput, actorId: number | null = null, options: EvidenceOutputOptions = {}): Promise<EvidenceChecklistResult> {
    const spec = parseInput(evidenceChecklistInput, input)
    this.checkActor(actorId, TH.doing.checklist)
    const scope = this.scope(spec.indicatorCode, spec.period)
    const thai = scope.office.thaiDigits
    const sources: ChecklistSource[] = scope.linked.map((request) => {
      const live = [...liveFileUrls(this.d.ctx.db, request.id).values()]
      return { request, urls: live.length > 0 ? live : request.publicUrl.trim() !== '' ? [request.publicUrl.trim()] : [] }
    })
    const rows = checklistRows(scope.indicator, scope.period, sources, thai)
    const now = this.d.ctx.clock.now()
    const present = rows.filter((r) => r.present).length
    const bytes =
      spec.format === 'csv'
        ? checklistCsv(rows)
        : await checklistXlsx(rows, {
            office: scope.office.name,
            indicator: `${scope.indicator.code} ${scope.indicator.title}`,
            period: periodLabel(scope.period, thai),
            madeAt: now,
            madeText: `${formatThaiDate(todayIso(new Date(now)), { thaiDigits: thai })} ${formatDigits(bangkokTime(now), thai)} น.`,
            countsText: formatDigits(TH.checklist.counts(rows.length, present), thai),
            font: scope.office.documentFont
          })
    const fileName = `รายการตรวจหลักฐาน-${codeFilePart(scope.indicator.code)}-${periodTag(scope.period)}.${spec.format}`
    const hash = sha256(bytes)
    this.checkSize(bytes, options.maxBytes)
    this.record('evidence.checklist', actorId, scope, options.stage?.(bytes, fileName), { format: spec.format, fileName, sha256: hash, sizeBytes: bytes.length, rows: rows.length, present })
    return { fileName, format: spec.format, bytes, sha256: hash, rows }
  }

  private scope(code: string, period: ReportPeriod): Scope {
    const office = this.d.documents.requireOffice()
    const indicator = findIndicator(this.d.catalog.listIndicators(period.fiscalYear), code, period.fiscalYear)
    return { office, indicator, period, linked: linkedRequests(this.d.ctx.db, indicator.id) }
  }

  /** What the document builders read, as DocumentService gives it to them. */
  private buildSources(office: OfficeProfile): BuildSources {
    const { people, requests, documents, ctx } = this.d
    return {
      office,
      people: people.list(),
      request: (id) => requests.get(id),
      signer: (id) => people.requireActor(id, [], TH.doing.pack),
      templates: documents.templates.store,
      emblem: () => readEmblem(ctx.dataDir, office.emblemFile),
      today: todayIso(new Date(ctx.clock.now()))
    }
  }

  private async render(spec: DocumentSpecInput, sources: BuildSources, bookNo: string): Promise<Buffer> {
    return renderPdf(buildDocument(parseInput(documentSpec, spec), sources, bookNo).model)
  }

  private async segmentsOf(request: RequestDetail, sources: BuildSources, thai: boolean): Promise<SegmentedItem> {
    const t = TH.contents
    const segments: Segment[] = []
    const memo = issuedMemo(this.d.ctx.db, request.id)
    // The memo as it was numbered: about every request it asked for, dated as the register says.
    const memoRequests = memo ? memo.requestIds.filter((id) => id === request.id || this.exists(id)) : [request.id]
    const memoBytes = await this.render(
      {
        kind: 'memo-approval',
        requestIds: memoRequests,
        date: memo?.documentDate ?? request.requestDate,
        bookNo: { mode: 'none' }
      },
      sources,
      memo?.bookNo ?? ''
    )
    const printedNo = memo ? formatBookNo(memo, thai) : null
    const memoPdf = await openPdf(memoBytes)
    if (!memoPdf.ok) throw new Error(`the approval memo of request ${request.id} did not load back: ${memoPdf.reason}`)
    segments.push({ kind: 'memo', label: printedNo ? t.memoNumbered(printedNo) : t.memoUnnumbered, pdf: memoPdf.pdf })

    const urls = liveFileUrls(this.d.ctx.db, request.id)
    const fallbackUrl = request.published?.publicUrl.trim() ?? ''
    const original = (fileName: string, attachmentId: number): Segment => {
      const url = urls.get(attachmentId) ?? fallbackUrl
      return url === '' ? { kind: 'original-file', label: t.originalNoUrl(fileName) } : { kind: 'original-file', label: t.original(fileName, url), url }
    }
    const unreadable = (fileName: string, attachmentId: number, why: string): Segment => {
      const url = urls.get(attachmentId) ?? fallbackUrl
      return { kind: 'original-file', label: t.unreadable(fileName, why, url), ...(url === '' ? {} : { url }) }
    }
    for (const a of request.attachments) {
      if (a.kind !== 'pdf' && a.kind !== 'jpg') {
        segments.push(original(a.fileName, a.id))
        continue
      }
      if (!this.d.attachments.blobs.has(a.sha256)) {
        segments.push(unreadable(a.fileName, a.id, TH.unreadable.missing))
        continue
      }
      const bytes = this.d.attachments.blobs.read(a.sha256)
      if (a.kind === 'jpg') {
        segments.push((await jpegPlaceable(bytes)) ? { kind: 'image', label: t.image(a.fileName), jpg: bytes } : unreadable(a.fileName, a.id, TH.unreadable.image))
        continue
      }
      const opened = await openPdf(bytes)
      segments.push(opened.ok ? { kind: 'document', label: t.document(a.fileName, opened.pdf.getPageCount()), pdf: opened.pdf } : unreadable(a.fileName, a.id, opened.reason))
    }
    if (request.attachments.length === 0) segments.push({ kind: 'no-file', label: t.noFile(request.externalLink.trim()), ...(request.externalLink.trim() ? { url: request.externalLink.trim() } : {}) })

    const form = await openPdf(await this.render({ kind: 'request-form', requestIds: [request.id] }, sources, ''))
    if (!form.ok) throw new Error(`the request form of request ${request.id} did not load back: ${form.reason}`)
    segments.push({ kind: 'form', label: t.form, pdf: form.pdf })

    const publishedOn = bangkokDay(request.published?.at ?? request.requestDate)
    // Labels as the contents page prints them (its digits are converted there too; URLs keep theirs).
    const labelled = segments.map((s) => ({ ...s, label: convertDigits(s.label, thai) }))
    return { requestId: request.id, title: request.title, publishedOn, bookNo: printedNo, segments: labelled }
  }

  private exists(id: number): boolean {
    return this.d.ctx.db.prepare('SELECT 1 FROM request WHERE id = ?').get(id) !== undefined
  }

  private checkSize(bytes: Buffer, maxBytes: number | undefined): void {
    if (maxBytes !== undefined && bytes.length > maxBytes) {
      const mb = (x: number) => Math.ceil(x / (1024 * 1024))
      throw new AppError('file-refused', TH.packTooLarge(mb(bytes.length), mb(maxBytes)))
    }
  }

  private checkActor(actorId: number | null, doing: string): void {
    if (actorId !== null) this.d.people.requireActor(actorId, [], doing)
  }

  private record(action: AuditAction, actorId: number | null, scope: Scope, staged: StagedFile | undefined, detail: Record<string, unknown>): void {
    const { indicator, period } = scope
    try {
      writeTransaction(this.d.ctx.db, () => {
        this.d.audit.append({
          actorId,
          action,
          entity: 'indicator',
          entityId: indicator.id,
          detail: { indicatorCode: indicator.code, period, ...periodRange(period), ...detail }
        })
        // Last: if the file cannot be put in place, the entry rolls back with it.
        staged?.commit()
      })
    } catch (error) {
      staged?.abort()
      throw error
    }
  }
}

const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Bangkok', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/** "14:05" in Thailand. */
function bangkokTime(at: string): string {
  return timeFormat.format(new Date(at))
}
