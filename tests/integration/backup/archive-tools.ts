/**
 * Tools for the backup tests: read a `.pdbackup` into memory, and write archives by hand from raw
 * tar headers (tar's Header class) so a test can build exactly the hostile or damaged file it
 * needs — names like `../evil`, links, entries in any order — which the tar packer would refuse
 * or tidy up.
 */
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { Header, Parser, type ReadEntry } from 'tar'
import type { Db } from '../../../src-main/db/open-database'

export interface RawEntry {
  path: string
  data?: Buffer
  type?: 'File' | 'SymbolicLink' | 'Link' | 'Directory'
  linkpath?: string
}

/** Every entry of a gzip-compressed tar, in archive order, with its bytes. */
export async function readArchive(file: string): Promise<RawEntry[]> {
  const entries: RawEntry[] = []
  await new Promise<void>((resolve, reject) => {
    const parser = new Parser({ strict: true })
    parser.on('entry', (entry: ReadEntry) => {
      const chunks: Buffer[] = []
      entry.on('data', (c: Buffer) => chunks.push(c))
      entry.on('end', () => {
        const raw: RawEntry = { path: entry.path, data: Buffer.concat(chunks), type: entry.type as RawEntry['type'] }
        if (entry.linkpath) raw.linkpath = entry.linkpath
        entries.push(raw)
      })
    })
    parser.on('error', reject)
    parser.on('end', () => resolve())
    parser.end(readFileSync(file))
  })
  return entries
}

/** Writes a tar.gz from raw headers: no path cleaning, no checks, any entry type. */
export function writeArchive(file: string, entries: readonly RawEntry[]): void {
  const blocks: Buffer[] = []
  for (const e of entries) {
    const data = e.data ?? Buffer.alloc(0)
    const header = new Header({
      path: e.path,
      mode: e.type === 'Directory' ? 0o755 : 0o644,
      size: e.type === 'File' || e.type === undefined ? data.length : 0,
      mtime: new Date('2026-01-15T03:00:00Z'),
      type: e.type ?? 'File',
      ...(e.linkpath ? { linkpath: e.linkpath } : {})
    })
    const block = Buffer.alloc(512)
    header.encode(block, 0)
    blocks.push(block)
    if ((e.type ?? 'File') === 'File' && data.length > 0) {
      blocks.push(data, Buffer.alloc((512 - (data.length % 512)) % 512))
    }
  }
  blocks.push(Buffer.alloc(1024))
  writeFileSync(file, gzipSync(Buffer.concat(blocks)))
}

/** The uncompressed tar bytes (to check a crafted archive really holds the hostile header). */
export function tarBytes(file: string): Buffer {
  return gunzipSync(readFileSync(file))
}

/** Every row of the tables a restore must bring back, in a stable order. */
export function dumpRegister(db: Db): Record<string, unknown[]> {
  const tables = ['office', 'person', 'category', 'indicator', 'request', 'request_indicator', 'attachment', 'status_event', 'audit_log']
  const out: Record<string, unknown[]> = {}
  for (const t of tables) out[t] = db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()
  return out
}

/** Path → SHA-256 of every file under `dir`, to prove nothing changed (cheaper to compare than bytes). */
export function fileHashes(dir: string): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (d: string, prefix: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name)
      if (statSync(full).isDirectory()) walk(full, `${prefix}${name}/`)
      else out.set(`${prefix}${name}`, createHash('sha256').update(readFileSync(full)).digest('hex'))
    }
  }
  walk(dir, '')
  return out
}
