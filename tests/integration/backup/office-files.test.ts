/**
 * The office's own files outside SQLite — its template wording (<data>/templates), its Garuda and
 * its PDF font — in backups: packed with their hashes in the manifest, checked when read back,
 * restored together with the register (the backup's set exactly: what it does not hold is moved
 * aside, into the before-restore backup), and a backup made before they were carried (format 1)
 * still read and restored, leaving the current files as they are.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openAppServices, type AppServices } from '../../../src-main/services/app-services'
import { BackupService } from '../../../src-main/services/backup/backup-service'
import type { Manifest } from '../../../src-main/services/backup/manifest'
import { jpgBytes, pngBytes, type RegisterFixture } from '../../helpers/register-fixtures'
import { refusal } from '../../helpers/refusals'
import { fileHashes, readArchive, writeArchive, type RawEntry } from './archive-tools'
import { backupSetUp } from './backup-fixture'

const GARUDA = '/usr/share/fonts/truetype/tlwg/Garuda.ttf'
const GARUDA_BOLD = '/usr/share/fonts/truetype/tlwg/Garuda-Bold.ttf'
/** A font file for the font's place; Debian's Garuda when installed (the service checks it is a Thai TTF). */
const haveGaruda = existsSync(GARUDA) && existsSync(GARUDA_BOLD)

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c()
})

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

const setUp = () => backupSetUp(cleanups, 'publish-desk-backup-office-')

/** The approval memo's template with its subject reworded: the office's own copy. */
function templateWith(s: AppServices, subject: string): string {
  const text = s.documents.templates.get('memo-approval').defaultText
  const changed = text.replace('"subject": "ขออนุมัติเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน"', `"subject": "${subject}"`)
  if (changed === text) throw new Error('the default template has no subject line to change')
  return changed
}

/** Gives the office a template override, a PNG Garuda and (when Debian's Garuda is here) a PDF font. */
function officeFiles(f: RegisterFixture): void {
  const s = f.services
  s.documents.templates.save('memo-approval', templateWith(s, 'ขออนุมัติเผยแพร่ข่าวสารของสำนักงาน'), f.ids.webmaster)
  s.documents.setEmblem(pngBytes(), 'ครุฑ.png', f.ids.webmaster)
  if (haveGaruda) s.documents.setPdfFont([{ fileName: 'Garuda.ttf', bytes: readFileSync(GARUDA) }, { fileName: 'Garuda-Bold.ttf', bytes: readFileSync(GARUDA_BOLD) }], f.ids.webmaster)
}

const OFFICE_NAMES = ['templates', 'emblem.png', 'emblem.jpg', 'office-font.ttf', 'office-font-bold.ttf']
/** Path → hash of the office's files in a data folder (what a restore must bring back exactly). */
function officeHashes(dataDir: string): Map<string, string> {
  const all = fileHashes(dataDir)
  return new Map([...all].filter(([path]) => OFFICE_NAMES.some((n) => path === n || path.startsWith(`${n}/`))))
}

function withManifest(entries: RawEntry[], change: (m: Manifest & Record<string, unknown>) => void): RawEntry[] {
  return entries.map((e) => {
    if (e.path !== 'manifest.json') return e
    const m = JSON.parse(String(e.data)) as Manifest & Record<string, unknown>
    change(m)
    return { ...e, data: Buffer.from(JSON.stringify(m)) }
  })
}

describe('office files in a backup', () => {
  it('are packed with their hashes, checked, and restored byte for byte into a wiped data folder', async () => {
    const { f, s, backup, out } = setUp()
    officeFiles(f)
    const before = officeHashes(f.dir)
    const expected = ['templates/memo-approval.json', 'emblem.png', ...(haveGaruda ? ['office-font.ttf', 'office-font-bold.ttf'] : [])]
    expect([...before.keys()].sort()).toEqual([...expected].sort())

    const summary = await backup.createBackup(join(out, 'office.pdbackup'))
    expect(summary.officeFiles).toEqual(expected)
    const entries = await readArchive(summary.file)
    expect(entries.filter((e) => e.path.startsWith('office/')).map((e) => e.path)).toEqual(expected.map((p) => `office/${p}`))
    const manifest = JSON.parse(String(entries[0]?.data)) as Manifest
    expect(manifest.formatVersion).toBe(2)
    for (const o of manifest.officeFiles ?? []) {
      const entry = entries.find((e) => e.path === `office/${o.path}`)
      expect(o.sha256, o.path).toBe(sha256(entry?.data ?? Buffer.alloc(0)))
      expect(o.sha256, o.path).toBe(before.get(o.path))
      expect(o.sizeBytes).toBe(entry?.data?.length)
    }
    expect(s.audit.list({ limit: 1 })[0]).toMatchObject({ action: 'backup.create', detail: { officeFiles: expected } })
    expect((await backup.verifyBackup(summary.file)).officeFiles).toEqual(expected)

    s.close()
    for (const name of readdirSync(f.dir)) rmSync(join(f.dir, name), { recursive: true, force: true })
    const restored = await BackupService.restoreInto(f.dir, summary.file, { clock: f.clock })
    expect(restored.officeFiles).toEqual(expected)
    expect(officeHashes(f.dir)).toEqual(before)

    const again = openAppServices({ dataDir: f.dir, clock: f.clock })
    try {
      expect(again.documents.templates.get('memo-approval').text).toContain('ขออนุมัติเผยแพร่ข่าวสารของสำนักงาน')
      expect(again.documents.emblem()?.fileName).toBe('emblem.png')
      if (haveGaruda) expect(again.documents.pdfFont()?.familyName).toBe('Garuda')
      expect(again.audit.list({ limit: 1 })[0]?.detail).toMatchObject({ officeFiles: expected })
    } finally {
      again.close()
    }
  })

  it('restores the backup’s set exactly, with the register, and the replaced set goes into the before-restore backup', async () => {
    const { f, s, backup, out } = setUp()
    officeFiles(f)
    const atBackup = officeHashes(f.dir)
    const file = (await backup.createBackup(join(out, 'a.pdbackup'))).file

    // After the backup: the template reworded again, a JPEG Garuda instead, no PDF font, a second template.
    s.documents.templates.save('memo-approval', templateWith(s, 'ขออนุมัติเผยแพร่ภายหลังการสำรอง'), f.ids.webmaster)
    s.documents.templates.save('announcement', s.documents.templates.get('announcement').defaultText, f.ids.webmaster)
    s.documents.setEmblem(jpgBytes('emblem'), 'ครุฑ.jpg', f.ids.webmaster)
    s.documents.removePdfFont(f.ids.webmaster)
    const later = officeHashes(f.dir)
    expect(later.has('emblem.jpg')).toBe(true)
    s.close()

    const restored = await BackupService.restoreInto(f.dir, file, { clock: f.clock })
    expect(officeHashes(f.dir)).toEqual(atBackup)
    // The register came back with its files: its profile names the PNG that is there again.
    let reopened = openAppServices({ dataDir: f.dir, clock: f.clock })
    expect(reopened.office.get()?.emblemFile).toBe('emblem.png')
    expect(reopened.documents.emblem()?.type).toBe('png')
    expect(reopened.documents.templates.list().filter((t) => t.overridden).map((t) => t.kind)).toEqual(['memo-approval'])
    reopened.close()

    // Undo: the before-restore backup brings back the later set, again exactly.
    const safety = restored.beforeRestoreFile
    if (!safety) throw new Error('no before-restore backup')
    await BackupService.restoreInto(f.dir, safety, { clock: f.clock })
    expect(officeHashes(f.dir)).toEqual(later)
    reopened = openAppServices({ dataDir: f.dir, clock: f.clock })
    try {
      expect(reopened.office.get()?.emblemFile).toBe('emblem.jpg')
      expect(reopened.documents.pdfFont()).toBeNull()
    } finally {
      reopened.close()
    }
  })

  it('still reads and restores a backup made before office files were carried, leaving the current ones', async () => {
    const { f, s, backup, out } = setUp()
    const modern = await backup.createBackup(join(out, 'modern.pdbackup'))
    // The same backup as a format-1 app wrote it: no office entries, no officeFiles in the manifest.
    const old = join(out, 'format-1.pdbackup')
    writeArchive(
      old,
      withManifest(
        (await readArchive(modern.file)).filter((e) => !e.path.startsWith('office/')),
        (m) => {
          m.formatVersion = 1
          delete m.officeFiles
        }
      )
    )
    const verified = await backup.verifyBackup(old)
    expect(verified.officeFiles).toBeNull()

    officeFiles(f)
    const current = officeHashes(f.dir)
    s.close()
    const restored = await BackupService.restoreInto(f.dir, old, { clock: f.clock })
    expect(restored.officeFiles).toBeNull()
    expect(officeHashes(f.dir)).toEqual(current)
    const reopened = openAppServices({ dataDir: f.dir, clock: f.clock })
    try {
      expect(reopened.documents.templates.get('memo-approval').overridden).toBe(true)
      expect(reopened.audit.verify().ok).toBe(true)
    } finally {
      reopened.close()
    }
  })

  it('refuses an office file changed, unlisted, missing or outside the format’s names — changing nothing', async () => {
    const { f, s, backup, out } = setUp()
    officeFiles(f)
    const good = await backup.createBackup(join(out, 'good.pdbackup'))
    const entries = await readArchive(good.file)
    let n = 0
    const craft = (list: RawEntry[]) => {
      const file = join(out, `crafted-${++n}.pdbackup`)
      writeArchive(file, list)
      return file
    }
    const template = 'office/templates/memo-approval.json'
    const cases: [string, string][] = [
      [craft(entries.map((e) => (e.path === template ? { ...e, data: Buffer.from(String(e.data).replace('ข่าวสาร', 'ข่าวลือ')) } : e))), 'มีเนื้อหาไม่ตรงกับค่าแฮช'],
      [craft(entries.map((e) => (e.path === 'office/emblem.png' ? { ...e, data: Buffer.concat([e.data ?? Buffer.alloc(0), Buffer.from('x')]) } : e))), 'มีขนาด'],
      [craft([...entries, { path: 'office/templates/announcement.json', data: Buffer.from('{}') }]), 'ไม่อยู่ในสารบัญ'],
      [craft(entries.filter((e) => e.path !== 'office/emblem.png')), 'ไม่มีไฟล์ของหน่วยงาน “emblem.png”'],
      [craft([...entries, { path: 'office/autorun.sh', data: Buffer.from('echo') }]), 'ไม่ใช่ส่วนหนึ่งของไฟล์สำรอง'],
      [craft([...entries, { path: 'office/templates/../../evil.json', data: Buffer.from('{}') }]), 'ชี้ออกไปนอกโฟลเดอร์']
    ]
    s.close()
    const before = fileHashes(f.dir)
    for (const [file, fragment] of cases) {
      const error = await refusal(BackupService.restoreInto(f.dir, file, { clock: f.clock }))
      expect(error.code, file).toBe('backup-invalid')
      expect(error.message, file).toContain(fragment)
    }
    expect(fileHashes(f.dir)).toEqual(before)
  })
})
