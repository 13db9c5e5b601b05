/**
 * A restore puts the office's files in place together with the register, or not at all: when the
 * last rename (the register itself) fails, every file already moved — attachments, templates,
 * Garuda, PDF font — goes back, and the data folder is as it was. The failure is made by the file
 * system call itself (renameSync onto the register's path fails once, as a full or failing disk).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppError } from '@shared/result'
import { openAppServices } from '../../../src-main/services/app-services'
import { BackupService } from '../../../src-main/services/backup/backup-service'
import { attachment, jpgBytes, pdfBytes, pngBytes, requestIn } from '../../helpers/register-fixtures'
import { dumpRegister, fileHashes } from './archive-tools'
import { backupSetUp } from './backup-fixture'

const failOn = vi.hoisted(() => ({ target: null as string | null }))

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>()
  const renameSync: typeof real.renameSync = (from, to) => {
    if (failOn.target !== null && String(to) === failOn.target) {
      failOn.target = null
      throw Object.assign(new Error('EIO: i/o error, rename (simulated)'), { code: 'EIO' })
    }
    real.renameSync(from, to)
  }
  return { ...real, default: { ...real, renameSync }, renameSync }
})

const cleanups: (() => void)[] = []
afterEach(() => {
  failOn.target = null
  for (const c of cleanups.splice(0).reverse()) c()
})

/**
 * Every file of the data folder a restore replaces, by hash (its backups/ and tmp/ are the
 * restore's own). The register is compared by its rows instead: the restore switches it out of
 * WAL mode before saving it, which rewrites its header but not its content.
 */
function liveFiles(dataDir: string): Map<string, string> {
  return new Map([...fileHashes(dataDir)].filter(([path]) => !/^(backups|tmp)\/|^register\.sqlite3/.test(path)))
}

function registerRows(dataDir: string): Record<string, unknown[]> {
  const s = openAppServices({ dataDir })
  try {
    return dumpRegister(s.db)
  } finally {
    s.close()
  }
}

describe('restore is all or nothing', () => {
  it('moves every file back when putting the register in place fails, and succeeds when tried again', async () => {
    const { f, s, backup, out } = backupSetUp(cleanups, 'publish-desk-restore-atomic-')
    requestIn(f, 'published', { title: 'รายงานผลการดำเนินงาน', newAttachments: [attachment('รายงาน.pdf', pdfBytes('report'))] })
    s.documents.setEmblem(pngBytes(), 'ครุฑ.png', f.ids.webmaster)
    const file = (await backup.createBackup(join(out, 'a.pdbackup'))).file

    // Later work: another request, another Garuda, a template of the office's own.
    requestIn(f, 'draft', { title: 'ร่างประกาศ', newAttachments: [attachment('ร่าง.pdf', pdfBytes('draft'))] })
    s.documents.setEmblem(jpgBytes('emblem'), 'ครุฑ.jpg', f.ids.webmaster)
    s.documents.templates.save('announcement', s.documents.templates.get('announcement').defaultText, f.ids.webmaster)
    const paths = s.paths
    s.close()
    const rows = registerRows(f.dir)
    const before = liveFiles(f.dir)
    expect([...before.keys()]).toEqual(expect.arrayContaining(['emblem.jpg', 'templates/announcement.json']))

    failOn.target = paths.database
    const error = await BackupService.restoreInto(f.dir, file, { clock: f.clock }).then(
      () => null,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).message).toContain('ข้อมูลเดิมถูกคืนกลับที่เดิมแล้ว')
    expect(liveFiles(f.dir)).toEqual(before)
    expect(registerRows(f.dir)).toEqual(rows)
    const intact = openAppServices({ dataDir: f.dir, clock: f.clock })
    try {
      expect(intact.office.get()?.emblemFile).toBe('emblem.jpg')
      expect(intact.audit.verify().ok).toBe(true)
    } finally {
      intact.close()
    }

    await BackupService.restoreInto(f.dir, file, { clock: f.clock })
    const after = liveFiles(f.dir)
    expect(after.has('emblem.jpg')).toBe(false)
    expect(after.has('templates/announcement.json')).toBe(false)
    expect(readFileSync(join(f.dir, 'emblem.png')).equals(pngBytes())).toBe(true)
  })
})
