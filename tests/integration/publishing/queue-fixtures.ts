/**
 * Shared bits of the upload-queue tests: the real services over a real register (reopenable on
 * the same data directory, to test a restart), set up with the seed's office and people, a host
 * profile for the test pure-ftpd (its certificate trusted as a CA, its password held for the
 * session), approved requests with real files, and a small HTTP server that serves the FTP
 * user's home as "the website" so public addresses can be opened.
 */
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { join, normalize } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import type { HostProfile, HostProfileInput } from '@shared/domain/publishing'
import type { RequestDetail } from '@shared/domain/records'
import type { NewAttachment } from '@shared/domain/schemas'
import { openAppServices, type AppServices } from '../../../src-main/services/app-services'
import { startFtpsServer, type FtpsServer, type FtpsServerOptions } from '../../helpers/ftps-server'
import { attachment, makeTempDir, pdfBytes, removeDir, requestIn, SEED_OFFICE, SEED_PEOPLE, TestClock, DEFAULT_START, type RegisterFixture, type SeedRole } from '../../helpers/register-fixtures'

export interface QueueFixture extends RegisterFixture {
  /** Closes the services (like quitting the app) and opens them again on the same register. */
  reopen(): void
}

/** Short back-offs so a test sees several retries within seconds; the login delay of pure-ftpd after a wrong password is up to 12 s. */
export const TEST_PUBLISHING = { retry: { maxAttempts: 8, baseMs: 150, maxMs: 1500 }, timeoutMs: 20_000 }

export function openQueueFixture(): QueueFixture {
  const dir = makeTempDir('publish-desk-queue-')
  const clock = new TestClock(DEFAULT_START)
  const open = (): AppServices => openAppServices({ dataDir: dir, clock, publishing: TEST_PUBLISHING })
  let services = open()
  // Attachments up to 100 MB, so a large file can be cut mid-upload.
  services.setup.complete({ office: { ...SEED_OFFICE, maxAttachmentMb: 100 }, people: Object.values(SEED_PEOPLE) })
  const ids = { head: 0, assistant: 0, webmaster: 0, webmaster2: 0 }
  for (const key of Object.keys(SEED_PEOPLE) as SeedRole[]) {
    const person = services.people.list().find((p) => p.fullName === SEED_PEOPLE[key].fullName)
    if (!person) throw new Error(`setup did not save ${SEED_PEOPLE[key].fullName}`)
    ids[key] = person.id
  }
  let closed = false
  const fixture: QueueFixture = {
    dir,
    clock,
    get services() {
      return services
    },
    ids,
    reopen() {
      services.close()
      services = open()
    },
    cleanup() {
      if (!closed) services.close()
      closed = true
      removeDir(dir)
    }
  }
  return fixture
}

/**
 * The set-up a queue test file shares: one pure-ftpd for the whole file (started before its first
 * test, stopped after its last) and a fresh register for each test, handed to `use` before the
 * test runs and cleaned up after it.
 */
export function withQueueFixture(serverOptions: FtpsServerOptions, use: (server: FtpsServer, f: QueueFixture) => void): void {
  let server: FtpsServer | undefined
  let f: QueueFixture | undefined
  beforeAll(async () => {
    server = await startFtpsServer(serverOptions)
  })
  afterAll(async () => {
    await server?.stop()
  })
  beforeEach(() => {
    if (!server) throw new Error('the test FTPS server did not start')
    f = openQueueFixture()
    use(server, f)
  })
  afterEach(() => {
    f?.cleanup()
    f = undefined
  })
}

/** A host profile for the test server, its certificate trusted as a CA, its password for this session. */
export async function addProfile(f: QueueFixture, server: FtpsServer, overrides: Partial<HostProfileInput> = {}, password = server.password): Promise<HostProfile> {
  const s = f.services
  const profile = s.hostProfiles.save(
    {
      name: `โฮสต์ทดสอบ ${randomBytes(2).toString('hex')}`,
      host: server.host,
      port: server.port,
      tls: 'explicit',
      username: server.user,
      remoteRoot: '/เว็บไซต์',
      publicBaseUrl: 'http://127.0.0.1:9/',
      folderPattern: '{root}/ita/{fy}/{indicator}',
      fileNaming: 'keep-name',
      ifExists: 'fail',
      ...overrides
    },
    f.ids.webmaster,
    { trust: { mode: 'ca', caPem: server.caPem() } }
  )
  await s.hostProfiles.setPassword({ id: profile.id, password, sessionOnly: true }, f.ids.webmaster)
  return s.hostProfiles.get(profile.id)
}

/** A "PDF" of `bytes` bytes (the PDF header, then random bytes) with its SHA-256. */
export function bigPdf(bytes: number): { bytes: Buffer; sha256: string } {
  const content = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(bytes - 9)])
  return { bytes: content, sha256: createHash('sha256').update(content).digest('hex') }
}

export function approvedWith(f: QueueFixture, files: NewAttachment[], title = 'รายงานผลการดำเนินงานตามแผนปฏิบัติการ ไตรมาส ๑'): RequestDetail {
  return requestIn(f, 'approved', { title, newAttachments: files })
}

export function twoFiles(label: string): NewAttachment[] {
  return [attachment('รายงานผลการดำเนินงาน.pdf', pdfBytes(`${label} report`)), attachment('ภาคผนวก ข้อมูลประกอบ.pdf', pdfBytes(`${label} annex`))]
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Files under a folder of the server's disk (relative names, sorted); [] when absent. */
export function onDisk(server: FtpsServer, remoteDir: string): string[] {
  const dir = join(server.root, remoteDir)
  return existsSync(dir) ? readdirSync(dir).sort() : []
}

export function diskSha256(server: FtpsServer, remotePath: string): string {
  return sha256(readFileSync(join(server.root, remotePath)))
}

export function diskSize(server: FtpsServer, remotePath: string): number | null {
  const path = join(server.root, remotePath)
  return existsSync(path) ? statSync(path).size : null
}

/** Every file path under the server's home (for "no partial file anywhere" checks). */
export function everyFile(server: FtpsServer, dir = ''): string[] {
  const base = join(server.root, dir)
  if (!existsSync(base)) return []
  return readdirSync(base).flatMap((name) => {
    const rel = dir ? `${dir}/${name}` : name
    return statSync(join(server.root, rel)).isDirectory() ? everyFile(server, rel) : [rel]
  })
}

export async function until(check: () => boolean, timeoutMs = 30_000, what = 'condition'): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

/** Serves a folder of the server's disk over HTTP (the office's website, in effect); returns its base URL. */
export async function startWebsite(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const http: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
    const file = join(root, path)
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-length': statSync(file).size })
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file))
  })
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()))
  const address = http.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => http.close(() => r())) }
}

/** Watches a file on the server's disk; `shrank` is set if it ever gets smaller than the largest size seen. */
export function watchSize(path: string): { largest: () => number; shrank: () => boolean; stop: () => void } {
  let largest = 0
  let shrank = false
  const timer = setInterval(() => {
    if (!existsSync(path)) return
    const size = statSync(path).size
    if (size < largest) shrank = true
    largest = Math.max(largest, size)
  }, 10)
  return { largest: () => largest, shrank: () => shrank, stop: () => clearInterval(timer) }
}
