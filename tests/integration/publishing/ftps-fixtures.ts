/** Shared bits of the FTPS integration tests: a profile for the test server, files, hashes. */
import type { Client } from 'basic-ftp'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import type { FtpsProfile } from '../../../src-main/services/publishing/ftps'
import type { FtpsServer } from '../../helpers/ftps-server'

export function profileFor(server: FtpsServer, overrides: Partial<FtpsProfile> = {}): FtpsProfile {
  // Above pure-ftpd's delay after a failed login (measured 5–12 s).
  return { host: server.host, port: server.port, tls: 'explicit', username: server.user, timeoutMs: 20_000, ...overrides }
}

export function localDir(): string {
  return mkdtempSync(join(tmpdir(), 'publishdesk-upload-'))
}

/** A file of random bytes; returns its path and SHA-256. */
export function randomFile(dir: string, name: string, bytes: number): { path: string; sha256: string } {
  const content = randomBytes(bytes)
  const path = join(dir, name)
  writeFileSync(path, content)
  return { path, sha256: sha256(content) }
}

export function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex')
}

/** Reads a remote file back over FTPS and hashes it. */
export async function remoteSha256Of(client: Client, path: string): Promise<string> {
  const hash = createHash('sha256')
  const sink = new Writable({ write(chunk: Buffer, _enc, done) { hash.update(chunk); done() } })
  await client.downloadTo(sink, path)
  return hash.digest('hex')
}

/** Names in a remote folder (hidden ones included: pure-ftpd's MLSD lists dot files). */
export async function remoteNames(client: Client, dir: string): Promise<string[]> {
  return (await client.list(dir)).map((f) => f.name).sort()
}
