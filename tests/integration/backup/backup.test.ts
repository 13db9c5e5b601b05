/**
 * Backup and restore on real files: a real register in a temporary data directory, real
 * `.pdbackup` archives, and hand-made damaged or hostile archives that must be refused.
 */
import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openAppServices, type AppServices } from '../../../src-main/services/app-services'
import { BackupService } from '../../../src-main/services/backup/backup-service'
import type { Manifest } from '../../../src-main/services/backup/manifest'
import {
  attachment,
  docxBytes,
  jpgBytes,
  openFixture,
  pdfBytes,
  requestIn,
  SEED_OFFICE,
  type RegisterFixture
} from '../../helpers/register-fixtures'
import { refusal } from '../../helpers/refusals'
import { dumpRegister, fileHashes, readArchive, tarBytes, writeArchive, type RawEntry } from './archive-tools'
import { backupSetUp } from './backup-fixture'

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c()
})

const setUp = () => backupSetUp(cleanups, 'publish-desk-backup-out-')

/** Four requests in different states, five attachment rows over four distinct files. */
function fill(f: RegisterFixture): void {
  requestIn(f, 'published', {
    title: 'รายงานผลการดำเนินงานไตรมาสที่ ๑',
    newAttachments: [attachment('รายงานผล.pdf', pdfBytes('report q1')), attachment('ภาพกิจกรรม.jpg', jpgBytes('activity'))]
  })
  requestIn(f, 'rejected', { title: 'แผนปฏิบัติการประจำปี', newAttachments: [attachment('แผนปฏิบัติการ.docx', docxBytes('plan'))] })
  requestIn(f, 'draft', { title: 'ร่างประกาศรับสมัคร', newAttachments: [attachment('ร่างประกาศ.pdf', pdfBytes('draft'))] })
  // The same content as the first request's PDF: one blob, two rows.
  requestIn(f, 'submitted', { title: 'สำเนารายงานผล', newAttachments: [attachment('สำเนา.pdf', pdfBytes('report q1'))] })
}

function blobBytes(s: AppServices): Map<string, Buffer> {
  const rows = s.db.prepare('SELECT DISTINCT sha256 FROM attachment ORDER BY sha256').all() as { sha256: string }[]
  return new Map(rows.map((r) => [r.sha256, s.attachments.blobs.read(r.sha256)]))
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

function wipe(dir: string): void {
  for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true, force: true })
}

describe('create and restore', () => {
  it('restores into a wiped data directory the same rows and the same attachment bytes', async () => {
    const { f, s, backup, out } = setUp()
    fill(f)
    const before = dumpRegister(s.db)
    const blobs = blobBytes(s)
    expect(blobs.size).toBe(4)
    const file = join(out, 'สำรองข้อมูล ๑๕ ม.ค.pdbackup')

    const summary = await backup.createBackup(file)
    expect(summary.file).toBe(file)
    expect(summary.kind).toBe('manual')
    expect(summary.sha256).toBe(sha256(readFileSync(file)))
    expect(summary.counts).toEqual({ requests: 4, people: 4, attachments: 5, auditEntries: before.audit_log?.length })
    expect(summary.attachmentBlobs).toBe(4)
    expect(summary.attachmentBytes).toBe([...blobs.values()].reduce((n, b) => n + b.length, 0))
    expect(summary.problems).toEqual([])

    // The layout: manifest first, then the register, then one plain file per blob.
    const entries = await readArchive(file)
    expect(entries.map((e) => e.path)).toEqual(['manifest.json', 'register.sqlite3', ...[...blobs.keys()].map((h) => `attachments/${h.slice(0, 2)}/${h}`)])
    expect(entries.every((e) => e.type === 'File')).toBe(true)
    const manifest = JSON.parse(String(entries[0]?.data)) as { schemaVersion: number; database: { sha256: string } }
    expect(manifest.database.sha256).toBe(sha256(entries[1]?.data ?? Buffer.alloc(0)))

    // The audit log records the file, its hash and what it holds (the CLI made it: actor ระบบ).
    const entry = s.audit.list({ entity: 'backup', entityId: 'สำรองข้อมูล ๑๕ ม.ค.pdbackup' })[0]
    expect(entry?.action).toBe('backup.create')
    expect(entry?.actorName).toBe('ระบบ')
    expect(entry?.detail).toMatchObject({ file: 'สำรองข้อมูล ๑๕ ม.ค.pdbackup', sha256: summary.sha256, counts: summary.counts, attachmentBlobs: 4 })

    s.close()
    wipe(f.dir)
    expect(readdirSync(f.dir)).toEqual([])

    const restored = await BackupService.restoreInto(f.dir, file, { clock: f.clock })
    expect(restored.beforeRestoreFile).toBeNull()
    expect(restored.sha256).toBe(summary.sha256)

    const again = openAppServices({ dataDir: f.dir, clock: f.clock })
    try {
      const after = dumpRegister(again.db)
      for (const table of Object.keys(before).filter((t) => t !== 'audit_log')) expect(after[table], table).toEqual(before[table])
      // The backup holds the trail as it was; the restore adds one entry that says so.
      const trail = after.audit_log as { action: string }[]
      expect(trail.slice(0, -1)).toEqual(before.audit_log)
      expect(trail.at(-1)?.action).toBe('backup.restore')
      expect(again.audit.verify().ok).toBe(true)
      for (const [hash, bytes] of blobs) expect(again.attachments.blobs.read(hash).equals(bytes), hash).toBe(true)
      expect(existsSync(`${again.paths.database}-journal`)).toBe(false)
    } finally {
      again.close()
    }
  })

  it('keeps what it replaced as a before-restore backup, so a restore can be undone', async () => {
    const { f, s, backup, out } = setUp()
    fill(f)
    const file = join(out, 'a.pdbackup')
    await backup.createBackup(file)
    // Work goes on after the backup: a fifth request with a new file.
    requestIn(f, 'approved', { title: 'ประกาศผู้ชนะการเสนอราคา', newAttachments: [attachment('ผู้ชนะ.pdf', pdfBytes('winner'))] })
    const later = dumpRegister(s.db)
    const laterBlobs = blobBytes(s)
    s.close()

    const restored = await BackupService.restoreInto(f.dir, file, { clock: f.clock })
    const safety = restored.beforeRestoreFile
    expect(safety).toMatch(/[\\/]backups[\\/]before-restore-2026-01-15T03-00-00-000Z\.pdbackup$/)
    if (!safety) throw new Error('no before-restore backup')

    let reopened = openAppServices({ dataDir: f.dir, clock: f.clock })
    expect((reopened.db.prepare('SELECT count(*) AS n FROM request').get() as { n: number }).n).toBe(4)
    // The blob only the later state used is not in the restored data directory …
    const onlyLater = [...laterBlobs.keys()].find((h) => !reopened.attachments.blobs.has(h))
    expect(onlyLater).toBeDefined()
    // … but in the before-restore backup, which verifies like any other.
    const check = new BackupService({ db: reopened.db, paths: reopened.paths, audit: reopened.audit, office: reopened.office, clock: f.clock })
    const safetySummary = await check.verifyBackup(safety)
    expect(safetySummary.kind).toBe('before-restore')
    expect(safetySummary.counts.requests).toBe(5)
    reopened.close()

    // Undo: restore the before-restore backup.
    await BackupService.restoreInto(f.dir, safety, { clock: f.clock })
    reopened = openAppServices({ dataDir: f.dir, clock: f.clock })
    try {
      const undone = dumpRegister(reopened.db)
      expect(undone.request).toEqual(later.request)
      expect(undone.attachment).toEqual(later.attachment)
      expect((undone.audit_log as unknown[]).slice(0, later.audit_log?.length)).toEqual(later.audit_log)
      expect(reopened.audit.verify().ok).toBe(true)
      for (const [hash, bytes] of laterBlobs) expect(reopened.attachments.blobs.read(hash).equals(bytes)).toBe(true)
    } finally {
      reopened.close()
    }
    // Two restores, two safety copies; nothing was deleted from the backups folder.
    expect(readdirSync(join(f.dir, 'backups')).filter((n) => n.startsWith('before-restore-'))).toHaveLength(2)
  })

  it('copies the register while another connection keeps writing (online backup)', async () => {
    const { s, backup, out } = setUp()
    const writer = new Database(s.paths.database)
    cleanups.push(() => writer.close())
    writer.pragma('busy_timeout = 5000')
    const now = new Date().toISOString()
    const insert = writer.prepare(
      `INSERT INTO person (title, full_name, position_lines, roles, created_at, updated_at) VALUES ('', ?, ?, '["requester"]', ?, ?)`
    )
    // Big enough that the copy takes many steps (1,024 pages each) with the event loop between.
    writer.transaction(() => {
      for (let i = 0; i < 6000; i++) insert.run(`บุคคลทดสอบ ${i}`, JSON.stringify(['ตำแหน่ง'.repeat(150)]), now, now)
    })()
    expect(s.db.pragma('page_count', { simple: true }) as number).toBeGreaterThan(4 * 1024)
    const peopleBefore = (s.db.prepare('SELECT count(*) AS n FROM person').get() as { n: number }).n

    let done = false
    let writes = 0
    const errors: unknown[] = []
    const tick = () => {
      if (done) return
      try {
        insert.run(`ระหว่างสำรอง ${writes}`, '["ผู้ทดสอบ"]', now, now)
        // The app's own connection keeps working too.
        if (writes % 10 === 0) s.people.save({ fullName: `ผ่านแอป ${writes}`, positionLines: ['ผู้ทดสอบ'], roles: ['requester'] }, null)
        writes++
      } catch (error) {
        errors.push(error)
      }
      setImmediate(tick)
    }
    const pending = backup.createBackup(join(out, 'online.pdbackup'))
    setImmediate(tick)
    const summary = await pending
    done = true

    expect(errors).toEqual([])
    expect(writes).toBeGreaterThan(0)
    const peopleAfter = (s.db.prepare('SELECT count(*) AS n FROM person').get() as { n: number }).n
    expect(summary.counts.people).toBeGreaterThanOrEqual(peopleBefore)
    expect(summary.counts.people).toBeLessThanOrEqual(peopleAfter)
    // A consistent snapshot: the copy passes every check.
    const verified = await backup.verifyBackup(summary.file)
    expect(verified.counts).toEqual(summary.counts)
  })

  it('reports a missing or damaged attachment file instead of leaving it out silently', async () => {
    const { f, s, backup, out } = setUp()
    fill(f)
    const rows = s.db.prepare('SELECT sha256, file_name AS fileName FROM attachment ORDER BY id').all() as { sha256: string; fileName: string }[]
    const gone = rows.find((r) => r.fileName === 'ภาพกิจกรรม.jpg')
    const damaged = rows.find((r) => r.fileName === 'แผนปฏิบัติการ.docx')
    if (!gone || !damaged) throw new Error('fixture rows missing')
    rmSync(s.attachments.blobs.pathOf(gone.sha256))
    const bytes = s.attachments.blobs.read(damaged.sha256)
    bytes[20] = (bytes[20] ?? 0) ^ 0xff
    writeFileSync(s.attachments.blobs.pathOf(damaged.sha256), bytes)

    const summary = await backup.createBackup(join(out, 'problems.pdbackup'))
    expect(summary.attachmentBlobs).toBe(2)
    expect(summary.problems).toHaveLength(2)
    expect(summary.problems.find((p) => p.includes('ภาพกิจกรรม.jpg'))).toMatch(/หายไป/)
    expect(summary.problems.find((p) => p.includes('แผนปฏิบัติการ.docx'))).toMatch(/เสียหาย/)
    // The damaged bytes are not packed under the good name.
    const names = (await readArchive(summary.file)).map((e) => e.path)
    expect(names.some((n) => n.endsWith(damaged.sha256) || n.endsWith(gone.sha256))).toBe(false)
    // The archive is still a valid backup, and says what it lacks.
    expect((await backup.verifyBackup(summary.file)).problems).toEqual(summary.problems)
    const entry = s.audit.list({ entity: 'backup', entityId: 'problems.pdbackup' })[0]
    expect((entry?.detail as { problems: string[] }).problems).toEqual(summary.problems)
  })

  it('writes atomically: a failure leaves nothing at the final name and no temporary files', async () => {
    const { s, backup, out } = setUp()
    const noFolder = await refusal(backup.createBackup(join(out, 'ไม่มีโฟลเดอร์', 'x.pdbackup')))
    expect(noFolder.code).toBe('invalid-input')

    const taken = join(out, 'มีอยู่แล้ว.pdbackup')
    writeFileSync(taken, 'ไฟล์เดิม')
    expect((await refusal(backup.createBackup(taken))).code).toBe('conflict')
    expect(readFileSync(taken, 'utf8')).toBe('ไฟล์เดิม')

    // The name is taken while the archive is being built: the finished archive is not renamed over it.
    const late = join(out, 'late.pdbackup')
    const pending = backup.createBackup(late)
    writeFileSync(late, 'someone else')
    const error = await refusal(pending)
    expect(error.code).toBe('conflict')
    expect(error.message).toContain('late.pdbackup')
    expect(readFileSync(late, 'utf8')).toBe('someone else')

    expect(readdirSync(out).sort()).toEqual(['late.pdbackup', 'มีอยู่แล้ว.pdbackup'])
    expect(readdirSync(s.paths.tmp)).toEqual([])
    expect(s.audit.list({ entity: 'backup', entityId: 'late.pdbackup' })).toEqual([])
  })
})

describe('verify refuses a damaged or hostile backup', () => {
  /** A good backup of a filled register, and a way to write variants of it. */
  async function withGood() {
    const ctx = setUp()
    fill(ctx.f)
    const good = await ctx.backup.createBackup(join(ctx.out, 'good.pdbackup'))
    const entries = await readArchive(good.file)
    let n = 0
    const craft = (mutate: (entries: RawEntry[]) => RawEntry[]) => {
      const file = join(ctx.out, `crafted-${++n}.pdbackup`)
      writeArchive(file, mutate(entries.map((e) => ({ ...e, data: Buffer.from(e.data ?? Buffer.alloc(0)) }))))
      return file
    }
    const expectInvalid = async (file: string, fragment: string) => {
      const error = await refusal(ctx.backup.verifyBackup(file))
      expect(error.code).toBe('backup-invalid')
      expect(error.message).toContain(fragment)
      expect(error.message).toContain('ข้อมูลปัจจุบันยังไม่ถูกแก้ไข')
      // The temporary extraction is gone.
      expect(readdirSync(ctx.s.paths.tmp)).toEqual([])
      return error
    }
    return { ...ctx, good, entries, craft, expectInvalid }
  }

  /** Changes the packed register with `change` and fixes the manifest so only that change shows. */
  function changeDatabase(entries: RawEntry[], scratch: string, change: (db: Database.Database) => void): RawEntry[] {
    const file = join(scratch, 'changed.sqlite3')
    const db = entries.find((e) => e.path === 'register.sqlite3')
    writeFileSync(file, db?.data ?? Buffer.alloc(0))
    const conn = new Database(file)
    change(conn)
    conn.close()
    const bytes = readFileSync(file)
    rmSync(file)
    return withManifest(
      entries.map((e) => (e.path === 'register.sqlite3' ? { ...e, data: bytes } : e)),
      (m) => {
        m.database = { sha256: sha256(bytes), sizeBytes: bytes.length }
      }
    )
  }

  function withManifest(entries: RawEntry[], change: (m: Manifest) => void): RawEntry[] {
    return entries.map((e) => {
      if (e.path !== 'manifest.json') return e
      const m = JSON.parse(String(e.data)) as Manifest
      change(m)
      return { ...e, data: Buffer.from(JSON.stringify(m)) }
    })
  }

  it('accepts the good backup it was made from (the crafted ones differ only as each test says)', async () => {
    const { good, backup, craft, entries } = await withGood()
    expect((await backup.verifyBackup(good.file)).sha256).toBe(good.sha256)
    // Rewritten by hand with nothing changed, it still verifies: the crafting itself is sound.
    expect((await backup.verifyBackup(craft((e) => e))).counts).toEqual(good.counts)
    expect(entries).toHaveLength(6)
  })

  it('refuses a backup in which one byte of an attachment changed', async () => {
    const { craft, expectInvalid } = await withGood()
    const file = craft((entries) =>
      entries.map((e) => {
        if (!e.path.startsWith('attachments/') || !e.data) return e
        const data = Buffer.from(e.data)
        data[30] = (data[30] ?? 0) ^ 0x01
        return { ...e, data }
      })
    )
    await expectInvalid(file, 'ไม่ตรงกับค่าแฮชของตัวเอง')
  })

  it('refuses a manifest whose hash does not match the database, or a size that does not match a file', async () => {
    const { craft, expectInvalid } = await withGood()
    await expectInvalid(
      craft((e) => withManifest(e, (m) => void (m.database.sha256 = 'a'.repeat(64)))),
      'ไม่ตรงกับค่าแฮช SHA-256 ที่บันทึกไว้ในสารบัญ'
    )
    await expectInvalid(
      craft((e) =>
        withManifest(e, (m) => {
          for (const a of m.attachments.slice(0, 1)) a.sizeBytes += 1
        })
      ),
      'แต่สารบัญบันทึกไว้'
    )
    await expectInvalid(
      craft((e) => e.filter((x) => x.path !== 'manifest.json')),
      'ไม่มีสารบัญ'
    )
    // An attachment the register refers to, dropped from both the archive and its manifest.
    await expectInvalid(
      craft((e) => {
        const dropped = e.find((x) => x.path.startsWith('attachments/'))?.path.split('/')[2]
        return withManifest(
          e.filter((x) => !x.path.endsWith(dropped ?? '-')),
          (m) => void (m.attachments = m.attachments.filter((a) => a.sha256 !== dropped))
        )
      }),
      'ทั้งที่ฐานข้อมูลอ้างถึง'
    )
  })

  it('refuses a truncated archive and a file that is not a backup', async () => {
    const { good, out, expectInvalid } = await withGood()
    const bytes = readFileSync(good.file)
    for (const length of [10, Math.floor(bytes.length / 2), bytes.length - 8, bytes.length - 1]) {
      const file = join(out, `truncated-${length}.pdbackup`)
      writeFileSync(file, bytes.subarray(0, length))
      await expectInvalid(file, 'เสียหายหรือไม่ครบถ้วน')
    }
    const text = join(out, 'notes.pdbackup')
    writeFileSync(text, 'ไม่ใช่ไฟล์สำรอง')
    await expectInvalid(text, 'ไม่ใช่ไฟล์สำรองของ Publish Desk')
    await expectInvalid(join(out, 'ไม่มีไฟล์นี้.pdbackup'), 'ไม่พบไฟล์นี้')
  })

  it('refuses entries that escape the folder (../evil, absolute paths), links and unknown names, writing nothing outside', async () => {
    const { s, out, craft, expectInvalid } = await withGood()
    const outside = join(s.paths.root, 'evil')
    const traversal = craft((e) => [e[0] as RawEntry, { path: '../evil', data: Buffer.from('pwned') }, ...e.slice(1)])
    // The crafted header really says ../evil (the writer did not clean it).
    expect(tarBytes(traversal).includes(Buffer.from('../evil\0'))).toBe(true)
    await expectInvalid(traversal, 'ชี้ออกไปนอกโฟลเดอร์')
    await expectInvalid(craft((e) => [...e, { path: 'attachments/../../evil', data: Buffer.from('pwned') }]), 'ชี้ออกไปนอกโฟลเดอร์')
    const absolute = join(out, 'absolute-target')
    await expectInvalid(craft((e) => [...e, { path: absolute, data: Buffer.from('pwned') }]), 'ชี้ออกไปนอกโฟลเดอร์')
    expect(existsSync(outside)).toBe(false)
    expect(existsSync(join(s.paths.tmp, '..', 'evil'))).toBe(false)
    expect(existsSync(absolute)).toBe(false)

    // A symbolic link in place of the register, and a hard link: links are never followed or made.
    await expectInvalid(
      craft((e) => e.map((x) => (x.path === 'register.sqlite3' ? { path: x.path, type: 'SymbolicLink', linkpath: '/etc/passwd' } : x))),
      'ไม่ใช่ไฟล์ธรรมดา'
    )
    await expectInvalid(
      craft((e) => e.map((x) => (x.path === 'register.sqlite3' ? { path: x.path, type: 'Link', linkpath: 'manifest.json' } : x))),
      'ไม่ใช่ไฟล์ธรรมดา'
    )
    await expectInvalid(craft((e) => [...e, { path: 'attachments/', type: 'Directory' }]), 'ไม่ใช่ส่วนหนึ่งของไฟล์สำรอง')
    await expectInvalid(craft((e) => [...e, { path: 'readme.txt', data: Buffer.from('hi') }]), 'ไม่ใช่ส่วนหนึ่งของไฟล์สำรอง')
    await expectInvalid(craft((e) => [...e, e[0] as RawEntry]), 'ซ้ำกับรายการก่อนหน้า')
  })

  it('refuses a register from a newer app (user_version 999) and one whose audit log was edited', async () => {
    const { out, craft, expectInvalid } = await withGood()
    const newer = await expectInvalid(
      craft((e) => changeDatabase(e, out, (db) => db.pragma('user_version = 999'))),
      'โครงสร้างรุ่น 999'
    )
    expect(newer.message).toContain('ติดตั้ง Publish Desk รุ่นล่าสุด')

    const edited = craft((e) =>
      changeDatabase(e, out, (db) => {
        // What someone with an SQLite tool could do: lift the guard, change history, put it back.
        db.exec('DROP TRIGGER audit_log_no_update')
        db.prepare("UPDATE audit_log SET actor_name = 'คนอื่น' WHERE seq = 2").run()
      })
    )
    await expectInvalid(edited, 'ลำดับที่ 2')

    const notSqlite = craft((e) => {
      const junk = Buffer.alloc(8192, 0x41)
      return withManifest(
        e.map((x) => (x.path === 'register.sqlite3' ? { ...x, data: junk } : x)),
        (m) => void (m.database = { sha256: sha256(junk), sizeBytes: junk.length })
      )
    })
    await expectInvalid(notSqlite, 'ฐานข้อมูลในไฟล์สำรองเปิดไม่ได้')
  })
})

describe('restore refuses before replacing anything', () => {
  it('leaves the live data byte for byte as it was when the backup is bad', async () => {
    const { f, s, backup, out } = setUp()
    fill(f)
    const good = await backup.createBackup(join(out, 'good.pdbackup'))
    const entries = await readArchive(good.file)
    const corrupt = join(out, 'corrupt.pdbackup')
    writeArchive(
      corrupt,
      entries.map((e) => (e.path.startsWith('attachments/') && e.data ? { ...e, data: Buffer.concat([e.data, Buffer.from('x')]) } : e))
    )
    const truncated = join(out, 'truncated.pdbackup')
    writeFileSync(truncated, readFileSync(good.file).subarray(0, 2000))
    const evil = join(out, 'evil.pdbackup')
    writeArchive(evil, [...entries, { path: '../../evil', data: Buffer.from('pwned') }])
    s.close()
    const before = fileHashes(f.dir)

    for (const bad of [corrupt, truncated, evil]) {
      const error = await refusal(BackupService.restoreInto(f.dir, bad, { clock: f.clock }))
      expect(error.code, bad).toBe('backup-invalid')
    }
    expect(fileHashes(f.dir)).toEqual(before)
    expect(existsSync(join(dirname(f.dir), 'evil'))).toBe(false)
  })

  it('refuses while the database is still open, changing nothing', async () => {
    const { f, s, backup, out } = setUp()
    fill(f)
    const good = await backup.createBackup(join(out, 'good.pdbackup'))
    const snapshot = () => {
      const all = fileHashes(f.dir)
      // SQLite's shared-memory index changes when any connection merely reads.
      for (const k of [...all.keys()]) if (k.endsWith('-shm')) all.delete(k)
      return all
    }
    const before = snapshot()

    // Through the service: its own connection is open, so it says to close it first.
    const own = await refusal(backup.restoreBackup(good.file))
    expect(own.code).toBe('conflict')
    // Through the data directory while the app (this connection) still has it open.
    const other = await refusal(BackupService.restoreInto(f.dir, good.file, { clock: f.clock }))
    expect(other.code).toBe('conflict')
    expect(other.message).toContain('ปิดหน้าต่าง Publish Desk')
    expect(snapshot()).toEqual(before)
    expect(readdirSync(s.paths.backups)).toEqual([])

    // Closed, the same call goes through.
    s.close()
    const restored = await backup.restoreBackup(good.file)
    expect(restored.counts.requests).toBe(4)
    expect(readdirSync(join(f.dir, 'backups')).filter((n) => n.startsWith('before-restore-'))).toHaveLength(1)
  })

  it('keeps an unreadable register as it was, beside the backups, and restores over it', async () => {
    const { f, s, backup, out } = setUp()
    fill(f)
    const good = await backup.createBackup(join(out, 'good.pdbackup'))
    s.close()
    const junk = Buffer.alloc(16384, 0x5a)
    writeFileSync(s.paths.database, junk)
    const blobsBefore = fileHashes(s.paths.attachments)

    const restored = await BackupService.restoreInto(f.dir, good.file, { clock: f.clock })
    const kept = restored.beforeRestoreFile
    expect(kept).toMatch(/before-restore-.*-files$/)
    if (!kept) throw new Error('nothing kept')
    expect(readFileSync(join(kept, 'register.sqlite3')).equals(junk)).toBe(true)
    expect(fileHashes(join(kept, 'attachments'))).toEqual(blobsBefore)
    const again = openAppServices({ dataDir: f.dir, clock: f.clock })
    try {
      expect(again.audit.verify().ok).toBe(true)
      expect((again.db.prepare('SELECT count(*) AS n FROM request').get() as { n: number }).n).toBe(4)
    } finally {
      again.close()
    }
  })
})

describe('automatic daily backup', () => {
  it('makes one per Thai calendar day, keeps the newest N, and never deletes other backups', async () => {
    const { f, s, backup } = setUp()
    fill(f)
    s.office.save({ ...SEED_OFFICE, backupKeep: 3 }, f.ids.webmaster)
    const manual = await backup.createBackup(join(s.paths.backups, 'ก่อนย้ายเครื่อง.pdbackup'))
    const otherRestore = join(s.paths.backups, 'before-restore-2026-01-01T00-00-00-000Z.pdbackup')
    writeFileSync(otherRestore, 'kept')
    const auto = (day: string) => join(s.paths.backups, `auto-${day}.pdbackup`)

    // 23:00 on 15 Jan in Thailand.
    const first = await backup.runDailyIfDue(new Date('2026-01-15T16:00:00Z'))
    expect(first?.file).toBe(auto('2026-01-15'))
    expect(first?.kind).toBe('auto')
    // 23:59 the same day: already done.
    expect(await backup.runDailyIfDue(new Date('2026-01-15T16:59:00Z'))).toBeNull()
    // 00:30 on 16 Jan in Thailand, still 15 Jan in UTC: a new day.
    expect((await backup.runDailyIfDue(new Date('2026-01-15T17:30:00Z')))?.file).toBe(auto('2026-01-16'))
    for (const day of ['17', '18', '19', '20']) {
      expect((await backup.runDailyIfDue(new Date(`2026-01-${day}T03:00:00Z`)))?.file).toBe(auto(`2026-01-${day}`))
    }
    expect(backup.listAutomatic().map((b) => b.day)).toEqual(['2026-01-20', '2026-01-19', '2026-01-18'])
    for (const b of backup.listAutomatic()) expect(b.sizeBytes).toBeGreaterThan(0)

    // Two triggers at once (start-up and the timer): one run, one file.
    const [a, b] = await Promise.all([backup.runDailyIfDue(new Date('2026-01-21T03:00:00Z')), backup.runDailyIfDue(new Date('2026-01-21T03:00:00Z'))])
    expect(a).toBe(b)
    expect(backup.listAutomatic().map((x) => x.day)).toEqual(['2026-01-21', '2026-01-20', '2026-01-19'])

    expect(existsSync(manual.file)).toBe(true)
    expect(readFileSync(otherRestore, 'utf8')).toBe('kept')
    expect(readdirSync(s.paths.backups).filter((n) => n.endsWith('.part'))).toEqual([])

    // Each run is in the audit log as the system's, with its hash.
    const created = s.audit
      .list({ limit: 500 })
      .filter((e) => e.action === 'backup.create' && (e.detail as { kind: string }).kind === 'auto')
    expect(created).toHaveLength(7)
    expect(created.every((e) => e.actorId === null && e.actorName === 'ระบบ')).toBe(true)
    const newest = backup.listAutomatic()[0]
    if (!newest) throw new Error('no automatic backup')
    expect((created[0]?.detail as { sha256: string }).sha256).toBe(sha256(readFileSync(newest.file)))
    expect((await backup.verifyBackup(newest.file)).kind).toBe('auto')
  })

  it('keeps 14 when the office has not been set up', async () => {
    const f = openFixture({ setup: false })
    cleanups.push(() => f.cleanup())
    const s = f.services
    const backup = new BackupService({ db: s.db, paths: s.paths, audit: s.audit, office: s.office, clock: f.clock })
    mkdirSync(s.paths.backups, { recursive: true })
    for (let d = 1; d <= 16; d++) writeFileSync(join(s.paths.backups, `auto-2025-12-${String(d).padStart(2, '0')}.pdbackup`), 'old')
    await backup.runDailyIfDue(new Date('2026-01-15T03:00:00Z'))
    const days = backup.listAutomatic().map((b) => b.day)
    expect(days).toHaveLength(14)
    expect(days[0]).toBe('2026-01-15')
    expect(days.at(-1)).toBe('2025-12-04')
  })
})
