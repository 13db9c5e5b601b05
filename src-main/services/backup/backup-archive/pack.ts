/**
 * Writing a `.pdbackup` archive. The register is copied with SQLite's online backup API (the app
 * keeps working), every attachment blob and office file is hashed on the way in, and the archive
 * is built under a temporary name that is fsynced and renamed into place only when complete.
 */
import { randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { create as createTar } from 'tar'
import { AppError } from '@shared/result'
import type { Db } from '../../../db/open-database'
import { CREATE, PROBLEM } from '../backup-text'
import {
  attachmentEntry,
  DATABASE_ENTRY,
  FORMAT_NAME,
  FORMAT_VERSION,
  MANIFEST_ENTRY,
  officeEntry,
  type BackupKind,
  type BackupSummary,
  type BlobProblem,
  type Manifest
} from '../manifest'
import { describeError, fsyncDir, fsyncFile, hashFile, isDirectory } from './fs-helpers'
import { stageOfficeFiles } from './office-files'
import { countRows, openSqlite, referencedBlobs, type ReferencedBlob, type SqliteOptions } from './sqlite'
import { summarize } from './summary'

/** Pages copied per step of the online backup: small enough to keep the event loop responsive. */
const STEP_PAGES = 1024
/** A write by another connection restarts the online backup; after this many, copy in one step. */
const RESTARTS_BEFORE_ONE_STEP = 2

export interface PackInput extends SqliteOptions {
  /** An open connection to the register to copy; it stays usable throughout. */
  source: Db
  attachmentsDir: string
  /** The data folder, whose office files (templates, emblem, PDF font) the backup carries. */
  dataDir: string
  /** A folder inside the data directory for the staging area (same file system as the blobs). */
  tmpRoot: string
  outFile: string
  kind: BackupKind
  createdAt: string
  appVersion: string
}

/** Builds the archive at `outFile` (never overwriting one) and returns its manifest and summary. */
export async function packBackup(input: PackInput): Promise<{ manifest: Manifest; summary: BackupSummary }> {
  const out = resolve(input.outFile)
  if (existsSync(out)) throw new AppError('conflict', CREATE.exists(out))
  if (!isDirectory(dirname(out))) throw new AppError('invalid-input', CREATE.noFolder(dirname(out)))
  mkdirSync(input.tmpRoot, { recursive: true })
  const stage = mkdtempSync(join(input.tmpRoot, 'backup-'))
  // A random part name: two backups racing to the same final name never write one file together.
  const part = `${out}.${randomBytes(4).toString('hex')}.part`
  try {
    const dbFile = join(stage, DATABASE_ENTRY)
    await onlineCopy(input.source, dbFile)
    const facts = readFacts(dbFile, input)
    const database = await hashFile(dbFile)

    const attachments: Manifest['attachments'] = []
    const problems: BlobProblem[] = []
    for (const blob of facts.blobs) {
      const staged = await stageBlob(input.attachmentsDir, stage, blob.sha256)
      if (typeof staged === 'number') attachments.push({ sha256: blob.sha256, sizeBytes: staged })
      else problems.push({ sha256: blob.sha256, problem: staged, message: problemMessage(staged, blob) })
    }

    const officeFiles = await stageOfficeFiles(input.dataDir, stage)

    const manifest: Manifest = {
      format: FORMAT_NAME,
      formatVersion: FORMAT_VERSION,
      kind: input.kind,
      appVersion: input.appVersion,
      createdAt: input.createdAt,
      schemaVersion: facts.schemaVersion,
      database: { sha256: database.sha256, sizeBytes: database.sizeBytes },
      counts: facts.counts,
      attachments,
      officeFiles,
      problems
    }
    writeFileSync(join(stage, MANIFEST_ENTRY), JSON.stringify(manifest, null, 1))

    // The manifest first, so a reader learns what to expect before the bulk arrives.
    const entries = [MANIFEST_ENTRY, DATABASE_ENTRY, ...attachments.map((a) => attachmentEntry(a.sha256)), ...officeFiles.map((o) => officeEntry(o.path))]
    await createTar({ gzip: true, file: part, cwd: stage, portable: true, noDirRecurse: true, strict: true }, entries)
    fsyncFile(part)
    const archive = await hashFile(part)
    // Checked again at the last moment: a file that appeared meanwhile is not replaced.
    if (existsSync(out)) throw new AppError('conflict', CREATE.exists(out))
    renameSync(part, out)
    fsyncDir(dirname(out))
    return { manifest, summary: summarize(out, archive, manifest) }
  } catch (error) {
    rmSync(part, { force: true })
    if (error instanceof AppError) throw error
    throw new AppError('internal', CREATE.failed(describeError(error)))
  } finally {
    rmSync(stage, { recursive: true, force: true })
  }
}

/** SQLite's online backup: other connections keep reading and writing while pages are copied. */
async function onlineCopy(source: Db, dest: string): Promise<void> {
  let lastRemaining = Number.POSITIVE_INFINITY
  let restarts = 0
  await source.backup(dest, {
    progress: ({ totalPages, remainingPages }) => {
      // A write through another connection sends the copy back to the start. Under a steady
      // stream of such writes a stepped copy would never finish, so then take it in one step
      // (a read transaction: in WAL mode it does not block writers).
      if (remainingPages > lastRemaining) restarts++
      lastRemaining = remainingPages
      return restarts >= RESTARTS_BEFORE_ONE_STEP ? totalPages : STEP_PAGES
    }
  })
}

/** Reads what the manifest needs from the copy, and turns the copy into one self-contained file. */
function readFacts(dbFile: string, options: SqliteOptions): { schemaVersion: number; counts: Manifest['counts']; blobs: ReferencedBlob[] } {
  const copy = openSqlite(dbFile, options)
  try {
    // A rollback-journal database is one file; a WAL one needs -wal/-shm beside it to be read.
    copy.pragma('journal_mode = DELETE')
    const blobs = referencedBlobs(copy)
    return { schemaVersion: copy.pragma('user_version', { simple: true }) as number, counts: countRows(copy), blobs }
  } finally {
    copy.close()
  }
}

/**
 * Puts one blob into the staging folder (a hard link when the file system allows: no copy of the
 * bytes) and checks that its content still matches its name, so the archive never carries a
 * damaged file as if it were good. Returns the size packed, or what is wrong.
 */
async function stageBlob(attachmentsDir: string, stage: string, sha256: string): Promise<number | BlobProblem['problem']> {
  const source = join(attachmentsDir, sha256.slice(0, 2), sha256)
  let stat
  try {
    stat = lstatSync(source)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing'
    throw error
  }
  if (!stat.isFile()) return 'not-a-file'
  const staged = join(stage, attachmentEntry(sha256))
  mkdirSync(dirname(staged), { recursive: true })
  try {
    linkSync(source, staged)
  } catch {
    copyFileSync(source, staged)
  }
  const actual = await hashFile(staged)
  if (actual.sha256 !== sha256) {
    rmSync(staged, { force: true })
    return 'corrupt'
  }
  return actual.sizeBytes
}

function problemMessage(problem: BlobProblem['problem'], blob: ReferencedBlob): string {
  switch (problem) {
    case 'missing':
      return PROBLEM.missing(blob.fileName, blob.requestId)
    case 'corrupt':
      return PROBLEM.corrupt(blob.fileName, blob.requestId)
    case 'not-a-file':
      return PROBLEM.notAFile(blob.fileName, blob.requestId)
  }
}
