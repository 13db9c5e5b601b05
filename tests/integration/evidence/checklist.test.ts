/**
 * The MITAS checklist of MOIT 1 (6-month round of FY ๒๕๖๙) as XLSX and CSV, read back by exceljs,
 * by LibreOffice headless (to CSV for the cells and to HTML for the links) and by an RFC 4180
 * parser written here, not the one that wrote the file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ReportPeriod } from '@shared/domain/report-period'
import type { EvidenceChecklistResult } from '../../../src-main/services/evidence/evidence-service'
import { rowCells } from '../../../src-main/services/evidence/checklist'
import { libreOfficeRun, missingTools } from './office'
import { evidenceRegister, TITLES, URLS, type EvidenceRegister } from './evidence-fixture'

const reason = missingTools()
if (reason) console.warn(`evidence checklist: LibreOffice checks skipped — ${reason}`)

const ROUND6: ReportPeriod = { kind: 'round', fiscalYear: 2569, months: 6 }
const COLUMNS = ['MOIT', 'ลำดับ', 'หลักฐานที่ต้องตรวจ', 'มี/ไม่มี', 'File/Link', 'คำอธิบาย']

/**
 * RFC 4180: fields split on commas and CRLF, quoted fields may hold both, "" is a quote. `crlf`
 * false also takes a bare LF as the end of a record (LibreOffice on Linux ends lines so).
 */
function parseCsv(text: string, crlf = true): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"' && field === '') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if ((c === '\r' && text[i + 1] === '\n') || (!crlf && c === '\n')) {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      if (c === '\r') i++
    } else if (c === '\n' || c === '\r') throw new Error(`bare line break outside quotes at ${i}`)
    else field += c
  }
  if (field !== '' || row.length > 0) throw new Error('the last record does not end with CRLF')
  return rows
}

describe('evidence checklist (XLSX and CSV)', () => {
  let reg: EvidenceRegister
  let xlsx: EvidenceChecklistResult
  let csv: EvidenceChecklistResult
  let out: string

  beforeAll(async () => {
    reg = await evidenceRegister()
    const s = reg.f.services
    xlsx = await s.evidence.checklist({ indicatorCode: 'MOIT 1', period: ROUND6, format: 'xlsx' })
    csv = await s.evidence.checklist({ indicatorCode: 'MOIT 1', period: ROUND6, format: 'csv' })
    out = join(reg.f.dir, 'out')
    mkdirSync(out)
    writeFileSync(join(out, 'checklist.xlsx'), xlsx.bytes)
  }, 120_000)

  afterAll(() => reg?.f.cleanup())

  it('has one row per request linked to the indicator (rejected left out): มี when published in the period', () => {
    const byTitle = new Map(xlsx.rows.map((r) => [r.evidence, r]))
    expect(xlsx.rows.map((r) => r.order)).toEqual(xlsx.rows.map((_, i) => i + 1))
    expect(xlsx.rows.every((r) => r.moit === 'MOIT 1')).toBe(true)
    expect(xlsx.rows.filter((r) => r.present).map((r) => r.evidence)).toEqual([TITLES.boundary, TITLES.numbered, TITLES.plain])
    for (const t of [TITLES.dayBefore, TITLES.laterQuarter, TITLES.notPublished, TITLES.withdrawn]) expect(byTitle.get(t)?.present, t).toBe(false)
    expect(byTitle.has(TITLES.rejected)).toBe(false)
    expect(byTitle.has(TITLES.otherIndicator)).toBe(false)
    expect(xlsx.rows).toHaveLength(7)
    // Links: the live published_file row; the request's own public URL when there is none; none once withdrawn.
    expect(byTitle.get(TITLES.numbered)?.link).toBe(URLS.numberedPdf)
    expect(byTitle.get(TITLES.numbered)?.description).toContain(URLS.numberedDocx)
    expect(byTitle.get(TITLES.boundary)?.link).toBe(URLS.boundaryPage)
    expect(byTitle.get(TITLES.withdrawn)?.link).toBe('')
    expect(xlsx.rows.some((r) => r.link.includes('OLD-REMOVED') || r.description.includes('OLD-REMOVED'))).toBe(false)
    // คำอธิบาย: the title and the date, and why a row is ไม่มี.
    expect(byTitle.get(TITLES.boundary)?.description).toBe(`${TITLES.boundary} — เผยแพร่เมื่อ ๑ ตุลาคม ๒๕๖๘`)
    expect(byTitle.get(TITLES.dayBefore)?.description).toContain('เผยแพร่เมื่อ ๓๐ กันยายน ๒๕๖๘ ซึ่งอยู่นอกช่วงเวลาที่ตรวจ')
    expect(byTitle.get(TITLES.notPublished)?.description).toContain('ยังไม่ได้เผยแพร่ (สถานะ: อนุมัติแล้ว)')
    expect(byTitle.get(TITLES.withdrawn)?.description).toContain('นำออกจากเว็บไซต์แล้วเมื่อ')
    expect(csv.rows).toEqual(xlsx.rows)
  })

  it('XLSX opens in exceljs: bold frozen header, widths, Thai text and hyperlinks in File/Link', async () => {
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer)
    const sheet = book.getWorksheet('MOIT 1')
    if (!sheet) throw new Error('no MOIT 1 sheet')
    const header = sheet.getRow(1)
    expect(COLUMNS.map((_, i) => header.getCell(i + 1).value)).toEqual(COLUMNS)
    expect(header.getCell(1).font?.bold).toBe(true)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    for (let c = 1; c <= COLUMNS.length; c++) expect(sheet.getColumn(c).width ?? 0).toBeGreaterThan(5)
    expect(sheet.rowCount).toBe(1 + xlsx.rows.length)
    xlsx.rows.forEach((row, i) => {
      const r = sheet.getRow(i + 2)
      expect(r.getCell(1).value).toBe('MOIT 1')
      expect(r.getCell(2).value).toBe(row.order)
      expect(r.getCell(3).value).toBe(row.evidence)
      expect(r.getCell(4).value).toBe(row.present ? 'มี' : 'ไม่มี')
      expect(r.getCell(6).value).toBe(row.description)
      const link = r.getCell(5)
      if (row.link === '') expect(link.value ?? '').toBe('')
      else {
        expect(link.hyperlink).toBe(row.link)
        expect(link.text).toBe(row.link)
      }
    })
    expect(book.getWorksheet('รายละเอียด')?.getRow(2).getCell(2).value).toBe('MOIT 1 หน่วยงานมีการกำหนดมาตรการ และวางระบบการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน')
  })

  it.skipIf(reason !== null)('XLSX opens in LibreOffice headless with its cells and its links', () => {
    const lo = libreOfficeRun()
    try {
      lo.convert(join(out, 'checklist.xlsx'), 'csv:Text - txt - csv (StarCalc):44,34,76,1', out)
      lo.convert(join(out, 'checklist.xlsx'), 'html', out)
    } finally {
      lo.dispose()
    }
    const rows = parseCsv(readFileSync(join(out, 'checklist.csv'), 'utf8').replace(/^\uFEFF/, ''), false)
    expect(rows[0]).toEqual(COLUMNS)
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[4]])).toEqual(xlsx.rows.map((r) => [r.moit, String(r.order), r.evidence, r.present ? 'มี' : 'ไม่มี', r.link]))
    const html = readFileSync(join(out, 'checklist.html'), 'utf8')
    const hrefs = [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1])
    for (const link of xlsx.rows.map((r) => r.link).filter((l) => l !== '')) expect(hrefs).toContain(link)
  }, 120_000)

  it('CSV: UTF-8 with BOM, CRLF, RFC 4180 quoting that round-trips Thai, quotes, commas and newlines, formulas guarded', () => {
    const bytes = csv.bytes
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8').slice(1)
    // Every line break outside a quoted field is CRLF (the parser refuses a bare one).
    const rows = parseCsv(text)
    expect(rows[0]).toEqual(COLUMNS)
    const expected = csv.rows.map((r) => rowCells(r).map((c) => (typeof c === 'number' ? String(c) : /^[=+\-@\t\r]/.test(c) ? `'${c}` : c)))
    expect(rows.slice(1)).toEqual(expected)
    const withdrawn = rows.find((r) => r[2] === TITLES.withdrawn)
    expect(withdrawn?.[2]).toContain('"ลูกจ้างชั่วคราว", ตำแหน่ง')
    expect(withdrawn?.[2]).toContain('\nบรรทัดที่สอง')
    // A title that reads as a formula is written so a spreadsheet shows it as text.
    const formula = rows.find((r) => r[2]?.includes('HYPERLINK'))
    expect(formula?.[2]).toBe(`'${TITLES.notPublished}`)
    expect(formula?.[5]?.startsWith("'=")).toBe(true)
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""คลิก"") ร่างแผนปฏิบัติการ"`)
    expect(csv.fileName).toBe('รายการตรวจหลักฐาน-MOIT1-ปีงบ2569-รอบ6เดือน.csv')
    expect(xlsx.fileName).toBe('รายการตรวจหลักฐาน-MOIT1-ปีงบ2569-รอบ6เดือน.xlsx')
  })

  it('an indicator without published evidence still gets its ไม่มี rows', async () => {
    const s = reg.f.services
    const none = await s.evidence.checklist({ indicatorCode: 'MOIT 5', period: ROUND6, format: 'csv' })
    expect(none.rows).toHaveLength(1)
    expect(none.rows[0]).toMatchObject({ moit: 'MOIT 5', order: 1, present: false, link: '' })
    expect(none.rows[0]?.description).toContain('ยังไม่มีคำขอเผยแพร่ที่อ้างถึงตัวชี้วัดนี้')
    const unpublished = await s.evidence.checklist({ indicatorCode: 'MOIT 3', period: ROUND6, format: 'xlsx' })
    expect(unpublished.rows.map((r) => [r.evidence, r.present])).toEqual([[TITLES.notPublished, false]])
  })
})
