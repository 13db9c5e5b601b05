/** The set-up the backup tests share: a real register, its BackupService, and a folder for archives. */
import type { AppServices } from '../../../src-main/services/app-services'
import { BackupService } from '../../../src-main/services/backup/backup-service'
import { makeTempDir, openFixture, removeDir, type RegisterFixture } from '../../helpers/register-fixtures'

export interface BackupFixture {
  f: RegisterFixture
  s: AppServices
  backup: BackupService
  /** An empty folder for the archives the test writes. */
  out: string
}

/** A fresh register and output folder; both are removed through the test file's `cleanups` after the test. */
export function backupSetUp(cleanups: (() => void)[], outPrefix: string): BackupFixture {
  const f = openFixture()
  const out = makeTempDir(outPrefix)
  cleanups.push(() => f.cleanup(), () => removeDir(out))
  const s = f.services
  const backup = new BackupService({ db: s.db, paths: s.paths, audit: s.audit, office: s.office, clock: f.clock })
  return { f, s, backup, out }
}
