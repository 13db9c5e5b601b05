/**
 * `publish-desk export` and `publish-desk import`, run as a person runs them: the real launcher in
 * a child process over a register set up like the seed's office. The tests build on each other.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCsv } from '../../../src-main/services/register-io/csv'
import { openFixture, requestIn, type RegisterFixture } from '../../helpers/register-fixtures'

const BIN = join(__dirname, '..', '..', '..', 'bin', 'publish-desk.mjs')

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

describe('publish-desk export / import', () => {
  let f: RegisterFixture
  const cli = (...args: string[]): Run => {
    const env = { ...process.env }
    delete env.PUBLISH_DESK_DATA_DIR
    const r = spawnSync(process.execPath, [BIN, '--data-dir', f.dir, ...args], { encoding: 'utf8', env, timeout: 60_000 })
    return { code: r.status, stdout: r.stdout, stderr: r.stderr }
  }
  const requests = () => {
    const db = new Database(join(f.dir, 'register.sqlite3'), { readonly: true, fileMustExist: true })
    try {
      return (db.prepare('SELECT count(*) AS n FROM request').get() as { n: number }).n
    } finally {
      db.close()
    }
  }
  const file = (name: string) => join(f.dir, name)

  beforeAll(() => {
    f = openFixture({ start: '2026-01-15T03:00:00.000Z' })
    requestIn(f, 'published', { requestDate: '2025-12-24', title: 'ขออนุญาตเผยแพร่แผนปฏิบัติการจัดซื้อจัดจ้าง ประจำปีงบประมาณ ๒๕๖๙', categoryCode: '1.8' })
    requestIn(f, 'published', { requestDate: '2026-01-05', title: 'ประกาศผู้ชนะการเสนอราคา, "วัสดุการแพทย์"', categoryCode: '1.8' })
    requestIn(f, 'submitted', { requestDate: '2026-01-10', title: 'รายงานผลการจัดซื้อจัดจ้าง ไตรมาสที่ ๑' })
    // The CLI opens the register itself: the fixture lets go of it.
    f.services.close()
  })
  afterAll(() => f.cleanup())

  it('exports the filtered register as XLSX and as CSV', async () => {
    const xlsx = cli('export', '--format', 'xlsx', '--out', file('ทะเบียน.xlsx'), '--fy', '2569', '--status', 'published')
    expect(xlsx.stderr).toBe('')
    expect(xlsx.code).toBe(0)
    expect(xlsx.stdout).toBe(`บันทึกทะเบียน 2 รายการแล้ว: ${file('ทะเบียน.xlsx')}\n`)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(readFileSync(file('ทะเบียน.xlsx')) as unknown as ExcelJS.Buffer)
    expect(wb.worksheets[0]?.rowCount).toBe(3)

    const csv = cli('export', '--out', file('จัดซื้อ.csv'), '--q', 'จัดซื้อ', '--category', '1.8')
    expect(csv.code, csv.stderr).toBe(0)
    const records = parseCsv(readFileSync(file('จัดซื้อ.csv'), 'utf8'))
    expect(records.slice(1).map((r) => r[3])).toEqual(['ขออนุญาตเผยแพร่แผนปฏิบัติการจัดซื้อจัดจ้าง ประจำปีงบประมาณ ๒๕๖๙'])

    const clash = cli('export', '--format', 'csv', '--out', file('x.xlsx'))
    expect(clash.code).toBe(2)
    expect(clash.stderr).toContain('นามสกุลของไฟล์')
    expect(existsSync(file('x.xlsx'))).toBe(false)
  })

  const log =
    '\uFEFFวัน เดือน ปี,เรื่อง,เอกสารแนบ,หมายเหตุ\r\n' +
    '๑๕ ม.ค. ๒๕๖๕,ขออนุญาตเผยแพร่แผนปฏิบัติการจัดซื้อจัดจ้างประจำปีงบประมาณ ๒๕๖๕,เอกสารและรูป,\r\n' +
    '31/02/2565,ขออนุญาตเผยแพร่ผลการจัดซื้อจัดจ้างในรอบเดือน,เอกสารและรูป,\r\n' +
    '01/03/2565,,เอกสารและรูป,\r\n' +
    '15/03/2565,ขออนุญาตเผยแพร่การวางระบบในการจัดการเรื่องร้องเรียนของหน่วยงาน,เอกสารและรูป,\r\n'

  it('refuses a log with bad rows, lists each one, exits 1 and writes nothing — on a dry run too', () => {
    writeFileSync(file('log.csv'), log)
    const before = requests()
    for (const extra of [[], ['--dry-run']]) {
      const run = cli('import', file('log.csv'), '--unit', 'งานข้อมูลและสารสนเทศ', '--category', '1.8', '--by', String(f.ids.webmaster), ...extra)
      expect(run.code).toBe(1)
      expect(run.stdout).toBe('')
      expect(run.stderr).toContain('แถวที่ไม่ถูกต้อง 2 แถว:')
      expect(run.stderr).toContain('  แถวที่ 3: วันที่ ‘31/02/2565’ ไม่มีอยู่จริง\n')
      expect(run.stderr).toContain('  แถวที่ 4: ไม่มีเรื่อง\n')
      expect(run.stderr).toContain('เพิ่ม --drop-invalid เพื่อนำเข้าเฉพาะ 2 แถวที่ถูกต้อง')
      expect(requests()).toBe(before)
    }
    // Two webmasters: the CLI cannot guess who imports.
    const who = cli('import', file('log.csv'), '--unit', 'งานข้อมูลและสารสนเทศ', '--category', '1.8', '--drop-invalid')
    expect(who.code).toBe(2)
    expect(who.stderr).toContain('ระบุผู้นำเข้าด้วย --by')
    const none = cli('import')
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('ยังไม่ได้ระบุไฟล์บันทึกที่จะนำเข้า')
  })

  it('a dry run of the good rows writes nothing; --drop-invalid writes exactly the good rows', () => {
    const before = requests()
    const dry = cli('import', file('log.csv'), '--unit', 'งานข้อมูลและสารสนเทศ', '--category', '1.8', '--by', String(f.ids.webmaster), '--drop-invalid', '--dry-run')
    expect(dry.code, dry.stderr).toBe(0)
    expect(dry.stdout).toContain('ทดลองนำเข้าแล้ว: จะบันทึก 2 รายการ')
    expect(requests()).toBe(before)
    const run = cli('--json', 'import', file('log.csv'), '--unit', 'งานข้อมูลและสารสนเทศ', '--category', '1.8', '--by', String(f.ids.webmaster), '--drop-invalid')
    expect(run.code, run.stderr).toBe(0)
    const outcome = JSON.parse(run.stdout) as { written: number; ids: number[]; dropped: number[] }
    expect(outcome.written).toBe(2)
    expect(outcome.dropped).toEqual([3, 4])
    expect(requests()).toBe(before + 2)
    const shown = cli('--json', 'request', 'show', String(outcome.ids[1]))
    expect(JSON.parse(shown.stdout)).toMatchObject({ title: 'ขออนุญาตเผยแพร่การวางระบบในการจัดการเรื่องร้องเรียนของหน่วยงาน', status: 'published', requestDate: '2022-03-15' })
  })

  it('maps columns from a JSON file by letter or header when the headers are not recognised', () => {
    writeFileSync(file('other.csv'), 'ลำดับ,ข้อความ,ลงเว็บเมื่อ,งาน\r\n1,ประกาศรับสมัครงานตำแหน่งพนักงานกระทรวงสาธารณสุข,10/02/2565,งานบริหารทั่วไป\r\n')
    const unmapped = cli('import', file('other.csv'), '--category', '1.8', '--by', String(f.ids.webmaster), '--dry-run')
    expect(unmapped.code).toBe(1)
    expect(unmapped.stderr).toContain('ยังไม่ได้เลือกคอลัมน์ของ “วัน เดือน ปี (วันที่ขอ/เผยแพร่)”')
    writeFileSync(file('map.json'), JSON.stringify({ requestDate: 'C', title: 'ข้อความ' }))
    const mapped = cli('import', file('other.csv'), '--map', file('map.json'), '--category', '1.8', '--by', String(f.ids.webmaster), '--dry-run')
    expect(mapped.code, mapped.stderr).toBe(0)
    expect(mapped.stdout).toContain('วัน เดือน ปี (วันที่ขอ/เผยแพร่) ← คอลัมน์ C “ลงเว็บเมื่อ”')
    expect(mapped.stdout).toContain('หน่วยงานเจ้าของข้อมูล ← คอลัมน์ D “งาน”')
    expect(mapped.stdout).toContain('ทดลองนำเข้าแล้ว: จะบันทึก 1 รายการ')
    writeFileSync(file('bad-map.json'), JSON.stringify({ date: 'C' }))
    const bad = cli('import', file('other.csv'), '--map', file('bad-map.json'), '--category', '1.8', '--by', String(f.ids.webmaster))
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('ไม่รู้จักฟิลด์ “date”')
  })
})
