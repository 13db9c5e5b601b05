/**
 * Export of the register and import of the office's own Excel log.
 *
 * Import writes nothing unless every row is valid, or the person said to leave the invalid rows
 * out (`dropInvalid`); the rows are written in one transaction with one audit entry for the whole
 * import. A dry run does every check and every write in that transaction, then rolls it back.
 *
 * What an imported row becomes: a log lists what the office has already put on its website, so
 * each row is a request in the status "published" (เผยแพร่แล้ว), dated and published on the
 * log's date (or its publication-date column), with the log's link as the public URL. Approval is
 * left empty (the log does not say who approved or when, and the register does not invent it).
 * The publishing webmaster is recorded as the person who imports — the one who vouches for the
 * log — and the request's history says, in its one entry, that it came from the log, which file
 * and which row. The requester is the one chosen in the import (the importing person by default).
 */
import { createHash } from 'node:crypto'
import { AppError } from '@shared/result'
import {
  REQUIRED_IMPORT_FIELDS,
  importRunInput,
  importSourceInput,
  registerExportInput,
  rowMessage,
  columnLetter,
  type ImportMapping,
  type ImportOutcome,
  type ImportPreview,
  type ImportRunInput,
  type ImportSourceInput,
  type RegisterExport,
  type RegisterExportInput
} from '@shared/domain/register-io'
import type { Indicator } from '@shared/domain/schemas'
import { placeInFiscalYear } from '@shared/domain/request-fields'
import { formatThaiDate, todayIso } from '@shared/thai'
import type { AuditLog } from '../audit/audit-log'
import type { CatalogService } from '../catalog/catalog-service'
import { writeTransaction, type ServiceContext } from '../context'
import type { PeopleService } from '../people/people-service'
import { parseInput } from '../validate'
import { forEachExportRow, writeCsvExport, writeXlsxExport, type ReadRows } from './export-register'
import { autoMap, findHeaderRow } from './header-mapping'
import { checkRows, type CheckedRow } from './import-rows'
import { isBlank, readSheetTable, type SheetRow, type SheetTable } from './sheet-table'
import { IO_TEXT } from './text'

/** How many bad rows a refusal message lists before "and N more". */
const LISTED_ERRORS = 20

class DryRunRollback extends Error {}

interface Prepared {
  preview: ImportPreview
  rows: CheckedRow[]
  sha256: string
}

export class RegisterIoService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly people: PeopleService,
    private readonly catalog: CatalogService,
    private readonly audit: AuditLog
  ) {}

  private today(): string {
    return todayIso(new Date(this.ctx.clock.now()))
  }

  // ------------------------------------------------------------------------------------ export

  /**
   * The export, streamed into a file that `deliver` provides: it is given the export's file name
   * and `write`, which writes the whole file at a path that must not exist yet (the rows read in
   * one read transaction, so the temporary search hits belong to this export alone) and rejects
   * when it cannot. What is delivered (the staged file's handle, a path) joins the export's name
   * and row count. The input is checked before anything is delivered.
   */
  async exportRegisterTo<T extends object>(input: RegisterExportInput, deliver: (fileName: string, write: (path: string) => Promise<void>) => Promise<T>): Promise<RegisterExport & T> {
    const { format, query } = parseInput(registerExportInput, input)
    const today = this.today()
    const fileName = IO_TEXT.exportFileName(formatThaiDate(today, { thaiDigits: false, style: 'short' }), format)
    const db = this.ctx.db
    const read: ReadRows = (each) => db.transaction(() => forEachExportRow(db, { ...query, offset: 0, limit: 1 }, today, each))()
    let rows = -1
    const delivered = await deliver(fileName, async (path) => {
      rows = format === 'csv' ? writeCsvExport(path, read) : await writeXlsxExport(path, read, new Date(this.ctx.clock.now()))
    })
    if (rows < 0) throw new Error('exportRegisterTo: deliver resolved without writing the file')
    return { ...delivered, fileName, rows }
  }

  // ------------------------------------------------------------------------------------ import

  /** Reads, maps and checks the file; writes nothing. */
  async previewImport(input: ImportSourceInput, operatorId: number): Promise<ImportPreview> {
    return (await this.prepare(parseInput(importSourceInput, input), operatorId)).preview
  }

  async runImport(input: ImportRunInput, operatorId: number): Promise<ImportOutcome> {
    const run = parseInput(importRunInput, input)
    const actor = this.people.requireActor(operatorId, ['webmaster'], IO_TEXT.importing)
    const { preview, rows, sha256 } = await this.prepare(run, actor.id)
    if (preview.problems.length > 0) throw new AppError('invalid-input', IO_TEXT.fileProblems(preview.problems))
    const bad = rows.filter((r) => r.value === null)
    if (bad.length > 0 && !run.dropInvalid && !run.dryRun) {
      const lines = bad.slice(0, LISTED_ERRORS).map((r) => rowMessage(r.row, r.errors.join(' · ')))
      throw new AppError('invalid-input', IO_TEXT.refused(bad.length, lines, bad.length - lines.length), Object.fromEntries(bad.map((r) => [`row.${r.row}`, r.errors.join(' · ')])))
    }
    const good = rows.filter((r) => r.value !== null)
    if (good.length === 0 && !run.dryRun) throw new AppError('invalid-input', IO_TEXT.nothingToWrite)
    const requesterId = run.defaults.requesterId ?? actor.id
    this.people.get(requesterId)
    const dropped = run.dropInvalid || run.dryRun ? bad.map((r) => r.row) : []
    const now = this.ctx.clock.now()
    let ids: number[] = []
    try {
      writeTransaction(this.ctx.db, () => {
        ids = good.map((r) => this.insertRow(r, { actorId: actor.id, requesterId, now, fileName: run.fileName }))
        this.audit.append({
          actorId: actor.id,
          action: 'register.import',
          entity: 'register-import',
          entityId: ids.length > 0 ? `${ids[0]}-${ids[ids.length - 1]}` : 'none',
          detail: {
            fileName: run.fileName,
            sha256,
            format: preview.format,
            sheet: preview.sheet,
            headerRow: preview.headerRow,
            mapping: preview.mapping,
            rowsRead: rows.length,
            written: ids.length,
            ids,
            droppedRows: dropped,
            requesterId,
            status: 'published'
          }
        })
        if (run.dryRun) throw new DryRunRollback()
      })
    } catch (error) {
      if (!(error instanceof DryRunRollback)) throw error
    }
    const invalid = run.dropInvalid || run.dryRun ? bad.map((r) => ({ row: r.row, errors: r.errors })) : []
    return { dryRun: run.dryRun, written: ids.length, ids, dropped, invalid, rowsRead: rows.length }
  }

  private insertRow(r: CheckedRow, w: { actorId: number; requesterId: number; now: string; fileName: string }): number {
    const v = r.value
    if (!v) throw new Error('insertRow called with an invalid row')
    // Year and quarter by the rule of a request filed by hand (a log's year is its date's).
    const placed = placeInFiscalYear(v.requestDate, v.fiscalYear)
    if (!placed.ok) throw new Error(`insertRow: fiscal year ${v.fiscalYear} does not fit the date ${v.requestDate}`)
    const db = this.ctx.db
    const id = Number(
      db
        .prepare(
          `INSERT INTO request (owner_unit, request_date, title, details, external_link, note, requester_id, category_code,
             fiscal_year, fiscal_quarter, period_start, period_end, publish_until, status, published_by, published_at, public_url,
             created_at, updated_at)
           VALUES (@ownerUnit, @requestDate, @title, @details, @externalLink, @note, @requesterId, @categoryCode,
             @fiscalYear, @fiscalQuarter, NULL, NULL, @publishUntil, 'published', @actorId, @publishedDate, @publicUrl, @now, @now)`
        )
        .run({
          ownerUnit: v.ownerUnit,
          requestDate: v.requestDate,
          title: v.title,
          details: v.details,
          externalLink: v.externalLink,
          note: v.note,
          requesterId: w.requesterId,
          categoryCode: v.categoryCode,
          fiscalYear: placed.fiscalYear,
          fiscalQuarter: placed.fiscalQuarter,
          publishUntil: v.publishUntil,
          actorId: w.actorId,
          publishedDate: v.publishedDate,
          publicUrl: v.publicUrl,
          now: w.now
        }).lastInsertRowid
    )
    const link = db.prepare('INSERT INTO request_indicator (request_id, indicator_id) VALUES (?, ?)')
    for (const i of r.indicatorIds) link.run(id, i)
    db.prepare(
      `INSERT INTO status_event (request_id, from_status, to_status, action, by_id, at, decided_at, verbal, reason)
       VALUES (?, NULL, 'published', 'create', ?, ?, ?, 0, ?)`
    ).run(id, w.actorId, w.now, v.publishedDate, IO_TEXT.importReason(w.fileName, r.row))
    return id
  }

  private async prepare(input: ReturnType<typeof importSourceInput.parse>, operatorId: number): Promise<Prepared> {
    this.people.requireActor(operatorId, [], IO_TEXT.importing)
    const bytes = Buffer.from(input.contentBase64, 'base64')
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    const table = await readSheetTable(input.fileName, bytes)
    const sheet = pickSheet(table, input.sheet)
    const all = table.rowsOf(sheet)
    const problems: string[] = []
    const lastRow = all.at(-1)?.row ?? 0
    const headerRow = input.headerRow ?? findHeaderRow(all) ?? 1
    if (input.headerRow !== undefined && input.headerRow > lastRow) problems.push(IO_TEXT.headerPastEnd(input.headerRow, lastRow))
    const header = all.find((r) => r.row === headerRow)
    const headers = header?.cells.map((c) => c.text.trim()) ?? []
    const width = Math.max(headers.length, ...all.map((r) => r.cells.length))
    const columns = Array.from({ length: width }, (_, index) => ({ index, letter: columnLetter(index), header: headers[index] ?? '' }))
    const autoMapping = autoMap(headers)
    const mapping: ImportMapping = { ...autoMapping }
    for (const [field, column] of Object.entries(input.mapping ?? {}) as [keyof ImportMapping, number | null][]) {
      if (column === null) delete mapping[field]
      else mapping[field] = column
    }
    for (const [field, column] of Object.entries(mapping) as [keyof ImportMapping, number | null | undefined][]) {
      if (typeof column === 'number' && column >= width) problems.push(IO_TEXT.noColumn(field, column, width))
    }
    for (const f of REQUIRED_IMPORT_FIELDS) if (mapping[f] === undefined) problems.push(IO_TEXT.notMapped(f))
    if (mapping.ownerUnit === undefined && !input.defaults.ownerUnit) problems.push(IO_TEXT.noOwnerUnit)
    const categories = this.catalog.listCategories()
    if (mapping.categoryCode === undefined && !input.defaults.categoryCode) problems.push(IO_TEXT.noCategory)
    if (input.defaults.categoryCode && !categories.some((c) => c.code === input.defaults.categoryCode)) problems.push(IO_TEXT.unknownDefaultCategory(input.defaults.categoryCode))

    const headerCells = header ? header.cells.map((c) => c.text.trim()).join('\u0000') : null
    const body = all.filter((r) => r.row > headerRow && !isBlank(r) && !repeatsHeader(r, headerCells))
    if (body.length === 0 && problems.length === 0) problems.push(IO_TEXT.noRows)

    const indicatorCache = new Map<number, Indicator[]>()
    const existing = this.ctx.db.prepare<[string, string], { id: number }>('SELECT id FROM request WHERE request_date = ? AND title = ? ORDER BY id LIMIT 1')
    const rows = checkRows(body, mapping, {
      today: this.today(),
      date1904: table.date1904,
      categories,
      indicatorsOf: (fy) => {
        let list = indicatorCache.get(fy)
        if (!list) indicatorCache.set(fy, (list = this.catalog.listIndicators(fy)))
        return list
      },
      existing: (date, title) => existing.get(date, title)?.id ?? null,
      defaults: input.defaults,
      requesterId: input.defaults.requesterId ?? operatorId
    })
    const validCount = rows.filter((r) => r.value !== null).length
    const preview: ImportPreview = {
      fileName: input.fileName,
      format: table.format,
      encoding: table.encoding,
      sheets: table.sheets,
      sheet,
      headerRow,
      columns,
      mapping,
      autoMapping,
      problems,
      rows: rows.map(({ indicatorIds: _ids, ...row }) => row),
      validCount,
      invalidCount: rows.length - validCount
    }
    return { preview, rows, sha256 }
  }
}

/** A title or header repeated further down (logs appended quarter after quarter) is not a row. */
function repeatsHeader(row: SheetRow, headerCells: string | null): boolean {
  return headerCells !== null && row.cells.map((c) => c.text.trim()).join('\u0000') === headerCells
}

function pickSheet(table: SheetTable, wanted: string | undefined): string {
  if (wanted !== undefined) {
    if (!table.sheets.includes(wanted)) throw new AppError('invalid-input', IO_TEXT.noSheet(wanted, table.sheets))
    return wanted
  }
  // The first sheet whose rows hold a header naming two fields; else the first with any rows.
  for (const s of table.sheets) {
    const rows = table.rowsOf(s)
    const h = findHeaderRow(rows)
    const header = rows.find((r) => r.row === h)
    if (header && Object.keys(autoMap(header.cells.map((c) => c.text))).length >= 2) return s
  }
  return table.sheets.find((s) => table.rowsOf(s).length > 0) ?? table.sheets[0] ?? IO_TEXT.csvSheet
}
