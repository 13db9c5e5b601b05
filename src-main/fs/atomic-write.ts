/**
 * Writing a file so that it is never seen half-written: the bytes go to a temporary file beside
 * the target (same folder, so the rename cannot cross file systems), are flushed to disk, and the
 * temporary file is renamed over the target; then the folder is flushed so the new name survives
 * a power cut too. The temporary file is removed when any step fails. Staging and committing are
 * separate steps so a caller can commit inside another operation (the export's book-number
 * transaction) and abort when that operation fails. Every file the app writes whole goes through
 * here: attachments, templates, the emblem, exported documents.
 */
import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

export interface StagedFile {
  /** The temporary file holding the complete content. */
  readonly tempPath: string
  /** Renames the staged file over the target. */
  commit(): void
  /** Removes the staged file; harmless after commit. */
  abort(): void
}

/** Flushes a file's content to disk (for a file written by other means, such as an archiver). */
export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/**
 * Makes a rename durable: the folder's entry for the new name reaches the disk too. Windows cannot
 * open a folder for fsync (NTFS journals renames itself), and some file systems refuse fsync on a
 * folder; the rename itself has happened either way.
 */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return
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

function writeFlushed(path: string, bytes: Uint8Array): void {
  // 'wx': a temporary name that already exists is never overwritten.
  const fd = openSync(path, 'wx', 0o644)
  try {
    let at = 0
    while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** A unique name beside `path`, hidden on POSIX, that no other process or call picks. */
function tempNameFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
}

/** Writes the complete content under a temporary name beside `path`; nothing is at `path` yet. */
export function stageFile(path: string, bytes: Uint8Array): StagedFile {
  const folder = dirname(path)
  const tempPath = tempNameFor(path)
  try {
    writeFlushed(tempPath, bytes)
  } catch (error) {
    rmSync(tempPath, { force: true })
    throw error
  }
  let done = false
  return {
    tempPath,
    commit() {
      renameSync(tempPath, path)
      done = true
      fsyncDir(folder)
    },
    abort() {
      if (!done) rmSync(tempPath, { force: true })
    }
  }
}

/** Replaces (or creates) `path` with `bytes` in one step; the folder must exist. */
export function writeFileAtomic(path: string, bytes: Uint8Array | string): void {
  const staged = stageFile(path, typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes)
  try {
    staged.commit()
  } catch (error) {
    staged.abort()
    throw error
  }
}
