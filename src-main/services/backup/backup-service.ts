/**
 * Backups of the register, its attachment files and the office's own files (template wording,
 * Garuda, PDF font) into one `.pdbackup` file, the automatic daily backup, and restore.
 *
 * Creating and checking a backup work beside the running app. Restoring replaces the register,
 * so it runs only on a data directory whose database nobody has open:
 *
 *   const summary = await backup.verifyBackup(file)        // optional: show it, ask to confirm
 *   services.close()                                       // every connection of this process
 *   await BackupService.restoreInto(dataDir, file)         // checks again, then replaces
 *   services = openAppServices({ dataDir })                // reopen: the old objects are dead
 *
 * restoreInto refuses (and changes nothing) if another connection still holds the database.
 * Before replacing anything it saves what is there as backups/before-restore-<time>.pdbackup, so
 * a restore can itself be undone with restoreInto.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { todayIso } from '@shared/thai'
import { AppError } from '@shared/result'
import { ensureDataDir, type DataPaths } from '../../data-dir'
import { openDatabase, type Db } from '../../db/open-database'
import { appVersion } from '../../project-info'
import { AuditLog } from '../audit/audit-log'
import { systemClock, type Clock } from '../context'
import { fsyncDir, hasTable, officeFilesIn, OFFICE_UNITS, openBackup, openSqlite, packBackup, type SqliteOptions } from './backup-archive'
import { RESTORE } from './backup-text'
import { BACKUP_EXTENSION, DATABASE_ENTRY, type BackupKind, type BackupSummary } from './manifest'

export type { BackupKind, BackupSummary } from './manifest'

export const DEFAULT_BACKUP_KEEP = 14
const AUTO_NAME = /^auto-(\d{4}-\d{2}-\d{2})\.pdbackup$/
/** Leftovers of a crash (temporary folders, unfinished archives) older than this are removed. */
const STALE_MS = 6 * 60 * 60 * 1000
const TMP_PREFIXES = ['backup-', 'verify-', 'restore-']
const DB_SIDE_FILES = ['', '-wal', '-shm', '-journal']

export interface AutomaticBackup {
  file: string
  /** The Thai calendar day it belongs to (YYYY-MM-DD, from its name). */
  day: string
  /** Last modified (ISO, UTC). */
  createdAt: string
  sizeBytes: number
}

export interface BackupServiceDeps extends SqliteOptions {
  db: Db
  paths: DataPaths
  audit: AuditLog
  /** The office profile holds how many automatic backups to keep (backupKeep). */
  office: { get(): { backupKeep: number } | null }
  clock?: Clock
  /** Recorded in each manifest; defaults to package.json's version. */
  appVersion?: string
}

export interface RestoreOptions extends SqliteOptions {
  clock?: Clock
  /** Who restores, for the audit entry written into the restored register; null: ระบบ. */
  actorId?: number | null
  appVersion?: string
}

export class BackupService {
  private daily: Promise<BackupSummary | null> | null = null

  constructor(private readonly deps: BackupServiceDeps) {}

  private get clock(): Clock {
    return this.deps.clock ?? systemClock
  }

  /** A manual backup to `outFile` (refuses to overwrite a file). `actorId` null: ระบบ. */
  createBackup(outFile: string, options: { actorId?: number | null } = {}): Promise<BackupSummary> {
    return this.create(outFile, 'manual', options.actorId ?? null, this.clock.now())
  }

  /** Checks a backup completely without changing anything; throws AppError('backup-invalid'). */
  async verifyBackup(file: string): Promise<BackupSummary> {
    const opened = await openBackup(file, this.deps.paths.tmp, this.deps)
    rmSync(opened.dir, { recursive: true, force: true })
    return opened.summary
  }

  /**
   * Restores into this service's data directory. The database this service was built on must be
   * closed first (`services.close()`); afterwards reopen the services. See restoreInto.
   */
  async restoreBackup(file: string, options: { actorId?: number | null } = {}): Promise<BackupSummary> {
    if (this.deps.db.open) throw new AppError('conflict', RESTORE.stillOpenHere)
    return BackupService.restoreInto(this.deps.paths.root, file, { ...this.restoreDefaults(), actorId: options.actorId ?? null })
  }

  /**
   * Makes today's automatic backup (backups/auto-YYYY-MM-DD.pdbackup, the day in Thailand) unless
   * one exists, then keeps only the newest N automatic ones (the office's backupKeep). Manual
   * and before-restore backups are never deleted. Returns null when today's already existed.
   */
  runDailyIfDue(now: Date = new Date()): Promise<BackupSummary | null> {
    // A second call while one runs (a timer and start-up at once) waits for the same run.
    this.daily ??= this.daily_(now).finally(() => {
      this.daily = null
    })
    return this.daily
  }

  /** The automatic backups in the backups folder, newest first. */
  listAutomatic(): AutomaticBackup[] {
    const dir = this.deps.paths.backups
    let names: string[]
    try {
      names = readdirSync(dir)
    } catch {
      return []
    }
    const list: AutomaticBackup[] = []
    for (const name of names) {
      const day = AUTO_NAME.exec(name)?.[1]
      if (!day) continue
      const stat = statSync(join(dir, name), { throwIfNoEntry: false })
      if (!stat?.isFile()) continue
      list.push({ file: join(dir, name), day, createdAt: stat.mtime.toISOString(), sizeBytes: stat.size })
    }
    return list.sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0))
  }

  private async daily_(now: Date): Promise<BackupSummary | null> {
    removeStale(this.deps.paths, now)
    const day = todayIso(now)
    const made = this.listAutomatic().some((b) => b.day === day)
      ? null
      : await this.create(join(this.deps.paths.backups, `auto-${day}${BACKUP_EXTENSION}`), 'auto', null, now.toISOString())
    const keep = this.deps.office.get()?.backupKeep ?? DEFAULT_BACKUP_KEEP
    for (const old of this.listAutomatic().slice(keep)) rmSync(old.file, { force: true })
    return made
  }

  private async create(outFile: string, kind: BackupKind, actorId: number | null, createdAt: string): Promise<BackupSummary> {
    const { db, paths, audit } = this.deps
    mkdirSync(paths.backups, { recursive: true })
    const { summary } = await packBackup({
      source: db,
      attachmentsDir: paths.attachments,
      dataDir: paths.root,
      tmpRoot: paths.tmp,
      outFile,
      kind,
      createdAt,
      appVersion: this.deps.appVersion ?? appVersion(),
      ...(this.deps.nativeBinding ? { nativeBinding: this.deps.nativeBinding } : {})
    })
    try {
      db.transaction(() =>
        audit.append({
          actorId,
          action: 'backup.create',
          entity: 'backup',
          entityId: basename(summary.file),
          detail: {
            file: basename(summary.file),
            kind,
            sha256: summary.sha256,
            sizeBytes: summary.sizeBytes,
            schemaVersion: summary.schemaVersion,
            counts: summary.counts,
            attachmentBlobs: summary.attachmentBlobs,
            officeFiles: summary.officeFiles,
            problems: summary.problems
          }
        })
      )()
    } catch (error) {
      // A backup the audit log does not know of would be a gap in the trail: take it back.
      rmSync(summary.file, { force: true })
      throw error
    }
    return summary
  }

  private restoreDefaults(): RestoreOptions {
    return {
      clock: this.clock,
      ...(this.deps.appVersion ? { appVersion: this.deps.appVersion } : {}),
      ...(this.deps.nativeBinding ? { nativeBinding: this.deps.nativeBinding } : {})
    }
  }

  /**
   * Replaces the register, attachments and office files of `dataDir` with those of `file`. Nobody
   * may have the database open. In order, and stopping with nothing replaced at any failure:
   *  1. the backup is extracted into dataDir/tmp and checked completely (verifyBackup's checks);
   *  2. the current database is taken exclusively (refused if another connection holds it) and
   *     saved with its attachments and office files as backups/before-restore-<time>.pdbackup; a database too
   *     damaged to be read is instead moved, as is, to backups/before-restore-<time>-files/;
   *  3. the restored register is brought to this app's schema and gets a 'backup.restore' audit
   *     entry, in its temporary place;
   *  4. the current files are moved aside and the restored ones renamed into place (renames
   *     within the data directory); a failure moves the current files back. The office's files
   *     go with the database: the templates folder, the Garuda and the PDF font of the backup
   *     replace the current ones (a file the backup does not hold is moved aside too), so the
   *     register and the files it names come back together. A backup made before office files
   *     were carried (format 1) leaves the current ones where they are.
   */
  static async restoreInto(dataDir: string, file: string, options: RestoreOptions = {}): Promise<BackupSummary> {
    const paths = ensureDataDir(resolve(dataDir))
    const clock = options.clock ?? systemClock
    const sqlite: SqliteOptions = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}
    const opened = await openBackup(file, paths.tmp, sqlite)
    let work: string | undefined
    try {
      const stamp = clock.now().replace(/[:.]/g, '-')
      const before = await saveBeforeRestore(paths, stamp, clock, options)
      work = mkdtempSync(join(paths.tmp, 'restore-'))

      const restoredDb = join(opened.dir, DATABASE_ENTRY)
      prepareRestored(restoredDb, paths.root, clock, sqlite, {
        actorId: options.actorId ?? null,
        detail: {
          file: basename(opened.summary.file),
          sha256: opened.summary.sha256,
          backupCreatedAt: opened.summary.createdAt,
          backupAppVersion: opened.summary.appVersion,
          beforeRestore: before.file ? basename(before.file) : null,
          officeFiles: opened.summary.officeFiles
        }
      })
      const restoredAttachments = join(opened.dir, 'attachments')
      mkdirSync(restoredAttachments, { recursive: true })
      // Null: a format-1 backup, which knows nothing of the office's files.
      const restoredOffice = opened.manifest.officeFiles === undefined ? null : join(opened.dir, 'office')
      if (restoredOffice) mkdirSync(restoredOffice, { recursive: true })
      swapIn(paths, work, { db: restoredDb, attachments: restoredAttachments, office: restoredOffice }, before.damaged ? work : (before.file ?? work))

      if (before.damaged && before.file) {
        // The unreadable register and its files stay, as they were, beside the backups.
        renameSync(work, before.file)
        work = undefined
      }
      return { ...opened.summary, beforeRestoreFile: before.file }
    } finally {
      rmSync(opened.dir, { recursive: true, force: true })
      if (work) rmSync(work, { recursive: true, force: true })
    }
  }
}

/**
 * Step 2 of restoreInto. Switching the database out of WAL mode needs every other connection
 * closed, so it doubles as the check that nobody has it open; the exclusive lock then keeps
 * others out until this connection closes just before the swap.
 */
async function saveBeforeRestore(paths: DataPaths, stamp: string, clock: Clock, options: RestoreOptions): Promise<{ file: string | null; damaged: boolean }> {
  const asFiles = { file: uniqueName(join(paths.backups, `before-restore-${stamp}-files`), ''), damaged: true }
  if (!existsSync(paths.database)) {
    // No register, but attachment or office files may still be there (newer than the backup): keep them.
    return safeList(paths.attachments).length > 0 || officeFilesIn(paths.root).length > 0 ? asFiles : { file: null, damaged: false }
  }
  let live: Db | undefined
  try {
    let readable: boolean
    try {
      live = openSqlite(paths.database, options)
      live.pragma('busy_timeout = 1000')
      // SQLite may also answer with the unchanged mode instead of an error when it cannot switch.
      if (live.pragma('journal_mode = DELETE', { simple: true }) !== 'delete') throw new AppError('conflict', RESTORE.databaseOpen)
      live.pragma('locking_mode = EXCLUSIVE')
      live.exec('BEGIN EXCLUSIVE; COMMIT')
      readable = live.pragma('quick_check', { simple: true }) === 'ok'
    } catch (error) {
      if (error instanceof AppError || isBusy(error)) throw new AppError('conflict', RESTORE.databaseOpen)
      readable = false
    }
    // A register SQLite cannot read is not copied page by page: its files are kept as they are.
    if (!readable || !live) return asFiles
    const { summary } = await packBackup({
      source: live,
      attachmentsDir: paths.attachments,
      dataDir: paths.root,
      tmpRoot: paths.tmp,
      outFile: uniqueName(join(paths.backups, `before-restore-${stamp}`), BACKUP_EXTENSION),
      kind: 'before-restore',
      createdAt: clock.now(),
      appVersion: options.appVersion ?? appVersion(),
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
    })
    return { file: summary.file, damaged: false }
  } finally {
    live?.close()
  }
}

/** Step 3: migrate the restored copy to this app's schema and record the restore in its trail. */
function prepareRestored(dbFile: string, dataDir: string, clock: Clock, sqlite: SqliteOptions, entry: { actorId: number | null; detail: Record<string, unknown> }): void {
  const db = openDatabase(dbFile, sqlite)
  try {
    if (hasTable(db, 'audit_log')) {
      const audit = new AuditLog({ db, dataDir, clock })
      db.transaction(() => audit.append({ actorId: entry.actorId, action: 'backup.restore', entity: 'backup', entityId: String(entry.detail.file), detail: entry.detail }))()
    }
    // Back to one self-contained file for the move; the app switches to WAL again on open.
    db.pragma('journal_mode = DELETE')
  } finally {
    db.close()
  }
}

/**
 * Step 4: every move is a rename inside the data directory, undone in reverse on failure. The
 * database goes last: until it is in place, nothing the app reads has changed meaning.
 */
function swapIn(paths: DataPaths, work: string, restored: { db: string; attachments: string; office: string | null }, safety: string): void {
  const moved: [string, string][] = []
  const move = (from: string, to: string) => {
    renameSync(from, to)
    moved.push([from, to])
  }
  try {
    if (existsSync(paths.attachments)) move(paths.attachments, join(work, 'attachments'))
    // A stale -wal beside the new file would be replayed into it: the side files go too.
    for (const suffix of DB_SIDE_FILES) if (existsSync(paths.database + suffix)) move(paths.database + suffix, join(work, DATABASE_ENTRY + suffix))
    if (restored.office !== null) {
      const aside = join(work, 'office')
      mkdirSync(aside, { recursive: true })
      for (const unit of OFFICE_UNITS) if (existsSync(join(paths.root, unit))) move(join(paths.root, unit), join(aside, unit))
      for (const unit of OFFICE_UNITS) if (existsSync(join(restored.office, unit))) move(join(restored.office, unit), join(paths.root, unit))
    }
    move(restored.attachments, paths.attachments)
    move(restored.db, paths.database)
  } catch (error) {
    for (const [from, to] of moved.reverse()) {
      try {
        renameSync(to, from)
      } catch {
        throw new AppError('internal', RESTORE.failedAfterSwap(describe(error), safety))
      }
    }
    throw new AppError('internal', RESTORE.failed(describe(error)))
  }
  fsyncDir(paths.root)
}

function removeStale(paths: DataPaths, now: Date): void {
  const old = (file: string) => {
    const stat = statSync(file, { throwIfNoEntry: false })
    return stat !== undefined && now.getTime() - stat.mtimeMs > STALE_MS
  }
  for (const name of safeList(paths.tmp)) {
    if (TMP_PREFIXES.some((p) => name.startsWith(p)) && old(join(paths.tmp, name))) rmSync(join(paths.tmp, name), { recursive: true, force: true })
  }
  for (const name of safeList(paths.backups)) {
    if (name.endsWith('.part') && old(join(paths.backups, name))) rmSync(join(paths.backups, name), { force: true })
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

function uniqueName(base: string, extension: string): string {
  if (!existsSync(base + extension)) return base + extension
  return `${base}-${randomBytes(3).toString('hex')}${extension}`
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || (typeof code === 'string' && code.startsWith('SQLITE_BUSY'))
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.replace(/\s+/g, ' ').slice(0, 200) : String(error)
}
