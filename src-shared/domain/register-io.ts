/**
 * Export of the register (XLSX, CSV) and import of a log the office kept in Excel: the inputs as
 * zod schemas and the results, shared by the IPC contract, the CLI and the screens.
 */
import { z } from 'zod'
import { id, requestQuery } from './schemas'

export const REGISTER_FILE_FORMATS = ['xlsx', 'csv'] as const
export type RegisterFileFormat = (typeof REGISTER_FILE_FORMATS)[number]

/** The register list's filters and sort, without paging: an export holds every matching request. */
export const registerFilter = requestQuery.omit({ offset: true, limit: true })
export type RegisterFilter = z.input<typeof registerFilter>

export const registerExportInput = z.object({
  format: z.enum(REGISTER_FILE_FORMATS, { error: 'รูปแบบไฟล์ต้องเป็น xlsx หรือ csv' }),
  query: registerFilter.default({ search: '', statuses: [], sortBy: 'requestDate', sortDir: 'desc' })
})
export type RegisterExportInput = z.input<typeof registerExportInput>

/** What an export made (the file itself is staged by the app, or written by the CLI). */
export interface RegisterExport {
  fileName: string
  rows: number
}

// ---------------------------------------------------------------------------------------------
// Import

/** What a column of the office's log can fill in. */
export const IMPORT_FIELDS = [
  'requestDate',
  'title',
  'ownerUnit',
  'categoryCode',
  'indicators',
  'details',
  'note',
  'publicUrl',
  'publishedDate',
  'publishUntil',
  'externalLink',
  'status'
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  requestDate: 'วัน เดือน ปี (วันที่ขอ/เผยแพร่)',
  title: 'เรื่อง',
  ownerUnit: 'หน่วยงานเจ้าของข้อมูล',
  categoryCode: 'หมวดหมู่ข้อมูล',
  indicators: 'ตัวชี้วัด (MOIT)',
  details: 'รายละเอียด / เอกสารแนบ',
  note: 'หมายเหตุ',
  publicUrl: 'ลิงก์ที่เผยแพร่',
  publishedDate: 'วันที่เผยแพร่ (ถ้าต่างจากวันที่ขอ)',
  publishUntil: 'ครบกำหนดนำออก',
  externalLink: 'ลิงก์ภายนอก',
  status: 'สถานะ'
}

/** A log without these cannot be imported: every row needs a date and a subject. */
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['requestDate', 'title']

/** Column numbers are 0-based (A = 0); null leaves the field unmapped. */
export const importMapping = z.partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0).max(16383).nullable())
export type ImportMapping = z.output<typeof importMapping>

export const importDefaults = z
  .object({
    /** For a log without a unit column: the unit every row belongs to. */
    ownerUnit: z.string().trim().max(200).optional(),
    /** For a log without a category column. */
    categoryCode: z.string().trim().max(20).optional(),
    /** Who is recorded as the requester of the imported rows; the person importing when absent. */
    requesterId: id.optional()
  })
  .default({})

export const importSourceInput = z.object({
  fileName: z.string().trim().min(1, { error: 'กรุณาระบุชื่อไฟล์' }).max(255),
  contentBase64: z.string().min(1, { error: 'ไฟล์ว่าง ไม่มีข้อมูลให้นำเข้า' }).max(70 * 1024 * 1024, { error: 'ไฟล์ใหญ่เกิน ๕๐ MB — แบ่งบันทึกเป็นหลายไฟล์' }),
  /** The worksheet to read (XLSX); the first one that holds a table when absent. */
  sheet: z.string().max(100).optional(),
  /** The row (1-based, as the spreadsheet numbers it) that holds the column headers; found when absent. */
  headerRow: z.number().int().min(1).max(1000).optional(),
  /** Fields → columns; fields left out are mapped by their Thai header names. */
  mapping: importMapping.optional(),
  defaults: importDefaults
})
export type ImportSourceInput = z.input<typeof importSourceInput>

export const importRunInput = importSourceInput.extend({
  /** Runs every check and every write in a transaction that is then rolled back. */
  dryRun: z.boolean().default(false),
  /** Writes the valid rows and leaves out the invalid ones (said explicitly by the person). */
  dropInvalid: z.boolean().default(false)
})
export type ImportRunInput = z.input<typeof importRunInput>

export interface ImportColumn {
  index: number
  /** A, B, … AA as the spreadsheet labels it. */
  letter: string
  header: string
}

/** A row as it will be written (dates ISO, CE). */
export interface ImportedRequest {
  requestDate: string
  publishedDate: string
  title: string
  ownerUnit: string
  categoryCode: string
  indicatorCodes: string[]
  details: string
  note: string
  publicUrl: string
  externalLink: string
  /** null: no end; undefined never (the category's default is applied in the preview). */
  publishUntil: string | null
  fiscalYear: number
}

export interface ImportRow {
  /** The row number in the spreadsheet (what the person sees in Excel). */
  row: number
  /** The cells of the mapped columns as read, for the preview. */
  cells: Partial<Record<ImportField, string>>
  value: ImportedRequest | null
  /** Thai, without the row number (see rowMessage). */
  errors: string[]
  warnings: string[]
}

export interface ImportPreview {
  fileName: string
  format: RegisterFileFormat
  /** How a CSV's bytes were read ('utf-8' or 'windows-874', Excel's Thai CSV); null for XLSX. */
  encoding: string | null
  sheets: string[]
  sheet: string
  headerRow: number
  columns: ImportColumn[]
  /** The mapping in use: the one given, completed by the automatic one. */
  mapping: ImportMapping
  /** What the Thai header names alone give. */
  autoMapping: ImportMapping
  /** Problems of the whole file (a required field not mapped, no rows): Thai sentences. */
  problems: string[]
  rows: ImportRow[]
  validCount: number
  invalidCount: number
}

export interface ImportOutcome {
  dryRun: boolean
  /** Requests written (or, on a dry run, that would be written). */
  written: number
  /** Their register numbers (on a dry run: the numbers they would have had). */
  ids: number[]
  /** Row numbers left out because they were invalid (with dropInvalid, or on a dry run). */
  dropped: number[]
  /** Those rows and why, in Thai (rowMessage gives "แถวที่ n: …"). */
  invalid: { row: number; errors: string[] }[]
  rowsRead: number
}

/** "แถวที่ 7: วันที่ ‘31/02/2565’ ไม่มีอยู่จริง" */
export function rowMessage(row: number, message: string): string {
  return `แถวที่ ${row}: ${message}`
}

/** Column letters as spreadsheets show them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1
  let s = ''
  while (n > 0) {
    const r = (n - 1) % 26
    s = String.fromCharCode(65 + r) + s
    n = Math.floor((n - 1) / 26)
  }
  return s
}
