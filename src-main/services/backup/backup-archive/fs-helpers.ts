/** File-system steps shared by writing and reading archives: hashing, durability, small checks. */
import { createHash } from 'node:crypto'
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs'

/** A file's SHA-256 (hex) and size. */
export interface FileDigest {
  sha256: string
  sizeBytes: number
}

export async function hashFile(file: string): Promise<FileDigest> {
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer)
    size += (chunk as Buffer).length
  }
  return { sha256: hash.digest('hex'), sizeBytes: size }
}

// Durability steps are the ones every atomic write in the app uses.
export { fsyncDir, fsyncFile } from '../../../fs/atomic-write'

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

export function startsWithGzip(file: string): boolean {
  const fd = openSync(file, 'r')
  try {
    const head = Buffer.alloc(2)
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b
  } finally {
    closeSync(fd)
  }
}

/** An error's message, on one line and short enough to sit inside a Thai sentence. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.replace(/\s+/g, ' ').slice(0, 200)
  return String(error)
}
