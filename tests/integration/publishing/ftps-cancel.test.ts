/**
 * Cancelling mid-upload, against a pure-ftpd limited to 2 MB/s so "mid-upload" is a moment a
 * test can reach: nothing appears at the final name, the partial bytes stay under the temporary
 * name, and the next attempt on a new connection resumes from them. Also: a data connection whose
 * certificate differs from the pinned one is refused.
 */
import { readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect, FtpsError, tempNameFor, uploadAtomic } from '../../../src-main/services/publishing/ftps'
import { guardDataConnections } from '../../../src-main/services/publishing/ftps/pinning'
import { startFtpsServer, type FtpsServer } from '../../helpers/ftps-server'
import { localDir, profileFor, randomFile, remoteSha256Of } from './ftps-fixtures'

let server: FtpsServer
let local: string

beforeAll(async () => {
  server = await startFtpsServer({ bandwidthKBps: 2048 })
  local = localDir()
})

afterAll(async () => {
  await server?.stop()
  rmSync(local, { recursive: true, force: true })
})

describe('cancelling an upload', () => {
  it('leaves no file at the final name, keeps the partial temporary file, and the next attempt resumes it', async () => {
    const size = 6 * 1024 * 1024
    const file = randomFile(local, 'big.pdf', size)
    const first = await connect(profileFor(server), server.password, { caPem: server.caPem() })
    const controller = new AbortController()
    const err = await uploadAtomic(first.client, file.path, '/ita/2569/MOIT 2', 'คู่มือ.pdf', {
      signal: controller.signal,
      onProgress: (p) => { if (p.bytesDone > 0) controller.abort() }
    }).then(() => null, (e: unknown) => e)

    expect(err).toBeInstanceOf(FtpsError)
    expect(err instanceof FtpsError && err.kind).toBe('cancelled')
    expect(err instanceof FtpsError && err.message).toContain('ไม่มีไฟล์ที่ส่งไม่ครบอยู่ในชื่อจริง')
    expect(first.client.closed).toBe(true)
    const folder = join(server.root, 'ita/2569/MOIT 2')
    const temp = tempNameFor('คู่มือ.pdf', file.sha256)
    expect(readdirSync(folder)).toEqual([temp])
    const partial = statSync(join(folder, temp)).size
    expect(partial).toBeGreaterThan(0)
    expect(partial).toBeLessThan(size)

    const second = await connect(profileFor(server), server.password, { caPem: server.caPem() })
    try {
      const result = await uploadAtomic(second.client, file.path, '/ita/2569/MOIT 2', 'คู่มือ.pdf')
      // The server may have written a little more after the cut than it had when we looked.
      expect(result.resumedFrom).toBeGreaterThanOrEqual(partial)
      expect(await remoteSha256Of(second.client, result.remotePath)).toBe(file.sha256)
      expect(readdirSync(folder)).toEqual(['คู่มือ.pdf'])
    } finally {
      second.client.close()
    }
  }, 60_000)

  it('refuses to do anything when cancelled before it starts', async () => {
    const file = randomFile(local, 'early.pdf', 1000)
    const { client } = await connect(profileFor(server), server.password, { caPem: server.caPem() })
    try {
      const controller = new AbortController()
      controller.abort()
      const err = await uploadAtomic(client, file.path, '/early', 'early.pdf', { signal: controller.signal }).catch((e: unknown) => e)
      expect(err instanceof FtpsError && err.kind).toBe('cancelled')
      expect(client.closed).toBe(false)
      expect(readdirSync(server.root)).not.toContain('early')
    } finally {
      client.close()
    }
  })
})

describe('pinning on data connections', () => {
  it('refuses a data connection whose certificate is not the pinned one', async () => {
    const { client } = await connect(profileFor(server), server.password, { pinnedSha256: server.fingerprint() })
    try {
      // pure-ftpd does not resume TLS sessions on data connections, so each one is checked.
      const wrong = `00${server.fingerprint().slice(2)}`
      guardDataConnections(client, wrong)
      const file = randomFile(local, 'pinned.pdf', 1000)
      const err = await uploadAtomic(client, file.path, '/pinned', 'pinned.pdf').catch((e: unknown) => e)
      expect(err instanceof FtpsError && err.kind).toBe('certificate-changed')
      expect(err instanceof FtpsError && err.certificate?.sha256).toBe(server.fingerprint())
      expect(readdirSync(join(server.root, 'pinned')).filter((n) => !n.endsWith('.part'))).toEqual([])
    } finally {
      client.close()
    }
  })
})
