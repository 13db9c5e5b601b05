/**
 * The checklist as files: XLSX (exceljs) for people and MITAS, CSV for anything else.
 *
 * CSV: UTF-8 with a byte-order mark (Excel on Windows reads Thai as mojibake without it), CRLF
 * line ends and RFC 4180 quoting (a field holding a quote, comma, CR or LF is quoted, quotes
 * doubled). A text cell starting with = + - @ or a tab/CR would run as a formula when the file is
 * opened in a spreadsheet (CSV injection, OWASP): such a cell gets a leading apostrophe. The XLSX
 * needs no guard: its cells are typed strings, never formulas.
 */
import { loadExcelJs } from '../register-io/load-exceljs'
import { rowCells, type ChecklistRow } from './checklist'
import { TH } from './evidence-text'

export interface ChecklistMeta {
  office: string
  indicator: string
  period: string
  /** The instant it was made (ISO), for the file's properties. */
  madeAt: string
  /** The same, as people read it. */
  madeText: string
  /** Rows and rows with evidence, as people read them. */
  countsText: string
  /** The office's document font (TH Sarabun New in most offices). */
  font: string
}

const CRLF = '\r\n'
const BOM = '\uFEFF'
const FORMULA_START = /^[=+\-@\t\r]/

/** A text cell that cannot be taken for a formula. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** One CSV field, quoted when RFC 4180 asks for it. */
export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : guardFormula(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function checklistCsv(rows: readonly ChecklistRow[]): Buffer {
  const lines = [TH.checklist.columns.map(csvField).join(','), ...rows.map((r) => rowCells(r).map(csvField).join(','))]
  return Buffer.from(BOM + lines.join(CRLF) + CRLF, 'utf8')
}

/** Only web addresses become links: a javascript: or file: "URL" stays inert text. */
function isWebUrl(text: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(text)
}

/** Excel refuses sheet names over 31 characters or holding : \ / ? * [ ]. */
function sheetName(text: string): string {
  const cleaned = text.replace(/[:\\/?*[\]]/g, '-').trim().slice(0, 31)
  return cleaned === '' ? 'MOIT' : cleaned
}

const WIDTHS = [11, 8, 50, 10, 48, 70]
const WRAPPED = new Set([3, 6])

export async function checklistXlsx(rows: readonly ChecklistRow[], meta: ChecklistMeta): Promise<Buffer> {
  const { Workbook } = loadExcelJs()
  const workbook = new Workbook()
  workbook.creator = 'Publish Desk'
  workbook.title = `${meta.indicator} ${meta.period}`
  const made = new Date(meta.madeAt)
  workbook.created = made
  workbook.modified = made
  // Sarabun is drawn small: 14 pt of it reads like 11 pt of the usual spreadsheet fonts.
  const size = /sarabun/i.test(meta.font) ? 14 : 11
  const font = { name: meta.font, size }

  const sheet = workbook.addWorksheet(sheetName(rows[0]?.moit ?? 'MOIT'), { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = TH.checklist.columns.map((header, i) => ({ header, width: WIDTHS[i] ?? 20 }))
  const head = sheet.getRow(1)
  head.font = { ...font, bold: true }
  head.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
  head.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } }
    cell.border = { bottom: { style: 'thin' } }
  })
  for (const row of rows) {
    const cells = rowCells(row)
    const added = sheet.addRow(cells)
    added.font = font
    added.alignment = { vertical: 'top' }
    for (const column of WRAPPED) added.getCell(column).alignment = { vertical: 'top', wrapText: true }
    added.getCell(2).alignment = { vertical: 'top', horizontal: 'center' }
    added.getCell(4).alignment = { vertical: 'top', horizontal: 'center' }
    if (isWebUrl(row.link)) {
      const link = added.getCell(5)
      link.value = { text: row.link, hyperlink: row.link, tooltip: row.evidence.slice(0, 250) }
      link.font = { ...font, color: { argb: 'FF0563C1' }, underline: true }
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: TH.checklist.columns.length } }

  const about = workbook.addWorksheet(TH.checklist.aboutSheet)
  about.columns = [{ width: 14 }, { width: 90 }]
  const facts: [string, string][] = [
    [TH.checklist.about.office, meta.office],
    [TH.checklist.about.indicator, meta.indicator],
    [TH.checklist.about.period, meta.period],
    [TH.checklist.about.counts, meta.countsText],
    [TH.checklist.about.made, meta.madeText]
  ]
  for (const [label, value] of facts) {
    const r = about.addRow([label, value])
    r.font = font
    r.getCell(1).font = { ...font, bold: true }
    r.getCell(2).alignment = { wrapText: true, vertical: 'top' }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
