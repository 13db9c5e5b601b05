/**
 * Extracting an untrusted archive. The tar library never chooses where a file lands: each entry's
 * name must be one of the format's names exactly, files only (no links, folders or devices), and
 * the bytes are written here into a fresh folder, hashed as they arrive.
 */
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream, mkdirSync, type WriteStream } from 'node:fs'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { Parser, type ReadEntry } from 'tar'
import type { AppError } from '@shared/result'
import { backupInvalid, INVALID } from '../backup-text'
import { ATTACHMENT_ENTRY, DATABASE_ENTRY, MANIFEST_ENTRY, OFFICE_FILE, OFFICE_PREFIX } from '../manifest'
import type { FileDigest } from './fs-helpers'

/** The manifest lists one line per blob; 64 MiB is far beyond any register and stops a bomb. */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024

export interface Unpacked {
  /** Each extracted file by its entry name. */
  files: Map<string, FileDigest>
  /** The archive file itself, as read. */
  archive: FileDigest
}

/**
 * Streams the archive at `path` through tar's parser, writing only whitelisted plain files into
 * `dir`. `name` is the file name used in refusals.
 */
export async function unpack(path: string, name: string, dir: string): Promise<Unpacked> {
  const files = new Map<string, FileDigest>()
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
  const office = path.startsWith(OFFICE_PREFIX) && OFFICE_FILE.test(path.slice(OFFICE_PREFIX.length))
  if (path !== MANIFEST_ENTRY && path !== DATABASE_ENTRY && !ATTACHMENT_ENTRY.test(path) && !office) return INVALID.whyUnknown
  if (entry.type !== 'File' && entry.type !== 'OldFile') return INVALID.whyNotFile(entry.type)
  if (seen.has(path)) return INVALID.whyDuplicate
  if (path === MANIFEST_ENTRY && entry.size > MAX_MANIFEST_BYTES) return INVALID.badManifest(INVALID.entrySize(entry.size))
  return null
}

function writeEntry(entry: ReadEntry, dir: string, open: Set<WriteStream>): Promise<FileDigest> {
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

/** Entry names come from an untrusted file: show them without control characters. */
function printable(path: string): string {
  return path.replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, 120)
}
