/**
 * Attachment files, stored once per content under their SHA-256 inside the data directory
 * (attachments/ab/abcdef…). The original name lives in the register, not on disk, so Thai names
 * and names that clash cost nothing. Writes go to a temporary file first and are renamed into
 * place, so a crash never leaves a half-written file under a final name.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileAtomic } from '../../fs/atomic-write'

export class BlobStore {
  constructor(readonly root: string) {}

  static sha256(bytes: Uint8Array): string {
    return createHash('sha256').update(bytes).digest('hex')
  }

  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`)
    return join(this.root, sha256.slice(0, 2), sha256)
  }

  has(sha256: string): boolean {
    return existsSync(this.pathOf(sha256))
  }

  /** Stores the bytes (no-op when the same content is already there); returns true if written. */
  put(sha256: string, bytes: Uint8Array): boolean {
    const target = this.pathOf(sha256)
    if (existsSync(target)) return false
    mkdirSync(join(this.root, sha256.slice(0, 2)), { recursive: true })
    writeFileAtomic(target, bytes)
    return true
  }

  read(sha256: string): Buffer {
    return readFileSync(this.pathOf(sha256))
  }

  remove(sha256: string): void {
    rmSync(this.pathOf(sha256), { force: true })
  }
}
