/**
 * Writing a file so that it is never seen half-written: the bytes go to a temporary file beside
 * the target (same folder, so the rename cannot cross file systems), are flushed to disk, and the
 * temporary file is renamed over the target. Staging and committing are separate steps so a
 * caller can commit inside another operation (the export's book-number transaction) and abort
 * when that operation fails.
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

function flushed(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, 'wx', 0o644)
  try {
    let at = 0
    while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** The folder's entry for the new name reaches the disk too (POSIX; Windows has no folder fsync). */
function syncFolder(folder: string): void {
  if (process.platform === 'win32') return
  try {
    const fd = openSync(folder, 'r')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  } catch {
    // Some file systems refuse fsync on a folder; the rename itself has happened.
  }
}

export function stageFile(path: string, bytes: Uint8Array): StagedFile {
  const folder = dirname(path)
  const tempPath = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    flushed(tempPath, bytes)
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
      syncFolder(folder)
    },
    abort() {
      if (!done) rmSync(tempPath, { force: true })
    }
  }
}

export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const staged = stageFile(path, bytes)
  try {
    staged.commit()
  } catch (error) {
    staged.abort()
    throw error
  }
}
