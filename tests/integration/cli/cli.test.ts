/**
 * The `publish-desk` command line, run as a person or a script runs it: the real launcher in a
 * child process, over a real data directory. One data directory is shared through the describe
 * (each process costs about half a second), so the tests run in order and build on each other.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditVerification, RequestDetail, RequestPage } from '@shared/domain/records'
import type { Person } from '@shared/domain/schemas'
import { fiscalYearOf, todayIso } from '@shared/thai'
import { filesUnder, makeTempDir, pdfBytes, pngBytes, removeDir } from '../../helpers/register-fixtures'

const BIN = join(__dirname, '..', '..', '..', 'bin', 'publish-desk.mjs')

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

function cli(dataDir: string, ...args: string[]): Run {
  const env = { ...process.env }
  delete env.PUBLISH_DESK_DATA_DIR
  const r = spawnSync(process.execPath, [BIN, '--data-dir', dataDir, ...args], { encoding: 'utf8', env, timeout: 20_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** Asserts success and gives stdout; on failure the message shows what the CLI said. */
function ok(run: Run): string {
  expect(run.stderr, 'stderr').toBe('')
  expect(run.code, run.stderr).toBe(0)
  return run.stdout
}

function json<T>(run: Run): T {
  return JSON.parse(ok(run)) as T
}

describe('publish-desk CLI', () => {
  let root: string
  let dataDir: string
  const ids = { webmaster: 0, head: 0, request: 0 }
  const title = 'ประกาศผลการจัดซื้อจัดจ้างวัสดุสำนักงาน ไตรมาสที่ ๑'

  const register = () => new Database(join(dataDir, 'register.sqlite3'), { readonly: true, fileMustExist: true })
  const counts = () => {
    const db = register()
    try {
      const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
      return { request: n('request'), attachment: n('attachment'), audit: n('audit_log'), blobs: filesUnder(join(dataDir, 'attachments')) }
    } finally {
      db.close()
    }
  }

  beforeAll(() => {
    root = makeTempDir('publish-desk-cli-')
    dataDir = join(root, 'data')
  })
  afterAll(() => removeDir(root))

  it('refuses request commands before setup, says what to run, and creates nothing', () => {
    const run = cli(dataDir, 'request', 'list')
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^ข้อผิดพลาด: ยังไม่มีทะเบียน/)
    expect(run.stderr).toContain('publish-desk office set')
    expect(existsSync(dataDir)).toBe(false)
  })

  it('sets up the office with office set + person add, printing the new ids', () => {
    const incomplete = cli(dataDir, 'office', 'set', '--name', 'สำนักงานสาธารณสุขอำเภอศรีบุญเรือง')
    expect(incomplete.code).toBe(1)
    // Each missing required field is named by the option that sets it.
    expect(incomplete.stderr).toContain('--short-name: กรุณากรอกชื่อย่อหน่วยงาน')
    expect(incomplete.stderr).toContain('--unit-line:')

    const set = ok(
      cli(
        dataDir,
        'office',
        'set',
        '--name',
        'สำนักงานสาธารณสุขอำเภอศรีบุญเรือง',
        '--short-name',
        'สสอ.ศรีบุญเรือง',
        '--district',
        'ศรีบุญเรือง',
        '--province',
        'หนองบัวลำภู',
        '--book-prefix',
        'นภ ๐๓๓๒',
        '--unit-line',
        'สำนักงานสาธารณสุขอำเภอศรีบุญเรือง โทร ๐ ๔๒๓๕ ๓๐๓๐'
      )
    )
    expect(set).toContain('บันทึกข้อมูลหน่วยงานแล้ว')
    expect(set).toContain('person add')

    const first = ok(cli(dataDir, 'person', 'add', '--title', 'นาย', '--name', 'ปิยะ ศรีสุข', '--position', 'นักวิชาการคอมพิวเตอร์', '--role', 'webmaster', '--role', 'requester'))
    expect(first).toMatch(/^\d+\n$/)
    ids.webmaster = Number(first)

    const head = json<Person>(
      cli(dataDir, '--json', 'person', 'add', '--title', 'นาง', '--name', 'มาลี ใจงาม', '--position', 'สาธารณสุขอำเภอศรีบุญเรือง', '--role', 'approver', '--by', String(ids.webmaster))
    )
    expect(head.roles).toEqual(['approver'])
    expect(head.displayName).toBe('นางมาลี ใจงาม')
    expect(head.id).not.toBe(ids.webmaster)
    ids.head = head.id
  })

  it('adds a request with a real PDF and an indicator of its fiscal year, and shows it', () => {
    writeFileSync(join(root, 'ผลการจัดซื้อ.pdf'), pdfBytes('Procurement Q1'))
    const id = ok(
      cli(dataDir, 'request', 'add', '--title', title, '--category', '1.8', '--owner-unit', 'งานบริหารทั่วไป', '--by', String(ids.webmaster), '--indicator', 'MOIT 4', '--attach', join(root, 'ผลการจัดซื้อ.pdf'))
    )
    expect(id).toMatch(/^\d+\n$/)
    ids.request = Number(id)
    // A second request the search below must leave out.
    ok(cli(dataDir, 'request', 'add', '--title', 'ภาพกิจกรรมวันงดสูบบุหรี่โลก', '--category', '1.8', '--owner-unit', 'งานควบคุมโรค', '--by', String(ids.webmaster), '--link', 'https://example.go.th/photos'))

    const detail = json<RequestDetail>(cli(dataDir, '--json', 'request', 'show', String(ids.request)))
    expect(detail).toMatchObject({ id: ids.request, title, status: 'draft', categoryCode: '1.8', requesterId: ids.webmaster, requestDate: todayIso() })
    expect(detail.fiscalYear).toBe(fiscalYearOf(todayIso()))
    expect(detail.indicators.map((i) => i.code)).toEqual(['MOIT 4'])
    expect(detail.indicators[0]?.fiscalYear).toBe(detail.fiscalYear)
    expect(detail.attachments).toHaveLength(1)
    expect(detail.attachments[0]).toMatchObject({ fileName: 'ผลการจัดซื้อ.pdf', kind: 'pdf', sizeBytes: pdfBytes('Procurement Q1').length })
    const sha = detail.attachments[0]?.sha256 ?? ''
    expect(existsSync(join(dataDir, 'attachments', sha.slice(0, 2), sha))).toBe(true)

    const text = ok(cli(dataDir, 'request', 'show', String(ids.request)))
    expect(text).toContain(`คำขอเลขที่ ${ids.request}: ${title}`)
    expect(text).toContain('ร่าง')
    expect(text).toContain('MOIT 4')
    expect(text).toContain('ผลการจัดซื้อ.pdf')
    expect(text).toContain('สร้างคำขอ')
    expect(text).toContain('นายปิยะ ศรีสุข')
  })

  it('finds the request by a Thai substring of its title, in text and as JSON', () => {
    const text = ok(cli(dataDir, 'request', 'list', '--search', 'จัดซื้อจัดจ้างวัสดุ'))
    expect(text).toContain(title)
    expect(text).not.toContain('งดสูบบุหรี่')
    expect(text).toContain('ทั้งหมด 1 รายการ')

    const page = json<RequestPage>(cli(dataDir, '--json', 'request', 'list', '--search', 'จัดซื้อ', '--status', 'draft', '--fy', String(fiscalYearOf(todayIso()))))
    expect(page.total).toBe(1)
    expect(page.rows.map((r) => r.id)).toEqual([ids.request])
  })

  it('refuses an illegal move with a Thai message and exit 1, leaving the request as it was', () => {
    const before = counts()
    const run = cli(dataDir, 'request', 'approve', String(ids.request), '--by', String(ids.head))
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^ข้อผิดพลาด: ไม่สามารถอนุมัติได้ เพราะคำขอนี้อยู่ในสถานะ “ร่าง”/)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(counts()).toEqual(before)
  })

  it('takes the request through submit, approve and publish', () => {
    expect(ok(cli(dataDir, 'request', 'submit', String(ids.request), '--by', String(ids.webmaster)))).toContain('ร่าง → รอพิจารณา')
    expect(ok(cli(dataDir, 'request', 'approve', String(ids.request), '--by', String(ids.head), '--verbal'))).toContain('รอพิจารณา → อนุมัติแล้ว')
    const published = json<RequestDetail>(
      cli(dataDir, '--json', 'request', 'publish', String(ids.request), '--by', String(ids.webmaster), '--url', 'https://example.go.th/news/1')
    )
    expect(published.status).toBe('published')
    expect(published.approval).toMatchObject({ byId: ids.head, verbal: true })
    expect(published.published).toMatchObject({ byId: ids.webmaster, publicUrl: 'https://example.go.th/news/1' })
    expect(published.history.map((e) => e.toStatus)).toEqual(['draft', 'submitted', 'approved', 'published'])
  })

  it('refuses a PNG renamed .pdf with the Thai message, writing nothing', () => {
    writeFileSync(join(root, 'รูปกิจกรรม.pdf'), pngBytes())
    const before = counts()
    const run = cli(dataDir, 'request', 'add', '--title', 'รูปกิจกรรม', '--category', '1.8', '--owner-unit', 'งานบริหารทั่วไป', '--by', String(ids.webmaster), '--attach', join(root, 'รูปกิจกรรม.pdf'))
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^ข้อผิดพลาด: ไฟล์ “รูปกิจกรรม\.pdf” มีนามสกุล \.pdf แต่เนื้อไฟล์เป็นรูปภาพ PNG/)
    expect(counts()).toEqual(before)
  })

  it('verifies the audit log (exit 0), and lists it', () => {
    const text = ok(cli(dataDir, 'audit', 'verify'))
    const entries = counts().audit
    expect(text).toBe(`บันทึกการใช้งานถูกต้อง ${entries} รายการ\n`)
    const verification = json<AuditVerification>(cli(dataDir, '--json', 'audit', 'verify'))
    expect(verification).toMatchObject({ ok: true, entries })
    const list = ok(cli(dataDir, 'audit', 'list', '--limit', '3'))
    expect(list).toContain('request.publish')
    expect(list.trim().split('\n')).toHaveLength(4)
  })

  it('answers a command line that does not fit with exit 2 and a Thai line', () => {
    const run = cli(dataDir, 'request', 'list', '--frobnicate')
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe('ข้อผิดพลาด: ไม่รู้จักตัวเลือก --frobnicate — ดูวิธีใช้ด้วย: publish-desk request list --help\n')
  })

  it('backs up to one file and restores it into another data directory', () => {
    const file = join(root, 'สำรอง.pdbackup')
    const made = json<{ file: string; counts: { requests: number } }>(cli(dataDir, '--json', 'backup', '--out', file))
    expect(made.file).toBe(file)
    expect(made.counts.requests).toBe(2)

    const elsewhere = join(root, 'restored')
    const notABackup = cli(elsewhere, 'restore', join(root, 'ผลการจัดซื้อ.pdf'))
    expect(notABackup.code).toBe(1)
    expect(notABackup.stderr).toMatch(/^ข้อผิดพลาด: ไฟล์สำรอง “ผลการจัดซื้อ\.pdf” ใช้ไม่ได้/)
    expect(existsSync(join(elsewhere, 'register.sqlite3'))).toBe(false)

    expect(ok(cli(elsewhere, 'restore', file))).toContain('กู้คืนข้อมูลจาก')
    const page = json<RequestPage>(cli(elsewhere, '--json', 'request', 'list', '--search', 'จัดซื้อจัดจ้างวัสดุ'))
    expect(page.rows.map((r) => [r.id, r.status])).toEqual([[ids.request, 'published']])
  })

  it('names the first changed entry when the audit log was tampered with (exit 1)', () => {
    const db = new Database(join(dataDir, 'register.sqlite3'))
    try {
      // Someone with the file and a SQLite tool: drops the guard and rewrites history.
      db.exec('DROP TRIGGER audit_log_no_update')
      db.prepare("UPDATE audit_log SET actor_name = 'ผู้อื่น' WHERE seq = 3").run()
    } finally {
      db.close()
    }
    const run = cli(dataDir, 'audit', 'verify')
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^ข้อผิดพลาด: รายการบันทึกการใช้งานลำดับที่ 3 ถูกแก้ไข/)
  })
})
