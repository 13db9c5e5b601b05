/**
 * The register as a spreadsheet: the requests the list shows for a RequestQuery (the same
 * filters, search and order, through request-query.ts's builders), every one of them, as XLSX
 * (exceljs) or CSV (csv.ts).
 *
 * XLSX: a bold header row that stays in view (frozen), Thai headers, each date twice — as the
 * office reads it ("15 ม.ค. 2565", text) and as an ISO date cell that sorts and filters — column
 * widths for Thai text, and the public URL as a hyperlink. CSV: the same columns and text.
 *
 * Streamed: the rows come from SQLite one at a time (.iterate()) and go to a file as they come,
 * so an export of 100,000 requests never holds them, or the file, in memory.
 */
import { closeSync, createReadStream, createWriteStream, openSync, rmSync, writeSync } from 'node:fs'
import { createInterface } from 'node:readline'
import type * as ExcelJS from 'exceljs'
import { STATUS_LABELS, type RequestStatus } from '@shared/domain/request-status'
import type { requestQuery } from '@shared/domain/schemas'
import { formatThaiDate, isIsoDate } from '@shared/thai'
import type { z } from 'zod'
import type { Db } from '../../db/open-database'
import { CLEAR_HITS_SQL, HITS_TABLE_SQL, buildRequestQuery, fillHitsSql } from '../requests/request-query'
import { UTF8_BOM, csvRecord } from './csv'
import { loadExcelJs } from './load-exceljs'
import { IO_TEXT } from './text'

type ParsedQuery = z.output<typeof requestQuery>

export interface ExportRow {
  id: number
  requestDate: string
  title: string
  ownerUnit: string
  categoryCode: string
  categoryName: string
  indicatorCodes: string
  fiscalYear: number
  fiscalQuarter: number
  status: RequestStatus
  requesterName: string
  approverName: string
  approvedAt: string | null
  publishedAt: string | null
  publicUrl: string
  publishUntil: string | null
  withdrawnAt: string | null
  details: string
  externalLink: string
  attachmentNames: string
  note: string
}

const COLUMNS_SQL = `r.id, r.request_date AS requestDate, r.title, r.owner_unit AS ownerUnit,
  r.category_code AS categoryCode, coalesce(c.name, '') AS categoryName,
  coalesce((SELECT group_concat(code, ', ') FROM (SELECT i.code FROM request_indicator ri JOIN indicator i ON i.id = ri.indicator_id
    WHERE ri.request_id = r.id ORDER BY i.sort_order, i.id)), '') AS indicatorCodes,
  r.fiscal_year AS fiscalYear, r.fiscal_quarter AS fiscalQuarter, r.status,
  p.title || p.full_name AS requesterName, coalesce(a.title || a.full_name, '') AS approverName, r.approved_at AS approvedAt,
  r.published_at AS publishedAt, r.public_url AS publicUrl, r.publish_until AS publishUntil, r.withdrawn_at AS withdrawnAt,
  r.details, r.external_link AS externalLink,
  coalesce((SELECT group_concat(file_name, ' / ') FROM (SELECT file_name FROM attachment WHERE request_id = r.id ORDER BY id)), '') AS attachmentNames,
  r.note`

const JOINS = `JOIN person p ON p.id = r.requester_id
  LEFT JOIN person a ON a.id = r.approved_by
  LEFT JOIN category c ON c.code = r.category_code`

/**
 * Every request the list shows for `q`, in its order, handed to `each` one at a time as SQLite
 * steps through them (never the whole list in memory); gives how many. A search goes through the
 * FTS5 index as the list's does (the matching ids gathered into the per-connection hits table,
 * then filtered and sorted); call inside a transaction so the hits table is this export's alone.
 * `each` must not touch the database: the connection is busy with the rows until the last one.
 */
export function forEachExportRow(db: Db, q: ParsedQuery, today: string, each: (row: ExportRow) => void): number {
  const built = buildRequestQuery(q, today)
  let n = 0
  const step = (rows: IterableIterator<ExportRow>) => {
    for (const row of rows) {
      each(row)
      n++
    }
  }
  if (built.ftsTerms.length === 0) {
    step(db.prepare<Record<string, unknown>, ExportRow>(`SELECT ${COLUMNS_SQL} FROM request r ${JOINS} ${built.where} ${built.orderBy}`).iterate(built.params))
    return n
  }
  db.exec(HITS_TABLE_SQL)
  db.exec(CLEAR_HITS_SQL)
  try {
    db.prepare(fillHitsSql(built)).run(built.params)
    step(
      db
        .prepare<Record<string, unknown>, ExportRow>(`SELECT ${COLUMNS_SQL} FROM temp.request_hits h CROSS JOIN request r ON r.id = h.id ${JOINS} ${built.where} ${built.orderBy}`)
        .iterate(built.params)
    )
    return n
  } finally {
    db.exec(CLEAR_HITS_SQL)
  }
}

/** Thailand's offset from UTC: seven hours, all year (no daylight saving since 1920). */
const BANGKOK_OFFSET_MS = 7 * 3_600_000

/**
 * A stored date or instant as the office's calendar date (Bangkok), or null. The offset is added
 * by arithmetic rather than through Intl (todayIso): an export of 100,000 requests converts three
 * instants per row, and the formatter costs ~20 µs a call (register-io.test.ts holds the two equal).
 */
export function calendarDateOf(value: string | null): string | null {
  if (!value) return null
  if (isIsoDate(value)) return value
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? null : new Date(ms + BANGKOK_OFFSET_MS).toISOString().slice(0, 10)
}

/** "15 ม.ค. 2565"; a register holds a few thousand distinct dates, so each is formatted once. */
const beDates = new Map<string, string>()
function beDate(iso: string | null): string {
  if (!iso) return ''
  let text = beDates.get(iso)
  if (text === undefined) {
    text = formatThaiDate(iso, { thaiDigits: false, style: 'short' })
    if (beDates.size < 50_000) beDates.set(iso, text)
  }
  return text
}

type Kind = 'text' | 'number' | 'iso' | 'link'

interface Column {
  header: string
  width: number
  kind: Kind
  value(r: ExportRow): string | number
}

/** Both forms of a date: the office's ("15 ม.ค. 2565") and ISO. */
function dateColumns(header: string, pick: (r: ExportRow) => string | null, width = 14): Column[] {
  return [
    { header, width, kind: 'text', value: (r) => beDate(pick(r)) },
    { header: `${header} (ISO)`, width: 12, kind: 'iso', value: (r) => pick(r) ?? '' }
  ]
}

export const EXPORT_COLUMNS: readonly Column[] = [
  { header: 'เลขที่', width: 8, kind: 'number', value: (r) => r.id },
  ...dateColumns('วันที่ขอ', (r) => r.requestDate),
  { header: 'เรื่อง', width: 60, kind: 'text', value: (r) => r.title },
  { header: 'หน่วยงานเจ้าของข้อมูล', width: 28, kind: 'text', value: (r) => r.ownerUnit },
  { header: 'หมวด', width: 7, kind: 'text', value: (r) => r.categoryCode },
  { header: 'ชื่อหมวด', width: 26, kind: 'text', value: (r) => r.categoryName },
  { header: 'ตัวชี้วัด', width: 16, kind: 'text', value: (r) => r.indicatorCodes },
  { header: 'ปีงบประมาณ', width: 11, kind: 'number', value: (r) => r.fiscalYear },
  { header: 'ไตรมาส', width: 7, kind: 'number', value: (r) => r.fiscalQuarter },
  { header: 'สถานะ', width: 12, kind: 'text', value: (r) => STATUS_LABELS[r.status] },
  { header: 'ผู้ขอ', width: 22, kind: 'text', value: (r) => r.requesterName },
  { header: 'ผู้อนุมัติ', width: 22, kind: 'text', value: (r) => r.approverName },
  ...dateColumns('วันที่อนุมัติ', (r) => calendarDateOf(r.approvedAt)),
  ...dateColumns('วันที่เผยแพร่', (r) => calendarDateOf(r.publishedAt)),
  { header: 'ลิงก์ที่เผยแพร่', width: 40, kind: 'link', value: (r) => r.publicUrl },
  ...dateColumns('ครบกำหนดนำออก', (r) => r.publishUntil),
  ...dateColumns('วันที่นำออก', (r) => calendarDateOf(r.withdrawnAt)),
  { header: 'รายละเอียดข้อมูล', width: 40, kind: 'text', value: (r) => r.details },
  { header: 'ลิงก์ภายนอก', width: 30, kind: 'link', value: (r) => r.externalLink },
  { header: 'ไฟล์แนบ', width: 40, kind: 'text', value: (r) => r.attachmentNames },
  { header: 'หมายเหตุ', width: 24, kind: 'text', value: (r) => r.note }
]


/** Reads the rows (in the export's read transaction), handing each to `each`; gives how many. */
export type ReadRows = (each: (row: ExportRow) => void) => number

/** About a megabyte of text is gathered before each write. */
const FLUSH_CHARS = 1 << 20

/**
 * Text appended to a new file ('wx': nothing may be there) through a buffer, with plain
 * synchronous writes: it is fed inside the read transaction, which cannot wait for anything.
 */
class FileAppender {
  private parts: string[] = []
  private chars = 0
  private fd: number | null

  constructor(path: string) {
    this.fd = openSync(path, 'wx', 0o644)
  }

  write(text: string): void {
    this.parts.push(text)
    this.chars += text.length
    if (this.chars >= FLUSH_CHARS) this.flush()
  }

  /** Writes what is buffered and closes the file. */
  close(): void {
    if (this.fd === null) return
    try {
      this.flush()
    } finally {
      this.abandon()
    }
  }

  /** Closes without writing what is buffered (after a failure); harmless after close. */
  abandon(): void {
    this.parts = []
    if (this.fd !== null) closeSync(this.fd)
    this.fd = null
  }

  private flush(): void {
    if (this.fd === null || this.parts.length === 0) return
    const bytes = Buffer.from(this.parts.join(''), 'utf8')
    this.parts = []
    this.chars = 0
    let at = 0
    while (at < bytes.length) at += writeSync(this.fd, bytes, at, bytes.length - at)
  }
}

/** The CSV written to `path` (a new file) record by record as `read` hands the rows over; gives the row count. */
export function writeCsvExport(path: string, read: ReadRows): number {
  const out = new FileAppender(path)
  try {
    out.write(UTF8_BOM + csvRecord(EXPORT_COLUMNS.map((c) => c.header)))
    const rows = read((r) => out.write(csvRecord(EXPORT_COLUMNS.map((c) => String(c.value(r))))))
    out.close()
    return rows
  } finally {
    out.abandon()
  }
}

function isoToExcelDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d))
}

const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF0563C1' }, underline: true }

/** Rows added between two turns of the event loop, in which exceljs's zip takes what they wrote. */
const ROWS_PER_TURN = 500

/** How much sheet XML may wait for the zip before the rows wait for it. */
const MAX_PENDING_BYTES = 1 << 20

interface PendingStream {
  _writableState?: { length?: unknown; needDrain?: unknown }
  once?(event: 'drain', listener: () => void): unknown
}

/**
 * The streams that the worksheet's XML waits in until the zip deflates it. exceljs 4 writes rows
 * into them without heeding their backpressure (its StreamBuf ignores write()'s answer), so
 * without waiting here every row of the register piles up there (about 80 MB for 100,000 rows).
 * These are exceljs's internals: when they are not found, the rows only wait for the next turn.
 */
function zipInputsOf(sheet: unknown): PendingStream[] {
  const stream = (sheet as { stream?: { pipes?: unknown } } | null)?.stream
  const pipes = stream?.pipes
  return Array.isArray(pipes) ? (pipes as PendingStream[]) : []
}

function mustWait(s: PendingStream): boolean {
  const state = s._writableState
  return typeof state?.length === 'number' && state.length > MAX_PENDING_BYTES && state.needDrain === true && typeof s.once === 'function'
}

/**
 * The XLSX written to `path` (a new file); gives the row count. The rows are read in the export's
 * read transaction, which is synchronous (the connection cannot serve anyone else while it steps
 * through them), while exceljs's streaming writer needs the event loop to zip what it is given:
 * so the rows wait in between in a spool file beside `path` — each row's cell values, one JSON
 * array a line — and the workbook is written from it after the transaction. What stays in memory
 * is a few hundred rows and exceljs's list of the sheet's hyperlinks (100,000 requests: ~350 MB
 * peak RSS, most of it garbage between collections, against ~600 MB with every row held).
 */
export async function writeXlsxExport(path: string, read: ReadRows, createdAt: Date): Promise<number> {
  const spoolPath = `${path}.rows`
  const spool = new FileAppender(spoolPath)
  try {
    const rows = read((r) => spool.write(`${JSON.stringify(EXPORT_COLUMNS.map((c) => c.value(r)))}\n`))
    spool.close()
    await writeWorkbook(path, spoolPath, createdAt)
    return rows
  } finally {
    spool.abandon()
    rmSync(spoolPath, { force: true })
  }
}

async function writeWorkbook(path: string, spoolPath: string, createdAt: Date): Promise<void> {
  const file = createWriteStream(path, { flags: 'wx', mode: 0o644 })
  const closed = new Promise<void>((resolve, reject) => {
    file.on('close', resolve)
    file.on('error', reject)
  })
  // Awaited below; until then a write error must not count as unhandled.
  closed.catch(() => undefined)
  try {
    const { WorkbookWriter } = loadExcelJs().stream.xlsx
    const workbook = new WorkbookWriter({ stream: file, useStyles: true, useSharedStrings: false })
    workbook.creator = 'Publish Desk'
    workbook.created = createdAt
    const sheet = workbook.addWorksheet(IO_TEXT.sheetName, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }]
    })
    sheet.columns = EXPORT_COLUMNS.map((c) => ({
      width: c.width,
      style: c.kind === 'iso' ? { numFmt: 'yyyy-mm-dd' } : c.kind === 'link' ? { font: LINK_FONT } : {}
    }))
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_COLUMNS.length } }
    const header = sheet.addRow(EXPORT_COLUMNS.map((c) => c.header))
    header.eachCell((cell) => {
      cell.font = { bold: true }
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } }
      cell.alignment = { vertical: 'middle' }
    })
    header.commit()
    const lines = createInterface({ input: createReadStream(spoolPath, { encoding: 'utf8' }), crlfDelay: Number.POSITIVE_INFINITY })
    let added = 0
    for await (const line of lines) {
      if (line === '') continue
      const values = JSON.parse(line) as (string | number)[]
      const row = sheet.addRow(
        values.map((v, i) => {
          const kind = EXPORT_COLUMNS[i]?.kind
          if (kind === 'iso') return v === '' ? null : isoToExcelDate(String(v))
          if (kind === 'link') return v === '' ? null : { text: String(v), hyperlink: String(v) }
          return v
        })
      )
      // Set on each cell: the streaming writer does not carry a column's style into its cells.
      values.forEach((v, i) => {
        const kind = EXPORT_COLUMNS[i]?.kind
        if (v === '') return
        if (kind === 'iso') row.getCell(i + 1).numFmt = 'yyyy-mm-dd'
        else if (kind === 'link') row.getCell(i + 1).font = LINK_FONT
      })
      row.commit()
      if (++added % ROWS_PER_TURN === 0) {
        for (const input of zipInputsOf(sheet)) {
          // Or until the file fails (closed rejects): a zip that stopped never drains.
          if (mustWait(input)) await Promise.race([new Promise<void>((resolve) => input.once?.('drain', resolve)), closed])
        }
        await new Promise<void>((resolve) => setImmediate(resolve))
      }
    }
    sheet.commit()
    await workbook.commit()
    await closed
  } catch (error) {
    file.destroy()
    await closed.catch(() => undefined)
    throw error
  }
}
