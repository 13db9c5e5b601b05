/**
 * Files the app made for the person to save (a register export, a printed document, an evidence
 * pack, the yearly set) wait here, inside the data folder, between being made and being saved:
 * written once, atomically, under a random id; the renderer holds only a small handle (id, name,
 * size). The desktop app copies the file to where the save dialog pointed (saveTo); the browser
 * of `npm run web` downloads it from the loopback bridge (open). A large file never crosses IPC as
 * base64. A file stays here after it is saved, so that it can be saved again (a second copy, the
 * yearly set's "save all" after one file), until it expires, the store holds more than its
 * limit (the oldest go first) or the app closes.
 *
 * Each open store has its own folder `<pid>-<random>` under the staging root. What a crash left
 * (folders of processes no longer running) is removed when a store opens; a store removes its own
 * folder when it closes; a file is dropped maxAgeMs after it was made.
 * Ids are known only to the store that made them: an id from another run, another data folder or
 * a made-up one is refused, and no id or file name ever becomes part of a path by itself.
 */
import { randomBytes } from 'node:crypto'
import { constants, copyFileSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { STAGED_FILE_ID, type StagedFileRef } from '@shared/ipc/contract'
import { AppError } from '@shared/result'
import { fsyncDir, fsyncFile, writeFileAtomic } from '../../fs/atomic-write'
import { safeFileName } from './safe-file-name'
import { reasonOf, STAGING_TEXT } from './staging-text'

export interface StagingOptions {
  now?: () => number
  /** How long a made file is kept (it can be saved again meanwhile); 24 h. */
  maxAgeMs?: number
  /** Beyond this total the oldest files go when another is made (the newest always stays); 2 GiB. */
  maxTotalBytes?: number
  /** Whether another process still runs (its folder is kept); tests replace it. */
  isAlive?: (pid: number) => boolean
}

export interface StagedEntry {
  ref: StagedFileRef
  /** The staged file itself, inside the store's folder. */
  path: string
}

interface Entry extends StagedEntry {
  stagedAt: number
}

const DAY_MS = 24 * 60 * 60 * 1000
const MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024
const FOLDER_NAME = /^(\d+)-[0-9a-f]{8}$/

/** Folders of stores open in this process: never swept as leftovers (tests open several on one data folder). */
const liveFolders = new Set<string>()

export class StagingStore {
  readonly folder: string
  /** In the order they were made: the first is the oldest. */
  private readonly entries = new Map<string, Entry>()
  private readonly now: () => number
  private readonly maxAgeMs: number
  private readonly maxTotalBytes: number

  constructor(
    readonly root: string,
    options: StagingOptions = {}
  ) {
    this.now = options.now ?? Date.now
    this.maxAgeMs = options.maxAgeMs ?? DAY_MS
    this.maxTotalBytes = options.maxTotalBytes ?? MAX_TOTAL_BYTES
    this.folder = join(root, `${process.pid}-${randomBytes(4).toString('hex')}`)
    sweepLeftovers(root, options.isAlive ?? processAlive)
    liveFolders.add(this.folder)
  }

  /** Writes the made file once (atomically) and gives its handle. */
  put(fileName: string, bytes: Uint8Array): StagedFileRef {
    if (bytes.length === 0) throw new AppError('internal', STAGING_TEXT.empty)
    const { id, path } = this.newSlot()
    try {
      mkdirSync(this.folder, { recursive: true })
      writeFileAtomic(path, bytes)
    } catch (error) {
      throw new AppError('internal', STAGING_TEXT.stageFailed(reasonOf(error)))
    }
    return this.admit(id, path, fileName, bytes.length)
  }

  /**
   * Stages a file the caller writes itself, as it goes (a large export streamed from the
   * register): `write` gets a temporary path in this store's folder where nothing is yet; when it
   * resolves, the file is flushed and renamed into place under its id, and its handle given. When
   * `write` rejects, or writes nothing, the temporary file is removed and nothing is staged; a
   * file-system failure is explained in Thai, any other error (the caller's own refusal) passes.
   */
  async putWritten(fileName: string, write: (path: string) => Promise<void>): Promise<StagedFileRef> {
    const { id, path } = this.newSlot()
    const temp = join(this.folder, `.${id}.tmp`)
    let sizeBytes: number
    try {
      mkdirSync(this.folder, { recursive: true })
      await write(temp)
      sizeBytes = statSync(temp).size
      if (sizeBytes > 0) {
        fsyncFile(temp)
        renameSync(temp, path)
        fsyncDir(this.folder)
      }
    } catch (error) {
      rmSync(temp, { force: true })
      // A file-system failure (disk full…) is the store's to explain; anything else (the caller's
      // refusal, a database error) passes as it is.
      if (isFileSystemError(error)) {
        throw new AppError('internal', STAGING_TEXT.stageFailed(reasonOf(error)))
      }
      throw error
    }
    if (sizeBytes === 0) {
      rmSync(temp, { force: true })
      throw new AppError('internal', STAGING_TEXT.empty)
    }
    return this.admit(id, path, fileName, sizeBytes)
  }

  /** A fresh id and the path its file will have; what expired meanwhile is dropped first. */
  private newSlot(): { id: string; path: string } {
    this.dropExpired()
    const id = randomBytes(16).toString('hex')
    return { id, path: join(this.folder, id) }
  }

  /** The file now at `path` joins the store; the oldest go if the store is over its limit. */
  private admit(id: string, path: string, fileName: string, sizeBytes: number): StagedFileRef {
    const ref: StagedFileRef = { id, fileName: safeFileName(fileName), sizeBytes }
    this.entries.set(id, { ref, path, stagedAt: this.now() })
    this.dropOldestBeyond(this.maxTotalBytes)
    return ref
  }

  /** The staged file of `id`; refused (Thai) when this store did not make it, or it is gone (expired, dropped, the app closed). */
  open(id: string): StagedEntry {
    if (typeof id !== 'string' || !STAGED_FILE_ID.test(id)) throw new AppError('not-found', STAGING_TEXT.unknown)
    const entry = this.entries.get(id)
    if (!entry) throw new AppError('not-found', STAGING_TEXT.unknown)
    if (this.now() - entry.stagedAt > this.maxAgeMs) {
      this.discard(id)
      throw new AppError('not-found', STAGING_TEXT.unknown)
    }
    return { ref: entry.ref, path: entry.path }
  }

  /**
   * Copies the staged file to `destination` (where the person chose to save it) under a temporary
   * name beside it, flushed, then renamed over it: the destination holds either its old content or
   * the whole new file, never part of it. The staged file stays, for another save.
   */
  saveTo(id: string, destination: string): void {
    const { path } = this.open(id)
    try {
      copyBeside(path, destination)
      fsyncDir(dirname(destination))
    } catch (error) {
      throw new AppError('file-refused', STAGING_TEXT.saveFailed(destination, reasonOf(error)))
    }
  }

  /** Every staged file of this store is removed (the app is closing). */
  close(): void {
    this.entries.clear()
    liveFolders.delete(this.folder)
    rmSync(this.folder, { recursive: true, force: true })
  }

  private discard(id: string): void {
    const entry = this.entries.get(id)
    this.entries.delete(id)
    if (entry) rmSync(entry.path, { force: true })
  }

  private dropExpired(): void {
    const now = this.now()
    for (const [id, entry] of this.entries) if (now - entry.stagedAt > this.maxAgeMs) this.discard(id)
  }

  private dropOldestBeyond(maxBytes: number): void {
    let total = 0
    for (const entry of this.entries.values()) total += entry.ref.sizeBytes
    for (const [id, entry] of this.entries) {
      if (total <= maxBytes || this.entries.size === 1) break
      total -= entry.ref.sizeBytes
      this.discard(id)
    }
  }
}

/** A Node file-system error (ENOSPC, EACCES…): an errno code, which AppError's and SQLite's codes are not. */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && !(error instanceof AppError) && /^E[A-Z0-9]+$/.test(String((error as NodeJS.ErrnoException).code))
}

/** The whole file under a temporary name beside the destination, flushed, then renamed over it. */
function copyBeside(source: string, destination: string): void {
  const temp = join(dirname(destination), `.${basename(destination)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    copyFileSync(source, temp, constants.COPYFILE_EXCL)
    fsyncFile(temp)
    renameSync(temp, destination)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}

/**
 * Removes what stores of finished processes left (a crash, a killed `npm run web`): every folder
 * whose process no longer runs, and anything else that is not a store's folder. Best effort: a
 * folder that cannot be removed now is tried again at the next start.
 */
function sweepLeftovers(root: string, isAlive: (pid: number) => boolean): void {
  let names: string[]
  try {
    names = readdirSync(root)
  } catch {
    return
  }
  for (const name of names) {
    const path = join(root, name)
    if (liveFolders.has(path)) continue
    const pid = Number(FOLDER_NAME.exec(name)?.[1] ?? Number.NaN)
    // This process's pid on a folder no open store owns: an earlier process that had the same pid.
    if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) continue
    try {
      rmSync(path, { recursive: true, force: true })
    } catch {
      // see above
    }
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
