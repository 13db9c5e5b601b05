/**
 * Export and import of the register over a real register: the XLSX opened back with exceljs and
 * with LibreOffice (converted headless to CSV for the rows, to flat ODS for the links), the CSV
 * read back and imported into another register, and imports of office logs — good ones, and one
 * with a bad row, which writes nothing unless the bad row is dropped explicitly.
 */
import { spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppError } from '@shared/result'
import type { ImportRunInput, ImportSourceInput, RegisterExportInput } from '@shared/domain/register-io'
import { parseCsv } from '../../src-main/services/register-io/csv'
import { countRows, openFixture, requestIn, type RegisterFixture } from '../helpers/register-fixtures'

const TRICKY_TITLE = 'ประกาศ "ผู้ชนะการเสนอราคา", จัดซื้อวัสดุ\nบรรทัดที่สอง'
const FORMULA_TITLE = '=HYPERLINK("http://evil.example","คลิก")'

/** The export written into the fixture's folder, read back. */
async function exported(f: RegisterFixture, input: RegisterExportInput): Promise<{ bytes: Buffer; rows: number; fileName: string }> {
  const path = join(f.dir, `export-${randomUUID()}`)
  try {
    return await f.services.registerIo.exportRegisterTo(input, async (_fileName, write) => {
      await write(path)
      return { bytes: readFileSync(path) }
    })
  } finally {
    rmSync(path, { force: true })
  }
}

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  const ws = wb.worksheets[0]
  if (!ws) throw new Error('no worksheet')
  return ws
}

/** The same fields every import in these tests uses: the office's unit and the news category. */
const DEFAULTS = { ownerUnit: 'งานข้อมูลและสารสนเทศ', categoryCode: '1.8' }

function source(name: string, bytes: Buffer, extra: Partial<ImportSourceInput> = {}): ImportSourceInput {
  return { fileName: name, contentBase64: bytes.toString('base64'), defaults: DEFAULTS, ...extra }
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const caught = await p.then(
    () => null,
    (e: unknown) => e
  )
  expect(caught, 'expected a refusal').toBeInstanceOf(AppError)
  return caught as AppError
}

/** A log as the office keeps it: title lines, then วัน เดือน ปี | เรื่อง | เอกสารแนบ | หมายเหตุ (the seed's). */
async function officeLog(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('ไตรมาส 4')
  ws.addRow(['บันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์ของ สำนักงานสาธารณสุขอำเภอศรีบุญเรือง'])
  ws.addRow(['เดือน กรกฎาคม - กันยายน ๒๕๖๔'])
  ws.addRow([])
  ws.addRow(['วัน เดือน ปี', 'เรื่อง', 'เอกสารแนบ', 'หมายเหตุ'])
  for (const r of rows) ws.addRow(r)
  wb.addWorksheet('หมายเหตุ').addRow(['แผ่นงานนี้ไม่ใช่ตาราง'])
  return Buffer.from(await wb.xlsx.writeBuffer())
}

describe('register export', () => {
  let f: RegisterFixture
  let published: number
  beforeEach(() => {
    f = openFixture({ start: '2026-01-15T03:00:00.000Z' })
    const moit4 = f.services.catalog.listIndicators(2569).find((i) => i.code === 'MOIT 4')
    published = requestIn(f, 'published', {
      requestDate: '2025-12-24',
      title: 'ขออนุญาตเผยแพร่แผนปฏิบัติการจัดซื้อจัดจ้าง ประจำปีงบประมาณ ๒๕๖๙',
      categoryCode: '1.8',
      indicatorIds: moit4 ? [moit4.id] : []
    }).id
    requestIn(f, 'published', { requestDate: '2026-01-05', title: TRICKY_TITLE, categoryCode: '1.8', note: '-ด่วน' })
    requestIn(f, 'draft', { requestDate: '2026-01-10', title: FORMULA_TITLE })
    requestIn(f, 'submitted', { requestDate: '2026-01-12', title: 'รายงานผลการดำเนินงาน ไตรมาสที่ ๑' })
  })
  afterEach(() => f.cleanup())

  it('writes the filtered register as XLSX: bold frozen Thai header, BE dates as text beside ISO date cells, widths, links', async () => {
    const { bytes, rows, fileName } = await exported(f, { format: 'xlsx', query: { statuses: ['published'], sortBy: 'requestDate', sortDir: 'asc' } })
    expect(rows).toBe(2)
    expect(fileName).toBe('ทะเบียนคำขอเผยแพร่ 15 ม.ค. 2569.xlsx')
    const ws = await workbookOf(bytes)
    expect(ws.rowCount).toBe(3)
    const header = (ws.getRow(1).values as unknown[]).slice(1)
    expect(header.slice(0, 6)).toEqual(['เลขที่', 'วันที่ขอ', 'วันที่ขอ (ISO)', 'เรื่อง', 'หน่วยงานเจ้าของข้อมูล', 'หมวด'])
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true)
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(ws.getColumn(4).width).toBe(60)
    const col = (name: string) => header.indexOf(name) + 1
    const first = ws.getRow(2)
    expect(first.getCell(col('เลขที่')).value).toBe(published)
    expect(first.getCell(col('วันที่ขอ')).value).toBe('24 ธ.ค. 2568')
    expect(first.getCell(col('วันที่ขอ (ISO)')).value).toEqual(new Date(Date.UTC(2025, 11, 24)))
    expect(first.getCell(col('วันที่ขอ (ISO)')).numFmt).toBe('yyyy-mm-dd')
    expect(first.getCell(col('สถานะ')).value).toBe('เผยแพร่แล้ว')
    expect(first.getCell(col('ตัวชี้วัด')).value).toBe('MOIT 4')
    expect(first.getCell(col('ปีงบประมาณ')).value).toBe(2569)
    expect(first.getCell(col('วันที่เผยแพร่')).value).toBe('15 ม.ค. 2569')
    expect(first.getCell(col('ลิงก์ที่เผยแพร่')).value).toEqual({ text: 'https://sso-sribunrueang.example/news/1', hyperlink: 'https://sso-sribunrueang.example/news/1' })
    expect(ws.getRow(3).getCell(col('เรื่อง')).value).toBe(TRICKY_TITLE)
  })

  it('exports what the list shows for the same query, search included, in the same order', async () => {
    for (const query of [{ search: 'จัดซื้อ' }, { search: 'ผล', statuses: ['submitted' as const] }, { sortBy: 'title' as const, sortDir: 'asc' as const }]) {
      const list = f.services.requests.query({ ...query, limit: 500 })
      const { bytes, rows } = await exported(f, { format: 'csv', query })
      const records = parseCsv(bytes.toString('utf8'))
      expect(rows).toBe(list.total)
      expect(records.slice(1).map((r) => Number(r[0]))).toEqual(list.rows.map((r) => r.id))
    }
  })

  it('writes CSV with BOM and CRLF, quotes what needs it, guards formulas, and reads back cell for cell', async () => {
    const { bytes } = await exported(f, { format: 'csv', query: { sortBy: 'requestDate', sortDir: 'asc' } })
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8')
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text).toContain('"ประกาศ ""ผู้ชนะการเสนอราคา"", จัดซื้อวัสดุ\nบรรทัดที่สอง"')
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""คลิก"")"`)
    expect(text).toContain(",'-ด่วน")
    const records = parseCsv(text)
    expect(records).toHaveLength(5)
    const titles = records.slice(1).map((r) => r[3])
    expect(titles).toEqual(['ขออนุญาตเผยแพร่แผนปฏิบัติการจัดซื้อจัดจ้าง ประจำปีงบประมาณ ๒๕๖๙', TRICKY_TITLE, `'${FORMULA_TITLE}`, 'รายงานผลการดำเนินงาน ไตรมาสที่ ๑'])
    expect(records.every((r) => r.length === records[0]?.length)).toBe(true)
  })

  it('round-trips a CSV export into another register: Thai, quotes, commas, line breaks and the formula guard survive', async () => {
    const { bytes } = await exported(f, { format: 'csv', query: { statuses: ['published'], sortBy: 'requestDate', sortDir: 'asc' } })
    const other = openFixture({ start: '2026-01-20T03:00:00.000Z' })
    try {
      const preview = await other.services.registerIo.previewImport(source('ทะเบียน.csv', bytes, { defaults: {} }), other.ids.webmaster)
      expect(preview.problems).toEqual([])
      expect(preview.mapping).toMatchObject({ requestDate: 1, title: 3, ownerUnit: 4, categoryCode: 5, indicators: 7, status: 10, publicUrl: 17 })
      expect(preview.invalidCount).toBe(0)
      const outcome = await other.services.registerIo.runImport(source('ทะเบียน.csv', bytes, { defaults: {} }), other.ids.webmaster)
      expect(outcome.written).toBe(2)
      const [a, b] = outcome.ids.map((id) => other.services.requests.get(id))
      expect(a?.title).toBe('ขออนุญาตเผยแพร่แผนปฏิบัติการจัดซื้อจัดจ้าง ประจำปีงบประมาณ ๒๕๖๙')
      expect(a?.indicators.map((i) => i.code)).toEqual(['MOIT 4'])
      expect(a?.published).toMatchObject({ at: '2026-01-15', publicUrl: 'https://sso-sribunrueang.example/news/1' })
      expect(b?.title).toBe(TRICKY_TITLE)
      expect(b?.note).toBe('-ด่วน')
      expect(b?.requestDate).toBe('2026-01-05')
    } finally {
      other.cleanup()
    }
  })

  it('refuses formats it does not make, in Thai', async () => {
    let delivered = false
    const e = await refusal(
      f.services.registerIo.exportRegisterTo({ format: 'pdf' } as unknown as RegisterExportInput, async () => {
        delivered = true
        return {}
      })
    )
    expect(e.message).toContain('รูปแบบไฟล์ต้องเป็น xlsx หรือ csv')
    // Refused before anything was written.
    expect(delivered).toBe(false)
  })
})

/** LibreOffice headless as a second reader of the XLSX, with its own profile. */
function soffice(args: string[], profile: string): void {
  const r = spawnSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', ...args], { encoding: 'utf8', timeout: 180_000 })
  if (r.error) throw r.error
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`)
}

function libreOfficeCalcMissing(): string | null {
  const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 })
  if (probe.error || probe.status !== 0) return 'soffice (LibreOffice) not found: install libreoffice-calc-nogui'
  const calc = spawnSync('dpkg', ['-s', 'libreoffice-calc-nogui'], { encoding: 'utf8' })
  const calcFull = spawnSync('dpkg', ['-s', 'libreoffice-calc'], { encoding: 'utf8' })
  if (calc.status !== 0 && calcFull.status !== 0 && process.platform === 'linux') return 'LibreOffice Calc is not installed (apt-get install libreoffice-calc-nogui): soffice cannot open .xlsx without it'
  return null
}

describe('register export read by LibreOffice', () => {
  const missing = libreOfficeCalcMissing()
  if (missing) console.warn(`skipped: ${missing}`)

  it.skipIf(missing !== null)('holds the rows (CSV conversion) and the links (flat ODS conversion)', async () => {
    const f = openFixture({ start: '2026-01-15T03:00:00.000Z' })
    const dir = mkdtempSync(join(tmpdir(), 'register-lo-'))
    try {
      requestIn(f, 'published', { requestDate: '2025-12-24', title: 'ขออนุญาตเผยแพร่ผลการจัดซื้อจัดจ้างในรอบเดือน ธันวาคม ๒๕๖๘', categoryCode: '1.8' })
      requestIn(f, 'published', { requestDate: '2026-01-05', title: TRICKY_TITLE, categoryCode: '1.8' })
      const { bytes } = await exported(f, { format: 'xlsx', query: { sortBy: 'requestDate', sortDir: 'asc' } })
      const xlsx = join(dir, 'register.xlsx')
      writeFileSync(xlsx, bytes)
      const profile = join(dir, 'profile')
      // 44 = comma, 34 = quote, 76 = UTF-8, 1 = from the first line.
      soffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', dir, xlsx], profile)
      soffice(['--convert-to', 'fods', '--outdir', dir, xlsx], profile)
      const records = parseCsv(readFileSync(join(dir, 'register.csv'), 'utf8'))
      expect(records).toHaveLength(3)
      const header = records[0] ?? []
      expect(header.slice(0, 4)).toEqual(['เลขที่', 'วันที่ขอ', 'วันที่ขอ (ISO)', 'เรื่อง'])
      expect(records[1]?.slice(0, 4)).toEqual(['1', '24 ธ.ค. 2568', '2025-12-24', 'ขออนุญาตเผยแพร่ผลการจัดซื้อจัดจ้างในรอบเดือน ธันวาคม ๒๕๖๘'])
      expect(records[2]?.[3]).toBe(TRICKY_TITLE)
      expect(records[1]?.[header.indexOf('ลิงก์ที่เผยแพร่')]).toBe('https://sso-sribunrueang.example/news/1')
      const ods = readFileSync(join(dir, 'register.fods'), 'utf8')
      const links = [...ods.matchAll(/xlink:href="([^"]+)"/g)].map((m) => m[1])
      expect(links).toEqual(['https://sso-sribunrueang.example/news/1', 'https://sso-sribunrueang.example/news/1'])
    } finally {
      f.cleanup()
      rmSync(dir, { recursive: true, force: true })
    }
  }, 240_000)
})

describe('register import', () => {
  let f: RegisterFixture
  beforeEach(() => {
    f = openFixture({ start: '2026-01-15T03:00:00.000Z' })
  })
  afterEach(() => f.cleanup())

  const state = () => ({ requests: countRows(f.services, 'request'), audit: countRows(f.services, 'audit_log'), events: countRows(f.services, 'status_event') })

  it('reads the office log: finds the header under the title lines, maps the Thai headers, reads every date form', async () => {
    const log = await officeLog([
      ['๑๕ ม.ค. ๒๕๖๕', 'ขออนุญาตเผยแพร่แผนปฏิบัติการจัดซื้อจัดจ้างประจำปีงบประมาณ ๒๕๖๕', 'เอกสารและรูป', ''],
      ['16/01/2565', 'ขออนุญาตเผยแพร่ผลการจัดซื้อจัดจ้างในรอบเดือน', 'เอกสารและรูป', 'ส่งช้า'],
      [new Date(Date.UTC(2022, 0, 17)), 'ขออนุญาตเผยแพร่การวางระบบในการจัดการเรื่องร้องเรียนของหน่วยงาน', '', ''],
      [44579, 'ขออนุญาตเผยแพร่การวิเคราะห์ความเสี่ยงเกี่ยวกับผลประโยชน์ทับซ้อนในหน่วยงาน', '', ''],
      ['2022-01-19', 'ประกาศเจตนารมณ์การป้องกันการรับสินบน', '', ''],
      [new Date(Date.UTC(2565, 0, 20)), 'ข่าวประชาสัมพันธ์การฉีดวัคซีน (ปี พ.ศ. พิมพ์ลงใน Excel แบบ ค.ศ.)', '', ''],
      ['สิงหาคม ๒๕๖๔', 'ขออนุญาตเผยแพร่ผลการดำเนินงานเว็บไซต์', 'เอกสารและรูป', '']
    ])
    const preview = await f.services.registerIo.previewImport(source('บันทึกการเผยแพร่ ๒๕๖๕.xlsx', log), f.ids.webmaster)
    expect(preview.format).toBe('xlsx')
    expect(preview.sheets).toEqual(['ไตรมาส 4', 'หมายเหตุ'])
    expect(preview.sheet).toBe('ไตรมาส 4')
    expect(preview.headerRow).toBe(4)
    expect(preview.mapping).toEqual({ requestDate: 0, title: 1, details: 2, note: 3 })
    expect(preview.problems).toEqual([])
    expect(preview.rows.map((r) => [r.row, r.value?.requestDate, r.errors])).toEqual([
      [5, '2022-01-15', []],
      [6, '2022-01-16', []],
      [7, '2022-01-17', []],
      [8, '2022-01-18', []],
      [9, '2022-01-19', []],
      [10, '2022-01-20', []],
      [11, '2021-08-01', []]
    ])
    expect(preview.rows[6]?.warnings).toEqual(['‘สิงหาคม ๒๕๖๔’ มีแต่เดือนและปี — บันทึกเป็นวันที่ 1 สิงหาคม 2564 แก้ในไฟล์ได้ถ้าทราบวันที่จริง'])
    expect(preview.rows[0]?.value).toMatchObject({ fiscalYear: 2565, details: 'เอกสารและรูป', categoryCode: '1.8', ownerUnit: 'งานข้อมูลและสารสนเทศ', publishUntil: '2023-01-15' })
    expect(preview.rows[2]?.value?.details).toBe('ตามเอกสารแนบ')
    expect(preview.validCount).toBe(7)

    const before = state()
    const outcome = await f.services.registerIo.runImport(source('บันทึกการเผยแพร่ ๒๕๖๕.xlsx', log), f.ids.webmaster)
    expect(outcome).toMatchObject({ dryRun: false, written: 7, dropped: [], rowsRead: 7 })
    expect(state()).toEqual({ requests: before.requests + 7, audit: before.audit + 1, events: before.events + 7 })
    const d = f.services.requests.get(outcome.ids[0] as number)
    expect(d).toMatchObject({ status: 'published', requestDate: '2022-01-15', fiscalYear: 2565, approval: null, requesterId: f.ids.webmaster })
    expect(d.published).toMatchObject({ byId: f.ids.webmaster, at: '2022-01-15', publicUrl: '' })
    expect(d.history).toHaveLength(1)
    expect(d.history[0]).toMatchObject({ action: 'create', toStatus: 'published', decidedAt: '2022-01-15' })
    expect(d.history[0]?.reason).toBe('นำเข้าจากบันทึกการเผยแพร่ของหน่วยงาน “บันทึกการเผยแพร่ ๒๕๖๕.xlsx” แถวที่ 5 — เป็นรายการที่เผยแพร่ไปแล้วก่อนใช้โปรแกรม')
    const audit = f.services.audit.list({ limit: 1 })[0]
    expect(audit).toMatchObject({ action: 'register.import', entity: 'register-import', entityId: `${outcome.ids[0]}-${outcome.ids[6]}` })
    expect(audit?.detail).toMatchObject({ fileName: 'บันทึกการเผยแพร่ ๒๕๖๕.xlsx', written: 7, ids: outcome.ids, droppedRows: [], status: 'published' })
    expect(f.services.audit.verify().ok).toBe(true)
    // The search index saw them: they are found like any other request.
    expect(f.services.requests.query({ search: 'รับสินบน' }).rows.map((r) => r.id)).toEqual([outcome.ids[4]])
    // Importing the same log again is pointed out on every row.
    const again = await f.services.registerIo.previewImport(source('บันทึกการเผยแพร่ ๒๕๖๕.xlsx', log), f.ids.webmaster)
    expect(again.rows[0]?.warnings).toEqual([`ในทะเบียนมีคำขอเรื่องเดียวกันวันเดียวกันอยู่แล้ว (เลขที่ ${outcome.ids[0]}) — ตรวจว่าไม่ได้นำเข้าซ้ำ`])
  })

  describe('a CSV log with one bad row (row 3: 31/02/2565)', () => {
    const csv = Buffer.from(
      '\uFEFFวันที่,เรื่อง,หน่วยงาน,หมวด,ลิงก์,ตัวชี้วัด\r\n' +
        '15/01/2565,ขออนุญาตเผยแพร่แผนปฏิบัติการจัดซื้อจัดจ้าง,งานพัสดุ,1.8,https://sso.example/p/1,MOIT 6\r\n' +
        '31/02/2565,ขออนุญาตเผยแพร่ผลการจัดซื้อจัดจ้าง,งานพัสดุ,1.8,https://sso.example/p/2,\r\n' +
        '"01/03/2565","ประกาศ ""ผู้ชนะ"", วัสดุการแพทย์",งานพัสดุ,๑.๘,,\r\n',
      'utf8'
    )
    const input = (extra: Partial<ImportRunInput> = {}): ImportRunInput => ({ ...source('log.csv', csv, { defaults: {} }), ...extra })

    beforeEach(() => {
      // The indicator named in row 2 is of FY 2565: the register has that year's set.
      f.services.catalog.copyForward(2569, 2565, f.ids.webmaster)
    })

    it('the preview says which row and why', async () => {
      const preview = await f.services.registerIo.previewImport(input(), f.ids.webmaster)
      expect(preview.encoding).toBe('utf-8')
      expect(preview.mapping).toEqual({ requestDate: 0, title: 1, ownerUnit: 2, categoryCode: 3, publicUrl: 4, indicators: 5 })
      expect(preview.rows.map((r) => [r.row, r.errors])).toEqual([
        [2, []],
        [3, ['วันที่ ‘31/02/2565’ ไม่มีอยู่จริง']],
        [4, []]
      ])
      expect(preview.rows[2]?.value?.title).toBe('ประกาศ "ผู้ชนะ", วัสดุการแพทย์')
      expect(preview.rows[0]?.value?.indicatorCodes).toEqual(['MOIT 6'])
    })

    it('a dry run writes nothing and says which row would be left out', async () => {
      const before = state()
      const outcome = await f.services.registerIo.runImport(input({ dryRun: true }), f.ids.webmaster)
      expect(outcome).toMatchObject({ dryRun: true, written: 2, dropped: [3], rowsRead: 3 })
      expect(outcome.invalid).toEqual([{ row: 3, errors: ['วันที่ ‘31/02/2565’ ไม่มีอยู่จริง'] }])
      expect(state()).toEqual(before)
    })

    it('a real run without dropInvalid writes nothing and names the row and the reason', async () => {
      const before = state()
      const e = await refusal(f.services.registerIo.runImport(input(), f.ids.webmaster))
      expect(e.code).toBe('invalid-input')
      expect(e.message).toContain('มีแถวที่ไม่ถูกต้อง 1 แถว')
      expect(e.message).toContain('แถวที่ 3: วันที่ ‘31/02/2565’ ไม่มีอยู่จริง')
      expect(e.fields).toEqual({ 'row.3': 'วันที่ ‘31/02/2565’ ไม่มีอยู่จริง' })
      expect(state()).toEqual(before)
    })

    it('with dropInvalid writes exactly the good rows, in one transaction with one audit entry', async () => {
      const before = state()
      const outcome = await f.services.registerIo.runImport(input({ dropInvalid: true }), f.ids.webmaster)
      expect(outcome).toMatchObject({ dryRun: false, written: 2, dropped: [3], rowsRead: 3 })
      expect(state()).toEqual({ requests: before.requests + 2, audit: before.audit + 1, events: before.events + 2 })
      const titles = outcome.ids.map((id) => f.services.requests.get(id).title)
      expect(titles).toEqual(['ขออนุญาตเผยแพร่แผนปฏิบัติการจัดซื้อจัดจ้าง', 'ประกาศ "ผู้ชนะ", วัสดุการแพทย์'])
      const first = f.services.requests.get(outcome.ids[0] as number)
      expect(first).toMatchObject({ ownerUnit: 'งานพัสดุ', categoryCode: '1.8', fiscalYear: 2565, publishUntil: '2023-01-15' })
      expect(first.indicators.map((i) => [i.code, i.fiscalYear])).toEqual([['MOIT 6', 2565]])
      expect(first.published?.publicUrl).toBe('https://sso.example/p/1')
      expect(f.services.audit.list({ limit: 1 })[0]?.detail).toMatchObject({ droppedRows: [3], written: 2 })
      // The imported evidence counts on the dashboard of its year, not of this one.
      expect(f.services.dashboard.get().counts.published).toBe(2)
    })
  })

  it('says what the file lacks before looking at rows, and lets the person map columns by hand', async () => {
    const csv = Buffer.from('ลำดับ,ชื่อ,เมื่อ\r\n1,ประกาศรับสมัครงาน,15/01/2565\r\n', 'utf8')
    const preview = await f.services.registerIo.previewImport({ fileName: 'x.csv', contentBase64: csv.toString('base64') }, f.ids.webmaster)
    expect(preview.problems).toEqual([
      'ยังไม่ได้เลือกคอลัมน์ของ “วัน เดือน ปี (วันที่ขอ/เผยแพร่)” — เลือกในตารางจับคู่คอลัมน์',
      'ยังไม่ได้เลือกคอลัมน์ของ “เรื่อง” — เลือกในตารางจับคู่คอลัมน์',
      'ไม่มีหน่วยงานเจ้าของข้อมูล — เลือกคอลัมน์หน่วยงาน หรือกรอก “หน่วยงานเริ่มต้น” สำหรับทุกแถว',
      'ไม่มีหมวดหมู่ข้อมูล — เลือกคอลัมน์หมวด หรือเลือก “หมวดเริ่มต้น” สำหรับทุกแถว'
    ])
    const e = await refusal(f.services.registerIo.runImport({ fileName: 'x.csv', contentBase64: csv.toString('base64') }, f.ids.webmaster))
    expect(e.message).toMatch(/^ยังไม่ได้นำเข้า: ยังไม่ได้เลือกคอลัมน์ของ/)
    const mapped = await f.services.registerIo.previewImport(source('x.csv', csv, { mapping: { requestDate: 2, title: 1 } }), f.ids.webmaster)
    expect(mapped.problems).toEqual([])
    expect(mapped.rows[0]?.value).toMatchObject({ requestDate: '2022-01-15', title: 'ประกาศรับสมัครงาน' })
  })

  it('refuses an old .xls, a broken workbook, an unknown sheet, and an import by someone who is not a webmaster', async () => {
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])
    expect((await refusal(f.services.registerIo.previewImport(source('log.xls', xls), f.ids.webmaster))).message).toContain('Excel รุ่นเก่า (.xls)')
    const broken = Buffer.from('PK\u0003\u0004 not really a zip', 'latin1')
    expect((await refusal(f.services.registerIo.previewImport(source('log.xlsx', broken), f.ids.webmaster))).message).toMatch(/^อ่านสมุดงาน “log.xlsx” ไม่ได้/)
    const log = await officeLog([['15/01/2565', 'เรื่อง', '', '']])
    expect((await refusal(f.services.registerIo.previewImport(source('log.xlsx', log, { sheet: 'ไม่มี' }), f.ids.webmaster))).message).toBe('ไม่พบแผ่นงาน “ไม่มี” ในไฟล์ — แผ่นงานที่มี: ไตรมาส 4, หมายเหตุ')
    const e = await refusal(f.services.registerIo.runImport(source('log.xlsx', log), f.ids.assistant))
    expect(e.code).toBe('forbidden')
    expect(e.message).toContain('ผู้ดูแลเว็บไซต์')
  })

  it('refuses rows dated in the future, unknown categories and indicators, bad links and other statuses, each in Thai', async () => {
    const csv = Buffer.from(
      [
        'วันที่,เรื่อง,หมวด,ตัวชี้วัด,ลิงก์,สถานะ',
        '20/01/2569,ยังมาไม่ถึง,1.8,,,',
        '15/01/2569,หมวดผิด,9.9,,,',
        '15/01/2569,ตัวชี้วัดผิด,1.8,MOIT 99,,',
        '15/01/2569,ลิงก์ผิด,1.8,,www.example.go.th,',
        '15/01/2569,ยังเป็นร่าง,1.8,,,ร่าง',
        '15/01/2569,,1.8,,,'
      ].join('\r\n'),
      'utf8'
    )
    const preview = await f.services.registerIo.previewImport(source('bad.csv', csv), f.ids.webmaster)
    expect(preview.rows.map((r) => r.errors)).toEqual([
      ['วันที่ 20 ม.ค. 2569 ยังมาไม่ถึง — รายการที่นำเข้าต้องเป็นรายการที่เผยแพร่ไปแล้ว'],
      ['ไม่รู้จักหมวด ‘9.9’ — ใช้รหัสหมวด เช่น 1.1, 1.2, 1.3'],
      ['ไม่พบตัวชี้วัด ‘MOIT 99’ ของปีงบประมาณ 2569 — ดูรหัสได้ที่ ตั้งค่า › ตัวชี้วัด'],
      ['“ลิงก์ที่เผยแพร่” ‘www.example.go.th’ ต้องขึ้นต้นด้วย http:// หรือ https://'],
      ['สถานะ ‘ร่าง’ — นำเข้าได้เฉพาะรายการที่เผยแพร่แล้ว (บันทึกที่นำเข้าเป็นประวัติการเผยแพร่)'],
      ['ไม่มีเรื่อง']
    ])
    expect(preview.invalidCount).toBe(6)
    const e = await refusal(f.services.registerIo.runImport({ ...source('bad.csv', csv), dropInvalid: true }, f.ids.webmaster))
    expect(e.message).toBe('ไม่มีแถวที่ถูกต้องให้นำเข้า — ไม่ได้บันทึกอะไร')
  })
})
