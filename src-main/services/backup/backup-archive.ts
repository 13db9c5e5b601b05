/**
 * Writing and reading `.pdbackup` archives (see manifest.ts for the layout).
 *
 * Writing copies the register with SQLite's online backup API (the app keeps working), hashes
 * every attachment blob on the way in, and builds the archive under a temporary name that is
 * fsynced and renamed into place only when complete.
 *
 * Reading never lets the tar library choose where a file lands: each entry's name must be one
 * of the format's names exactly, files only (no links, folders or devices), and the bytes are
 * written by this module into a fresh folder inside the data directory's tmp/, hashed as they
 * arrive. Only then are the manifest, hashes, sizes, the database itself and its audit chain
 * checked.
 */
import Database from 'better-sqlite3'
import { createHash, randomBytes } from 'node:crypto'
import {
  closeSync,
  copyFileSync,
  createReadStream,
  createWriteStream,
  existsSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type WriteStream
} from 'node:fs'
import { basename, dirname, join, relative, resolve, sep, isAbsolute } from 'node:path'
import { create as createTar, Parser, type ReadEntry } from 'tar'
import { AppError } from '@shared/result'
import type { Db } from '../../db/open-database'
import { LATEST_VERSION } from '../../db/migrations'
import { AuditLog } from '../audit/audit-log'
import { systemClock } from '../context'
import { backupInvalid, CREATE, INVALID, PROBLEM } from './backup-text'
import {
  ATTACHMENT_ENTRY,
  attachmentEntry,
  DATABASE_ENTRY,
  FORMAT_NAME,
  FORMAT_VERSION,
  MANIFEST_ENTRY,
  manifestSchema,
  type BackupKind,
  type BackupSummary,
  type BlobProblem,
  type Manifest
} from './manifest'

/** Pages copied per step of the online backup: small enough to keep the event loop responsive. */
const STEP_PAGES = 1024
/** A write by another connection restarts the online backup; after this many, copy in one step. */
const RESTARTS_BEFORE_ONE_STEP = 2
/** The manifest lists one line per blob; 64 MiB is far beyond any register and stops a bomb. */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024

export interface SqliteOptions {
  /** better-sqlite3 build for the running runtime (Electron needs its own). */
  nativeBinding?: string
}

export function openSqlite(file: string, options: SqliteOptions & { readonly?: boolean } = {}): Db {
  return new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  })
}

// ------------------------------------------------------------------------------------------------
// Writing

export interface PackInput extends SqliteOptions {
  /** An open connection to the register to copy; it stays usable throughout. */
  source: Db
  attachmentsDir: string
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
      problems
    }
    writeFileSync(join(stage, MANIFEST_ENTRY), JSON.stringify(manifest, null, 1))

    // The manifest first, so a reader learns what to expect before the bulk arrives.
    const entries = [MANIFEST_ENTRY, DATABASE_ENTRY, ...attachments.map((a) => attachmentEntry(a.sha256))]
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
    throw new AppError('internal', CREATE.failed(describe(error)))
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

interface ReferencedBlob {
  sha256: string
  requestId: number
  fileName: string
}

/** Reads what the manifest needs from the copy, and turns the copy into one self-contained file. */
function readFacts(dbFile: string, options: SqliteOptions): { schemaVersion: number; counts: Manifest['counts']; blobs: ReferencedBlob[] } {
  const copy = openSqlite(dbFile, options)
  try {
    // A rollback-journal database is one file; a WAL one needs -wal/-shm beside it to be read.
    copy.pragma('journal_mode = DELETE')
    const blobs = hasTable(copy, 'attachment')
      ? copy
          .prepare<[], ReferencedBlob>(
            'SELECT sha256, min(request_id) AS requestId, min(file_name) AS fileName FROM attachment GROUP BY sha256 ORDER BY sha256'
          )
          .all()
      : []
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

// ------------------------------------------------------------------------------------------------
// Reading and checking

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
    throw backupInvalid(name, INVALID.notFound, 'ตรวจสอบชื่อและตำแหน่งของไฟล์ แล้วลองอีกครั้ง')
  }
  if (!stat.isFile()) throw backupInvalid(name, INVALID.notAFile, 'เลือกไฟล์ที่ลงท้ายด้วย .pdbackup')
  if (!startsWithGzip(path)) throw backupInvalid(name, INVALID.notGzip, 'เลือกไฟล์สำรองที่สร้างจากคำสั่งสำรองข้อมูลของ Publish Desk')

  mkdirSync(tmpRoot, { recursive: true })
  const dir = mkdtempSync(join(tmpRoot, 'verify-'))
  try {
    const { files, archive } = await unpack(path, name, dir)
    const manifest = checkManifest(name, dir, files)
    checkFiles(name, files, manifest)
    const counts = checkDatabase(name, join(dir, DATABASE_ENTRY), manifest, options)
    return { dir, manifest: { ...manifest, counts }, summary: summarize(path, archive, { ...manifest, counts }) }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    if (error instanceof AppError) throw error
    throw backupInvalid(name, INVALID.damaged(describe(error)))
  }
}

interface UnpackedFile {
  sha256: string
  sizeBytes: number
}

/** Streams the archive through tar's parser, writing only whitelisted plain files into `dir`. */
async function unpack(path: string, name: string, dir: string): Promise<{ files: Map<string, UnpackedFile>; archive: UnpackedFile }> {
  const files = new Map<string, UnpackedFile>()
  const seen = new Set<string>()
  const open = new Set<WriteStream>()
  const writes: Promise<void>[] = []
  const archiveHash = createHash('sha256')
  let archiveBytes = 0
  let refusal: AppError | undefined
  let writeError: unknown

  await new Promise<void>((resolvePromise, reject) => {
    const parser = new Parser({ strict: true })
    const input = createReadStream(path)
    const fail = (error: unknown) => {
      input.destroy()
      for (const s of open) s.destroy()
      reject(refusal ?? error)
    }
    parser.on('entry', (entry: ReadEntry) => {
      const why = refusal ? 'refused' : entryProblem(entry, seen)
      if (why) {
        refusal ??= backupInvalid(name, INVALID.unsafeEntry(printable(entry.path), why))
        entry.resume()
        parser.abort(refusal)
        return
      }
      seen.add(entry.path)
      try {
        writes.push(
          writeEntry(entry, dir, open).then(
            (f) => void files.set(entry.path, f),
            (error: unknown) => {
              writeError ??= error
              fail(error)
            }
          )
        )
      } catch (error) {
        writeError ??= error
        fail(error)
      }
    })
    parser.on('error', fail)
    parser.on('end', () => resolvePromise())
    input.on('error', fail)
    input.on('data', (chunk) => {
      archiveHash.update(chunk)
      archiveBytes += chunk.length
    })
    input.pipe(parser)
  })
  await Promise.all(writes)
  if (refusal) throw refusal
  if (writeError) throw writeError
  return { files, archive: { sha256: archiveHash.digest('hex'), sizeBytes: archiveBytes } }
}

/** Why an entry is refused, in Thai; null when it is one of the format's plain files. */
function entryProblem(entry: ReadEntry, seen: ReadonlySet<string>): string | null {
  const path = entry.path
  // Explicit path-traversal guard, before the whitelist: absolute names, drive letters, parent
  // references and backslashes are refused outright (the whitelist below would refuse them too).
  if (isAbsolute(path) || /^[a-zA-Z]:/.test(path) || path.split(/[\\/]/).includes('..') || path.includes('\\') || path.includes('\0')) {
    return INVALID.whyEscapes
  }
  if (path !== MANIFEST_ENTRY && path !== DATABASE_ENTRY && !ATTACHMENT_ENTRY.test(path)) return INVALID.whyUnknown
  if (entry.type !== 'File' && entry.type !== 'OldFile') return INVALID.whyNotFile(entry.type)
  if (seen.has(path)) return INVALID.whyDuplicate
  if (path === MANIFEST_ENTRY && entry.size > MAX_MANIFEST_BYTES) return INVALID.badManifest(`ขนาด ${entry.size} ไบต์`)
  return null
}

function writeEntry(entry: ReadEntry, dir: string, open: Set<WriteStream>): Promise<UnpackedFile> {
  const target = resolve(dir, entry.path)
  // Belt and braces: the name was whitelisted, and the resolved target must still be inside.
  const rel = relative(dir, target)
  if (rel.startsWith('..') || isAbsolute(rel) || !target.startsWith(dir + sep)) throw new Error(`entry escapes: ${entry.path}`)
  mkdirSync(dirname(target), { recursive: true })
  // 'wx': never follows or replaces anything already at that name.
  const out = createWriteStream(target, { flags: 'wx' })
  open.add(out)
  const hash = createHash('sha256')
  let size = 0
  return new Promise((resolvePromise, reject) => {
    entry.on('data', (chunk: Buffer) => {
      hash.update(chunk)
      size += chunk.length
      if (!out.write(chunk)) {
        entry.pause()
        out.once('drain', () => entry.resume())
      }
    })
    entry.on('end', () => out.end())
    out.on('finish', () => {
      open.delete(out)
      resolvePromise({ sha256: hash.digest('hex'), sizeBytes: size })
    })
    out.on('error', reject)
  })
}

function checkManifest(name: string, dir: string, files: ReadonlyMap<string, UnpackedFile>): Manifest {
  if (!files.has(MANIFEST_ENTRY)) throw backupInvalid(name, INVALID.noManifest)
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(join(dir, MANIFEST_ENTRY), 'utf8'))
  } catch (error) {
    throw backupInvalid(name, INVALID.badManifest(describe(error)))
  }
  // Format and version first: a newer format may have other fields, and deserves its own message.
  const head = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {}
  if (head.format !== FORMAT_NAME) throw backupInvalid(name, INVALID.badManifest('ไม่ใช่สารบัญของไฟล์สำรอง Publish Desk'))
  if (typeof head.formatVersion === 'number' && head.formatVersion > FORMAT_VERSION) {
    throw backupInvalid(name, INVALID.newerFormat(head.formatVersion), INVALID.newerFormatTodo)
  }
  const parsed = manifestSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw backupInvalid(name, INVALID.badManifest(issue ? `${issue.path.join('.')}: ${issue.message}` : 'รูปแบบไม่ถูกต้อง'))
  }
  return parsed.data
}

function checkFiles(name: string, files: ReadonlyMap<string, UnpackedFile>, manifest: Manifest): void {
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
}

/** Opens the extracted register read-only and checks it as the app would trust it. */
function checkDatabase(name: string, dbFile: string, manifest: Manifest, options: SqliteOptions): Manifest['counts'] {
  let db: Db
  try {
    db = openSqlite(dbFile, { ...options, readonly: true })
  } catch (error) {
    throw backupInvalid(name, INVALID.notDatabase(describe(error)))
  }
  try {
    let integrity: unknown
    try {
      integrity = db.pragma('integrity_check(20)', { simple: true })
    } catch (error) {
      throw backupInvalid(name, INVALID.notDatabase(describe(error)))
    }
    if (integrity !== 'ok') throw backupInvalid(name, INVALID.integrity(String(integrity)))
    const version = db.pragma('user_version', { simple: true }) as number
    if (version > LATEST_VERSION) throw backupInvalid(name, INVALID.tooNew(version, LATEST_VERSION), 'ติดตั้ง Publish Desk รุ่นล่าสุด แล้วกู้คืนอีกครั้ง')
    if (version !== manifest.schemaVersion) throw backupInvalid(name, INVALID.versionMismatch(version, manifest.schemaVersion))
    const orphan = db.pragma('foreign_key_check') as { table: string }[]
    if (orphan[0]) throw backupInvalid(name, INVALID.foreignKeys(orphan[0].table))
    if (hasTable(db, 'audit_log')) {
      const audit = new AuditLog({ db, dataDir: dirname(dbFile), clock: systemClock }).verify()
      if (!audit.ok) throw backupInvalid(name, INVALID.audit(audit.message))
    }
    if (hasTable(db, 'attachment')) {
      const packed = new Set(manifest.attachments.map((a) => a.sha256))
      const known = new Set(manifest.problems.map((p) => p.sha256))
      const rows = db
        .prepare<[], ReferencedBlob>('SELECT sha256, min(request_id) AS requestId, min(file_name) AS fileName FROM attachment GROUP BY sha256')
        .all()
      for (const r of rows) {
        // A blob already missing when the backup was made is in `problems` and reported; any other gap is damage.
        if (!packed.has(r.sha256) && !known.has(r.sha256)) throw backupInvalid(name, INVALID.blobUnreferenced(r.sha256, r.fileName, r.requestId))
      }
    }
    return countRows(db)
  } finally {
    db.close()
  }
}

// ------------------------------------------------------------------------------------------------
// Shared helpers

export function summarize(file: string, archive: UnpackedFile, manifest: Manifest): BackupSummary {
  return {
    file,
    kind: manifest.kind,
    sha256: archive.sha256,
    sizeBytes: archive.sizeBytes,
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    schemaVersion: manifest.schemaVersion,
    databaseBytes: manifest.database.sizeBytes,
    counts: manifest.counts,
    attachmentBlobs: manifest.attachments.length,
    attachmentBytes: manifest.attachments.reduce((sum, a) => sum + a.sizeBytes, 0),
    problems: manifest.problems.map((p) => p.message)
  }
}

export function hasTable(db: Db, table: string): boolean {
  return db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ?").get(table)?.n === 1
}

function countRows(db: Db): Manifest['counts'] {
  const count = (table: string) => (hasTable(db, table) ? (db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()?.n ?? 0) : 0)
  return { requests: count('request'), people: count('person'), attachments: count('attachment'), auditEntries: count('audit_log') }
}

export async function hashFile(file: string): Promise<UnpackedFile> {
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer)
    size += (chunk as Buffer).length
  }
  return { sha256: hash.digest('hex'), sizeBytes: size }
}

export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** Makes a rename durable. Windows cannot open a folder for fsync; NTFS journals renames itself. */
export function fsyncDir(dir: string): void {
  let fd: number | undefined
  try {
    fd = openSync(dir, 'r')
    fsyncSync(fd)
  } catch {
    // see above
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

function startsWithGzip(file: string): boolean {
  const fd = openSync(file, 'r')
  try {
    const head = Buffer.alloc(2)
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b
  } finally {
    closeSync(fd)
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message.replace(/\s+/g, ' ').slice(0, 200)
  return String(error)
}

/** Entry names come from an untrusted file: show them without control characters. */
function printable(path: string): string {
  return path.replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, 120)
}
