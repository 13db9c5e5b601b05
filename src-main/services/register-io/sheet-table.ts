/**
 * The rows of a spreadsheet the office gives us, whatever it is: an XLSX workbook (read with
 * exceljs, every worksheet) or a CSV file (UTF-8 or Excel's Thai Windows-874). Cells keep what a
 * date or a link needs besides their text: a workbook's date cell stays a date, a hyperlink keeps
 * its target.
 */
import type * as ExcelJS from 'exceljs'
import { AppError } from '@shared/result'
import type { RegisterFileFormat } from '@shared/domain/register-io'
import { CsvSyntaxError, decodeCsvBytes, parseCsv, unguardFormula } from './csv'
import { loadExcelJs } from './load-exceljs'
import { IO_TEXT } from './text'

export interface SheetCell {
  text: string
  /** A workbook's date cell (UTC midnight of the day Excel shows). */
  date: Date | null
  /** A workbook's number cell. */
  number: number | null
  /** A hyperlink's target. */
  link: string | null
}

export interface SheetRow {
  /** As the spreadsheet numbers it (1-based). */
  row: number
  cells: SheetCell[]
}

export interface SheetTable {
  format: RegisterFileFormat
  encoding: string | null
  sheets: string[]
  /** Each sheet's rows (a CSV has one sheet). */
  rowsOf(sheet: string): SheetRow[]
  date1904: boolean
}

const EMPTY: SheetCell = { text: '', date: null, number: null, link: null }

export function isBlank(row: SheetRow): boolean {
  return row.cells.every((c) => c.text.trim() === '')
}

/** Reads the file; refuses, in Thai, what it cannot read (an old .xls, a broken zip, a bad CSV). */
export async function readSheetTable(fileName: string, bytes: Buffer): Promise<SheetTable> {
  if (bytes.length === 0) throw new AppError('invalid-input', IO_TEXT.emptyFile(fileName))
  const magic = bytes.subarray(0, 4).toString('latin1')
  if (magic === '\xd0\xcf\x11\xe0') throw new AppError('file-refused', IO_TEXT.oldXls(fileName))
  if (magic === 'PK\x03\x04') return readXlsx(fileName, bytes)
  if (/\.(xlsx|xlsm|xls)$/i.test(fileName)) throw new AppError('file-refused', IO_TEXT.notAWorkbook(fileName))
  return readCsv(fileName, bytes)
}

async function readXlsx(fileName: string, bytes: Buffer): Promise<SheetTable> {
  const { Workbook } = loadExcelJs()
  const workbook = new Workbook()
  try {
    // exceljs's type names its own Buffer interface; Node's Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  } catch (e) {
    throw new AppError('file-refused', IO_TEXT.unreadableWorkbook(fileName, e instanceof Error ? e.message : String(e)))
  }
  const date1904 = workbook.properties.date1904 === true
  const sheets = workbook.worksheets.map((w) => w.name)
  const cache = new Map<string, SheetRow[]>()
  return {
    format: 'xlsx',
    encoding: null,
    sheets,
    date1904,
    rowsOf(sheet) {
      const hit = cache.get(sheet)
      if (hit) return hit
      const ws = workbook.getWorksheet(sheet)
      const rows: SheetRow[] = []
      ws?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        const cells: SheetCell[] = []
        const width = row.cellCount
        for (let c = 1; c <= width; c++) cells.push(cellOf(row.getCell(c).value))
        rows.push({ row: rowNumber, cells })
      })
      cache.set(sheet, rows)
      return rows
    }
  }
}

function richText(value: unknown): string {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object' && 'richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((r: { text?: unknown }) => (typeof r.text === 'string' ? r.text : '')).join('')
  }
  return value === null || value === undefined ? '' : String(value)
}

function dateText(d: Date): string {
  return `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`
}

function cellOf(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return EMPTY
  if (value instanceof Date) return { text: dateText(value), date: value, number: null, link: null }
  if (typeof value === 'number') return { text: String(value), date: null, number: value, link: null }
  if (typeof value === 'string') return { text: value, date: null, number: null, link: null }
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', date: null, number: null, link: null }
  if ('hyperlink' in value) return { text: richText(value.text), date: null, number: null, link: value.hyperlink }
  if ('richText' in value) return { text: richText(value), date: null, number: null, link: null }
  if ('error' in value) return { text: value.error, date: null, number: null, link: null }
  if ('result' in value || 'formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result
    if (result instanceof Date || typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean') return cellOf(result)
    if (result && typeof result === 'object' && 'error' in result) return { text: String((result as { error: unknown }).error), date: null, number: null, link: null }
    return EMPTY
  }
  return EMPTY
}

function readCsv(fileName: string, bytes: Buffer): SheetTable {
  const { text, encoding } = decodeCsvBytes(bytes)
  if (text.includes('\u0000')) throw new AppError('file-refused', IO_TEXT.notText(fileName))
  let records: string[][]
  try {
    records = parseCsv(text)
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new AppError('file-refused', IO_TEXT.badCsv(fileName, e.message))
    throw e
  }
  const sheet = IO_TEXT.csvSheet
  const rows: SheetRow[] = records.map((fields, i) => ({
    row: i + 1,
    cells: fields.map((f) => ({ text: unguardFormula(f), date: null, number: null, link: null }))
  }))
  return { format: 'csv', encoding, sheets: [sheet], date1904: false, rowsOf: (s) => (s === sheet ? rows : []) }
}
