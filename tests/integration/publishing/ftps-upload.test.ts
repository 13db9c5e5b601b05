/**
 * uploadAtomic against a real pure-ftpd (TLS required): Thai folders and names, verification by
 * reading the file back, resume after a cut upload, cancel mid-way, many files over one
 * connection, the name-exists policies, permission refusals and empty files. Every check of what
 * is on the server also looks at the server's folder on disk, independently of the FTP listing.
 */
import type { Client } from 'basic-ftp'
import { createReadStream, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { connect, FtpsError, tempNameFor, uploadAtomic } from '../../../src-main/services/publishing/ftps'
import { startFtpsServer, type FtpsServer } from '../../helpers/ftps-server'
import { localDir, profileFor, randomFile, remoteNames, remoteSha256Of, sha256 } from './ftps-fixtures'

let server: FtpsServer
let client: Client
let local: string

beforeAll(async () => {
  server = await startFtpsServer()
  local = localDir()
})

afterAll(async () => {
  await server?.stop()
  rmSync(local, { recursive: true, force: true })
})

beforeEach(async () => {
  client = (await connect(profileFor(server), server.password, { caPem: server.caPem() })).client
})

afterEach(() => {
  client.close()
})

const onDisk = (remoteDir: string): string[] => readdirSync(join(server.root, remoteDir)).sort()

async function refusal(work: Promise<unknown>): Promise<FtpsError> {
  const err = await work.then(() => null, (e: unknown) => e)
  if (!(err instanceof FtpsError)) throw new Error(`expected an FtpsError, got ${String(err)}`)
  return err
}

describe('uploadAtomic against pure-ftpd', () => {
  it('takes the SHA-256 the caller already knows (upper-case accepted) and refuses one that is not a hash', async () => {
    const file = randomFile(local, 'known.pdf', 256 * 1024)
    const result = await uploadAtomic(client, file.path, '/known', 'known.pdf', { sha256: file.sha256.toUpperCase() })
    expect(result.sha256).toBe(file.sha256)
    expect(await remoteSha256Of(client, result.remotePath)).toBe(file.sha256)
    await expect(uploadAtomic(client, file.path, '/known', 'again.pdf', { sha256: 'abc' })).rejects.toThrow(/64 hex/)
    expect(onDisk('known')).toEqual(['known.pdf'])
  })

  it('uploads 5 MB into ita/2569/MOIT 1/ under a Thai name: same SHA-256, no temporary file left', async () => {
    const file = randomFile(local, 'five.pdf', 5 * 1024 * 1024)
    const seen: number[] = []
    const result = await uploadAtomic(client, file.path, '/ita/2569/MOIT 1/', 'รายงานผลการดำเนินงาน ไตรมาส 1.pdf', {
      onProgress: (p) => seen.push(p.bytesDone)
    })
    expect(result).toMatchObject({
      remotePath: '/ita/2569/MOIT 1/รายงานผลการดำเนินงาน ไตรมาส 1.pdf',
      bytes: 5 * 1024 * 1024, sha256: file.sha256, resumedFrom: 0, verifiedBy: 'size'
    })
    expect(await remoteSha256Of(client, result.remotePath)).toBe(file.sha256)
    expect(await remoteNames(client, '/ita/2569/MOIT 1')).toEqual(['รายงานผลการดำเนินงาน ไตรมาส 1.pdf'])
    expect(onDisk('ita/2569/MOIT 1')).toEqual(['รายงานผลการดำเนินงาน ไตรมาส 1.pdf'])
    expect(seen.at(-1)).toBe(5 * 1024 * 1024)
  })

  it('creates Thai folder names', async () => {
    const file = randomFile(local, 'a.pdf', 10_000)
    const result = await uploadAtomic(client, file.path, '/ita/๒๕๖๙/ข่าวประชาสัมพันธ์', 'ประกาศ.pdf')
    expect(result.remotePath).toBe('/ita/๒๕๖๙/ข่าวประชาสัมพันธ์/ประกาศ.pdf')
    expect(readFileSync(join(server.root, 'ita/๒๕๖๙/ข่าวประชาสัมพันธ์/ประกาศ.pdf'))).toHaveLength(10_000)
  })

  it('resumes from what the server already holds under the temporary name (APPE, not a truncating STOR)', async () => {
    const file = randomFile(local, 'resume.pdf', 3 * 1024 * 1024 + 17)
    const half = Math.floor((3 * 1024 * 1024 + 17) / 2)
    const temp = `/resume/${tempNameFor('resume.pdf', file.sha256)}`
    await client.ensureDir('/resume')
    await client.uploadFrom(createReadStream(file.path, { start: 0, end: half - 1 }), temp)
    expect(await client.size(temp)).toBe(half)
    const seen: number[] = []
    const result = await uploadAtomic(client, file.path, '/resume', 'resume.pdf', { onProgress: (p) => seen.push(p.bytesDone) })
    expect(result.resumedFrom).toBe(half)
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(half)
    expect(sha256(readFileSync(join(server.root, 'resume/resume.pdf')))).toBe(file.sha256)
    expect(await remoteSha256Of(client, '/resume/resume.pdf')).toBe(file.sha256)
    expect(onDisk('resume')).toEqual(['resume.pdf'])
  })

  it('starts again when the temporary file is longer than the local file', async () => {
    const file = randomFile(local, 'short.pdf', 1000)
    await client.ensureDir('/restart')
    writeFileSync(join(local, 'long.bin'), Buffer.alloc(5000, 1))
    await client.uploadFrom(join(local, 'long.bin'), `/restart/${tempNameFor('short.pdf', file.sha256)}`)
    const result = await uploadAtomic(client, file.path, '/restart', 'short.pdf')
    expect(result.resumedFrom).toBe(0)
    expect(sha256(readFileSync(join(server.root, 'restart/short.pdf')))).toBe(file.sha256)
  })

  it('uploads 25 files over one connection', async () => {
    const sent = Array.from({ length: 25 }, (_, i) => randomFile(local, `batch-${i}.pdf`, 2000 + i * 331))
    for (const [i, file] of sent.entries()) {
      const result = await uploadAtomic(client, file.path, '/batch', `เอกสาร-${i + 1}.pdf`)
      expect(result.sha256).toBe(file.sha256)
    }
    expect(client.closed).toBe(false)
    const names = onDisk('batch')
    expect(names).toHaveLength(25)
    expect(names.some((n) => n.endsWith('.part'))).toBe(false)
    for (const [i, file] of sent.entries()) {
      expect(sha256(readFileSync(join(server.root, 'batch', `เอกสาร-${i + 1}.pdf`)))).toBe(file.sha256)
    }
  })

  it('applies the name-exists policies: fail keeps the old file, suffix numbers, overwrite replaces', async () => {
    const first = randomFile(local, 'v1.pdf', 4000)
    const second = randomFile(local, 'v2.pdf', 5000)
    const third = randomFile(local, 'v3.pdf', 6000)
    await uploadAtomic(client, first.path, '/names', 'คำสั่ง.pdf')

    const err = await refusal(uploadAtomic(client, second.path, '/names', 'คำสั่ง.pdf', { ifExists: 'fail' }))
    expect(err.kind).toBe('name-exists')
    expect(err.retryable).toBe(false)
    expect(err.message).toContain('คำสั่ง.pdf')
    expect(onDisk('names')).toEqual(['คำสั่ง.pdf'])
    expect(sha256(readFileSync(join(server.root, 'names/คำสั่ง.pdf')))).toBe(first.sha256)

    expect((await uploadAtomic(client, second.path, '/names', 'คำสั่ง.pdf', { ifExists: 'suffix' })).finalName).toBe('คำสั่ง-2.pdf')
    expect((await uploadAtomic(client, third.path, '/names', 'คำสั่ง.pdf', { ifExists: 'suffix' })).finalName).toBe('คำสั่ง-3.pdf')
    expect(sha256(readFileSync(join(server.root, 'names/คำสั่ง-3.pdf')))).toBe(third.sha256)

    const replaced = await uploadAtomic(client, third.path, '/names', 'คำสั่ง.pdf', { ifExists: 'overwrite' })
    expect(replaced.finalName).toBe('คำสั่ง.pdf')
    expect(sha256(readFileSync(join(server.root, 'names/คำสั่ง.pdf')))).toBe(third.sha256)
    expect(onDisk('names')).toEqual(['คำสั่ง-2.pdf', 'คำสั่ง-3.pdf', 'คำสั่ง.pdf'])
  })

  it('refuses a folder it may not write with a Thai message, as a permanent error', async () => {
    const file = randomFile(local, 'denied.pdf', 1000)
    const err = await refusal(uploadAtomic(client, file.path, '/read-only', 'denied.pdf'))
    expect(err.kind).toBe('permission')
    expect(err.ftpCode).toBe(553)
    expect(err.retryable).toBe(false)
    expect(err.message).toContain('ไม่ยอมให้เขียน')
    expect(onDisk('read-only')).toEqual([])
  })

  it('refuses an empty file before any connection is used', async () => {
    const path = join(local, 'empty.pdf')
    writeFileSync(path, '')
    const { Client: Unconnected } = await import('basic-ftp')
    const err = await refusal(uploadAtomic(new Unconnected(), path, '/empty', 'empty.pdf'))
    expect(err.kind).toBe('empty-file')
    expect(err.retryable).toBe(false)
    expect(err.message).toContain('0 ไบต์')
    expect(existsSync(join(server.root, 'empty'))).toBe(false)
  })

  it('refuses file names with a slash and relative folders', async () => {
    const file = randomFile(local, 'n.pdf', 10)
    expect((await refusal(uploadAtomic(client, file.path, '/x', '../n.pdf'))).kind).toBe('bad-name')
    expect((await refusal(uploadAtomic(client, file.path, 'x', 'n.pdf'))).kind).toBe('bad-name')
    expect((await refusal(uploadAtomic(client, file.path, '/x/../y', 'n.pdf'))).kind).toBe('bad-name')
  })
})
