/**
 * The register as a spreadsheet: the requests the list shows for a RequestQuery (the same
 * filters, search and order, through request-query.ts's builders), every one of them, as XLSX
 * (exceljs) or CSV (csv.ts).
 *
 * XLSX: a bold header row that stays in view (frozen), Thai headers, each date twice — as the
 * office reads it ("15 ม.ค. 2565", text) and as an ISO date cell that sorts and filters — column
 * widths for Thai text, and the public URL as a hyperlink. CSV: the same columns and text.
 */
import { PassThrough } from 'node:stream'
import type * as ExcelJS from 'exceljs'
import { STATUS_LABELS, type RequestStatus } from '@shared/domain/request-status'
import type { requestQuery } from '@shared/domain/schemas'
import { formatThaiDate, isIsoDate } from '@shared/thai'
import type { z } from 'zod'
import type { Db } from '../../db/open-database'
import { CLEAR_HITS_SQL, HITS_TABLE_SQL, buildRequestQuery, fillHitsSql } from '../requests/request-query'
import { toCsv } from './csv'
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
 * Every request the list shows for `q`, in its order. A search goes through the FTS5 index as the
 * list's does (the matching ids gathered into the per-connection hits table, then filtered and
 * sorted); call inside a transaction so the hits table is this export's alone.
 */
export function selectExportRows(db: Db, q: ParsedQuery, today: string): ExportRow[] {
  const built = buildRequestQuery(q, today)
  if (built.ftsTerms.length === 0) {
    return db.prepare<Record<string, unknown>, ExportRow>(`SELECT ${COLUMNS_SQL} FROM request r ${JOINS} ${built.where} ${built.orderBy}`).all(built.params)
  }
  db.exec(HITS_TABLE_SQL)
  db.exec(CLEAR_HITS_SQL)
  try {
    db.prepare(fillHitsSql(built)).run(built.params)
    return db
      .prepare<Record<string, unknown>, ExportRow>(`SELECT ${COLUMNS_SQL} FROM temp.request_hits h CROSS JOIN request r ON r.id = h.id ${JOINS} ${built.where} ${built.orderBy}`)
      .all(built.params)
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

export function toCsvBytes(rows: readonly ExportRow[]): Buffer {
  return toCsv([EXPORT_COLUMNS.map((c) => c.header), ...rows.map((r) => EXPORT_COLUMNS.map((c) => String(c.value(r))))])
}

function isoToExcelDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d))
}

const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF0563C1' }, underline: true }

/**
 * The XLSX, written by exceljs's streaming writer: rows go out as they are added, so memory stays
 * that of one row rather than of every cell of the register (the in-memory workbook took 1.6 GB
 * for 100,000 requests).
 */
export async function toXlsxBytes(rows: readonly ExportRow[], createdAt: Date): Promise<Buffer> {
  const stream = new PassThrough()
  const chunks: Buffer[] = []
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve)
    stream.on('error', reject)
  })
  const { WorkbookWriter } = loadExcelJs().stream.xlsx
  const workbook = new WorkbookWriter({ stream, useStyles: true, useSharedStrings: false })
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
  for (const r of rows) {
    const values = EXPORT_COLUMNS.map((c) => c.value(r))
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
  }
  sheet.commit()
  await workbook.commit()
  await finished
  return Buffer.concat(chunks)
}
