/**
 * One file onto the host so that the public never sees half of it: the bytes go to a hidden
 * temporary name in the same folder, the server's copy is checked (size, and SHA-256 where the
 * server can hash), and only then is it renamed to the final name.
 *
 * An interrupted upload is resumed from what the server already holds under the temporary name:
 * `size()` then `appendFrom(…, {localStart})` (APPE). basic-ftp's `uploadFrom` with localStart
 * would truncate the remote file, since it never sends REST for uploads.
 *
 * Cancelling (AbortSignal) closes the client — basic-ftp cannot abort one transfer and keep the
 * connection — so the caller reconnects for the next file. The temporary file stays for a resume.
 */
import { FTPError, type Client } from 'basic-ftp'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { failureContext } from './connect'
import { FtpsError, toFtpsError } from './ftps-error'
import { TH } from './ftps-text'
import { pinViolation } from './pinning'
import { remoteSha256 } from './remote-hash'
import { checkFileName, joinRemote, normalizeRemoteDir, tempNameFor, withNumberSuffix } from './remote-path'
import type { NameExistsPolicy, UploadOptions, UploadResult } from './types'

const MAX_SUFFIX = 999
/** Reading in 1 MiB pieces hashes ~1.5× faster than the stream default of 64 KiB (measured). */
const HASH_READ_BYTES = 1024 * 1024

function knownSha256(value: string): string {
  const hex = value.trim().toLowerCase()
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new TypeError('uploadAtomic: options.sha256 must be 64 hex digits')
  return hex
}

async function sha256OfFile(path: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path, signal ? { signal, highWaterMark: HASH_READ_BYTES } : { highWaterMark: HASH_READ_BYTES })) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Size of a remote file, or null when there is none (550). */
async function remoteSize(client: Client, path: string): Promise<number | null> {
  try {
    return await client.size(path)
  } catch (err) {
    if (err instanceof FTPError && err.code === 550) return null
    throw err
  }
}

/** How much of the file the server already holds under the temporary name (0 = start afresh). */
async function alreadyThere(client: Client, temp: string, size: number): Promise<number> {
  const have = (await remoteSize(client, temp)) ?? 0
  if (have <= size) return have
  // Longer than the file, so not a prefix of it: start again.
  await client.remove(temp)
  return 0
}

async function verify(client: Client, temp: string, finalName: string, size: number, sha256: string): Promise<UploadResult['verifiedBy']> {
  const there = await remoteSize(client, temp)
  if (there !== size) throw new FtpsError('verify-failed', TH.sizeMismatch(finalName, there ?? 0, size))
  const theirs = await remoteSha256(client, temp)
  if (theirs === null) return 'size'
  if (theirs !== sha256) {
    // The bytes there are wrong, so resuming from them would be wrong too.
    await client.remove(temp, true)
    throw new FtpsError('verify-failed', TH.hashMismatch(finalName))
  }
  return 'size+sha256'
}

/** Renames the verified temporary file to its final name under the policy; returns the name. */
async function place(client: Client, dir: string, temp: string, finalName: string, policy: NameExistsPolicy): Promise<string> {
  const target = joinRemote(dir, finalName)
  const taken = (name: string): Promise<boolean> => remoteSize(client, joinRemote(dir, name)).then((s) => s !== null)
  if (policy === 'fail') {
    if (await taken(finalName)) {
      await client.remove(temp, true)
      throw new FtpsError('name-exists', TH.nameExists(finalName, dir))
    }
    await client.rename(temp, target)
    return finalName
  }
  if (policy === 'overwrite') {
    try {
      // POSIX servers replace the old file in one step, so the public URL never 404s.
      await client.rename(temp, target)
    } catch (err) {
      // Servers on Windows refuse to rename over a file: delete it, then rename.
      if (!(err instanceof FTPError) || err.code < 500 || !(await taken(finalName))) throw err
      await client.remove(target)
      await client.rename(temp, target)
    }
    return finalName
  }
  let name = finalName
  for (let n = 2; await taken(name); n++) {
    if (n > MAX_SUFFIX) throw new FtpsError('name-exists', TH.nameExists(finalName, dir))
    name = withNumberSuffix(finalName, n)
  }
  await client.rename(temp, joinRemote(dir, name))
  return name
}

export async function uploadAtomic(
  client: Client,
  localPath: string,
  remoteDir: string,
  finalName: string,
  options: UploadOptions = {}
): Promise<UploadResult> {
  const { signal, onProgress } = options
  checkFileName(finalName)
  const dir = normalizeRemoteDir(remoteDir)
  const info = await stat(localPath).catch(() => null)
  if (!info?.isFile()) throw new FtpsError('not-a-file', TH.notAFile(localPath))
  if (info.size === 0) throw new FtpsError('empty-file', TH.emptyFile(basename(localPath)))
  const size = info.size
  const cancelled = (): FtpsError => new FtpsError('cancelled', TH.cancelled(finalName))
  if (signal?.aborted) throw cancelled()

  let sha256: string
  try {
    // A hash the caller vouches for (the blob store names files by it) spares reading the file twice.
    sha256 = options.sha256 !== undefined ? knownSha256(options.sha256) : await sha256OfFile(localPath, signal)
  } catch (err) {
    if (signal?.aborted) throw cancelled()
    throw err
  }
  const temp = joinRemote(dir, tempNameFor(finalName, sha256))
  let working = dir
  let resumedFrom = 0
  const stopTransfer = (): void => client.close()
  signal?.addEventListener('abort', stopTransfer, { once: true })
  try {
    await client.ensureDir(dir)
    working = temp
    client.trackProgress((p) => onProgress?.({ bytesDone: resumedFrom + p.bytes, totalBytes: size }))
    resumedFrom = await alreadyThere(client, temp, size)
    if (resumedFrom > 0 && resumedFrom < size) await client.appendFrom(localPath, temp, { localStart: resumedFrom })
    else if (resumedFrom === 0) await client.uploadFrom(localPath, temp)
    client.trackProgress()
    const verifiedBy = await verify(client, temp, finalName, size, sha256)
    working = joinRemote(dir, finalName)
    const placed = await place(client, dir, temp, finalName, options.ifExists ?? 'fail')
    onProgress?.({ bytesDone: size, totalBytes: size })
    return { remotePath: joinRemote(dir, placed), finalName: placed, bytes: size, sha256, resumedFrom, verifiedBy }
  } catch (err) {
    if (signal?.aborted) throw cancelled()
    const ctx = failureContext(client, 'transfer', working)
    const violation = pinViolation(client)
    if (violation) throw new FtpsError('certificate-changed', TH.changed(ctx.host, violation.pinned, violation.seen), { certificate: violation.seen })
    throw toFtpsError(err, ctx)
  } finally {
    signal?.removeEventListener('abort', stopTransfer)
    if (!client.closed) client.trackProgress()
  }
}
