import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { todayIso } from '@shared/thai'
import { toCsv } from './csv'
import { EXPORT_COLUMNS, calendarDateOf, writeCsvExport, writeXlsxExport, type ExportRow, type ReadRows } from './export-register'

describe('calendarDateOf', () => {
  it('gives the Bangkok calendar date of an instant, as todayIso does, around midnight there too', () => {
    for (const at of ['2026-01-15T03:00:00.000Z', '2026-03-31T16:59:59.999Z', '2026-03-31T17:00:00.000Z', '2024-02-28T17:30:00Z', '2021-12-31T23:59:00+07:00', '2022-01-01T00:00:00-05:00']) {
      expect(calendarDateOf(at), at).toBe(todayIso(new Date(at)))
    }
  })

  it('keeps a bare date, and gives null for nothing or nonsense', () => {
    expect(calendarDateOf('2026-01-15')).toBe('2026-01-15')
    expect(calendarDateOf(null)).toBeNull()
    expect(calendarDateOf('')).toBeNull()
    expect(calendarDateOf('ไม่ใช่วันที่')).toBeNull()
  })
})

function row(id: number, title: string): ExportRow {
  return {
    id,
    requestDate: '2026-01-15',
    title,
    ownerUnit: 'งานข้อมูลและสารสนเทศ',
    categoryCode: '1.8',
    categoryName: 'ข่าวประชาสัมพันธ์',
    indicatorCodes: '',
    fiscalYear: 2569,
    fiscalQuarter: 2,
    status: 'published',
    requesterName: 'นายสมชาย ใจดี',
    approverName: '',
    approvedAt: null,
    publishedAt: '2026-01-16T03:00:00.000Z',
    publicUrl: 'https://www.example.go.th/news/1',
    publishUntil: null,
    withdrawnAt: null,
    details: 'บรรทัดแรก\nบรรทัดสอง, "ยก"',
    externalLink: '',
    attachmentNames: '',
    note: ''
  }
}

const ROWS = [row(1, 'ขออนุญาตเผยแพร่ประกาศ'), row(2, '=HYPERLINK("http://evil.example")'), row(3, 'แผน\u2028ปฏิบัติการ')]
const readAll: ReadRows = (each) => {
  for (const r of ROWS) each(r)
  return ROWS.length
}

describe('the export written to a file as the rows come', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'publish-desk-export-unit-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('writes the CSV record by record, byte for byte what the whole-file writer gives', () => {
    const path = join(dir, 'a.csv')
    expect(writeCsvExport(path, readAll)).toBe(3)
    const whole = toCsv([EXPORT_COLUMNS.map((c) => c.header), ...ROWS.map((r) => EXPORT_COLUMNS.map((c) => String(c.value(r))))])
    expect(readFileSync(path).equals(whole)).toBe(true)
  })

  it('writes the XLSX from its spool of rows, every cell as it was, and removes the spool', async () => {
    const path = join(dir, 'a.xlsx')
    expect(await writeXlsxExport(path, readAll, new Date('2026-01-20T03:00:00Z'))).toBe(3)
    expect(readdirSync(dir)).toEqual(['a.xlsx'])
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer)
    const ws = wb.worksheets[0]
    expect(ws?.rowCount).toBe(4)
    const titleColumn = EXPORT_COLUMNS.findIndex((c) => c.header === 'เรื่อง') + 1
    expect([2, 3, 4].map((r) => ws?.getRow(r).getCell(titleColumn).value)).toEqual(ROWS.map((r) => r.title))
    expect(ws?.getRow(2).getCell(EXPORT_COLUMNS.findIndex((c) => c.header === 'รายละเอียดข้อมูล') + 1).value).toBe(ROWS[0]?.details)
  })

  it('leaves only what the caller removes when the reading fails halfway: no spool', async () => {
    const path = join(dir, 'b.xlsx')
    const failing: ReadRows = (each) => {
      each(ROWS[0] as ExportRow)
      throw new Error('SQLITE_IOERR')
    }
    await expect(writeXlsxExport(path, failing, new Date())).rejects.toThrow('SQLITE_IOERR')
    expect(readdirSync(dir)).toEqual([])
    expect(() => writeCsvExport(join(dir, 'b.csv'), failing)).toThrow('SQLITE_IOERR')
    // The half-written CSV is the caller's temporary file (staging and the CLI remove it).
    expect(readdirSync(dir)).toEqual(['b.csv'])
  })
})
