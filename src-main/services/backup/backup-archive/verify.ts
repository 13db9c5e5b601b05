/**
 * Reading a `.pdbackup` archive back: it is extracted (see unpack.ts) into a fresh folder inside
 * the data directory's tmp/, and only then are the manifest, hashes, sizes, the database itself
 * and its audit chain checked. Anything wrong is an AppError('backup-invalid') saying what.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { AppError } from '@shared/result'
import type { Db } from '../../../db/open-database'
import { LATEST_VERSION } from '../../../db/migrations'
import { AuditLog } from '../../audit/audit-log'
import { systemClock } from '../../context'
import { backupInvalid, INVALID } from '../backup-text'
import {
  ATTACHMENT_ENTRY,
  attachmentEntry,
  DATABASE_ENTRY,
  FORMAT_NAME,
  FORMAT_VERSION,
  MANIFEST_ENTRY,
  manifestSchema,
  officeEntry,
  OFFICE_PREFIX,
  type BackupSummary,
  type Manifest
} from '../manifest'
import { describeError, startsWithGzip, type FileDigest } from './fs-helpers'
import { countRows, hasTable, openSqlite, referencedBlobs, type SqliteOptions } from './sqlite'
import { summarize } from './summary'
import { unpack } from './unpack'

export interface OpenedBackup {
  /** The folder (inside tmpRoot) holding the checked contents; the caller removes it. */
  dir: string
  manifest: Manifest
  summary: BackupSummary
}

/**
 * Extracts `file` into a new folder inside `tmpRoot` and checks everything in it. Throws
 * AppError('backup-invalid') saying what is wrong; on any failure the folder is removed.
 */
export async function openBackup(file: string, tmpRoot: string, options: SqliteOptions = {}): Promise<OpenedBackup> {
  const path = resolve(file)
  const name = basename(path)
  let stat
  try {
    stat = statSync(path)
  } catch {
    throw backupInvalid(name, INVALID.notFound, INVALID.todoCheckPath)
  }
  if (!stat.isFile()) throw backupInvalid(name, INVALID.notAFile, INVALID.todoPickBackup)
  if (!startsWithGzip(path)) throw backupInvalid(name, INVALID.notGzip, INVALID.todoPickOurBackup)

  mkdirSync(tmpRoot, { recursive: true })
  const dir = mkdtempSync(join(tmpRoot, 'verify-'))
  try {
    const { files, archive } = await unpack(path, name, dir)
    const listed = checkManifest(name, dir, files)
    checkFiles(name, files, listed)
    // The counts reported are those of the database as found, not as the manifest claims.
    const manifest = { ...listed, counts: checkDatabase(name, join(dir, DATABASE_ENTRY), listed, options) }
    return { dir, manifest, summary: summarize(path, archive, manifest) }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    if (error instanceof AppError) throw error
    throw backupInvalid(name, INVALID.damaged(describeError(error)))
  }
}

function checkManifest(name: string, dir: string, files: ReadonlyMap<string, FileDigest>): Manifest {
  if (!files.has(MANIFEST_ENTRY)) throw backupInvalid(name, INVALID.noManifest)
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(join(dir, MANIFEST_ENTRY), 'utf8'))
  } catch (error) {
    throw backupInvalid(name, INVALID.badManifest(describeError(error)))
  }
  // Format and version first: a newer format may have other fields, and deserves its own message.
  const head = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {}
  if (head.format !== FORMAT_NAME) throw backupInvalid(name, INVALID.badManifest(INVALID.notOurManifest))
  if (typeof head.formatVersion === 'number' && head.formatVersion > FORMAT_VERSION) {
    throw backupInvalid(name, INVALID.newerFormat(head.formatVersion), INVALID.newerFormatTodo)
  }
  const parsed = manifestSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw backupInvalid(name, INVALID.badManifest(issue ? `${issue.path.join('.')}: ${issue.message}` : INVALID.malformed))
  }
  return parsed.data
}

/** Every extracted file against the manifest: the database and each blob, by hash and size. */
function checkFiles(name: string, files: ReadonlyMap<string, FileDigest>, manifest: Manifest): void {
  const db = files.get(DATABASE_ENTRY)
  if (!db) throw backupInvalid(name, INVALID.noDatabase)
  if (db.sizeBytes !== manifest.database.sizeBytes) throw backupInvalid(name, INVALID.databaseSize(db.sizeBytes, manifest.database.sizeBytes))
  if (db.sha256 !== manifest.database.sha256) throw backupInvalid(name, INVALID.databaseHash)

  const listed = new Map(manifest.attachments.map((a) => [a.sha256, a.sizeBytes]))
  for (const [path, file] of files) {
    const match = ATTACHMENT_ENTRY.exec(path)
    if (!match) continue
    const sha = match[2] as string
    if (match[1] !== sha.slice(0, 2) || file.sha256 !== sha) throw backupInvalid(name, INVALID.blobContent(sha))
    const expected = listed.get(sha)
    if (expected === undefined) throw backupInvalid(name, INVALID.blobNotListed(sha))
    if (expected !== file.sizeBytes) throw backupInvalid(name, INVALID.blobSize(sha, file.sizeBytes, expected))
  }
  for (const sha of listed.keys()) if (!files.has(attachmentEntry(sha))) throw backupInvalid(name, INVALID.blobMissing(sha))

  // The office's files: each one in the archive listed with its hash and size, each listed one there.
  const office = new Map((manifest.officeFiles ?? []).map((o) => [officeEntry(o.path), o]))
  for (const [path, file] of files) {
    if (!path.startsWith(OFFICE_PREFIX)) continue
    const expected = office.get(path)
    const shown = path.slice(OFFICE_PREFIX.length)
    if (!expected) throw backupInvalid(name, INVALID.officeNotListed(shown))
    if (expected.sizeBytes !== file.sizeBytes) throw backupInvalid(name, INVALID.officeSize(shown, file.sizeBytes, expected.sizeBytes))
    if (expected.sha256 !== file.sha256) throw backupInvalid(name, INVALID.officeHash(shown))
  }
  for (const [path, o] of office) if (!files.has(path)) throw backupInvalid(name, INVALID.officeMissing(o.path))
}

/** Opens the extracted register read-only and checks it as the app would trust it. */
function checkDatabase(name: string, dbFile: string, manifest: Manifest, options: SqliteOptions): Manifest['counts'] {
  let db: Db
  try {
    db = openSqlite(dbFile, { ...options, readonly: true })
  } catch (error) {
    throw backupInvalid(name, INVALID.notDatabase(describeError(error)))
  }
  try {
    let integrity: unknown
    try {
      integrity = db.pragma('integrity_check(20)', { simple: true })
    } catch (error) {
      throw backupInvalid(name, INVALID.notDatabase(describeError(error)))
    }
    if (integrity !== 'ok') throw backupInvalid(name, INVALID.integrity(String(integrity)))
    const version = db.pragma('user_version', { simple: true }) as number
    if (version > LATEST_VERSION) throw backupInvalid(name, INVALID.tooNew(version, LATEST_VERSION), INVALID.newerFormatTodo)
    if (version !== manifest.schemaVersion) throw backupInvalid(name, INVALID.versionMismatch(version, manifest.schemaVersion))
    const orphan = db.pragma('foreign_key_check') as { table: string }[]
    if (orphan[0]) throw backupInvalid(name, INVALID.foreignKeys(orphan[0].table))
    if (hasTable(db, 'audit_log')) {
      const audit = new AuditLog({ db, dataDir: dirname(dbFile), clock: systemClock }).verify()
      if (!audit.ok) throw backupInvalid(name, INVALID.audit(audit.message))
    }
    const packed = new Set(manifest.attachments.map((a) => a.sha256))
    const known = new Set(manifest.problems.map((p) => p.sha256))
    for (const r of referencedBlobs(db)) {
      // A blob already missing when the backup was made is in `problems` and reported; any other gap is damage.
      if (!packed.has(r.sha256) && !known.has(r.sha256)) throw backupInvalid(name, INVALID.blobUnreferenced(r.sha256, r.fileName, r.requestId))
    }
    return countRows(db)
  } finally {
    db.close()
  }
}
