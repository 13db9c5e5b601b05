/**
 * The publishing path against a second real FTPS server: vsftpd 3.0.3 (Debian 12) with TLS
 * required and its default `require_ssl_reuse=YES` — every data connection must resume the
 * control connection's TLS session, which pure-ftpd (the other test server) never asks for.
 * First the server's rule itself is shown to hold (a raw data connection without the session is
 * refused), then the app's transfer layer and queue are run against it: connecting with
 * certificate verification and pinning, uploading to a temporary name and renaming, resuming with
 * APPE after a cut, verifying by SIZE (vsftpd offers no hash command), the server killed
 * mid-upload, and taking files down by deleting or archiving. What is on the server is checked on
 * its disk, and what was sent in vsftpd's own protocol log.
 *
 * vsftpd is unpacked by `.ci/run` (tests/helpers/vsftpd-server.ts): outside CI a machine without
 * it skips this file and says why; in CI its absence fails the file.
 */
import type { Client } from 'basic-ftp'
import { createReadStream, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { connect as tcpConnect, type Socket } from 'node:net'
import { join } from 'node:path'
import { connect as tlsConnect, type TLSSocket } from 'node:tls'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { connect, FtpsError, tempNameFor, testConnection, uploadAtomic } from '../../../src-main/services/publishing/ftps'
import { startFtpsServer, type FtpsServer } from '../../helpers/ftps-server'
import { vsftpdLog, vsftpdUnavailable } from '../../helpers/vsftpd-server'
import { attachment, pdfBytes } from '../../helpers/register-fixtures'
import { localDir, profileFor, randomFile, sha256 } from './ftps-fixtures'
import { addProfile, approvedWith, bigPdf, diskSha256, everyFile, onDisk, twoFiles, until, watchSize, withQueueFixture, type QueueFixture } from './queue-fixtures'

const unavailable = vsftpdUnavailable()
if (unavailable !== null) {
  // CI unpacks vsftpd (.ci/run): there a missing server is a failure, never a skip.
  if (process.env.CI) throw new Error(`vsftpd tests cannot run in CI: ${unavailable}`)
  console.warn(`SKIPPED tests/integration/publishing/vsftpd.test.ts: ${unavailable}`)
}
const describeVsftpd = describe.skipIf(unavailable !== null)
const MB = 1024 * 1024

async function refusal(work: Promise<unknown>): Promise<FtpsError> {
  const err = await work.then(() => null, (e: unknown) => e)
  if (!(err instanceof FtpsError)) throw new Error(`expected an FtpsError, got ${String(err)}`)
  return err
}

/** Lines of vsftpd's log written after `from` characters (commands and replies, passwords masked). */
function logSince(server: FtpsServer, from: number): string[] {
  return vsftpdLog(server).slice(from).split('\n').filter((l) => l.length > 0)
}

/** The FTP commands in log lines, in order ("STOR /x/.y.part" …); vsftpd prints non-ASCII bytes as '?'. */
function commands(lines: string[]): string[] {
  return lines.map((l) => /FTP command: Client "[^"]*", "(.*)"$/.exec(l)?.[1]).filter((c): c is string => c !== undefined)
}

/**
 * A hand-made FTPS session (no basic-ftp), to open a data connection with or without resuming
 * the control connection's TLS session.
 */
async function rawSession(server: FtpsServer) {
  let buffer = ''
  let waiting: ((reply: string) => void) | null = null
  const take = (): void => {
    // A reply is complete at its last line: three digits and a space.
    const end = /^(\d{3}) .*\r\n/m.exec(buffer)
    if (!end || !waiting) return
    const upTo = end.index + end[0].length
    const reply = buffer.slice(0, upTo)
    buffer = buffer.slice(upTo)
    const done = waiting
    waiting = null
    done(reply.trim())
  }
  const onData = (d: Buffer): void => { buffer += d.toString('utf8'); take() }
  const reply = (): Promise<string> => new Promise((resolve) => { waiting = resolve; take() })
  let socket: Socket | TLSSocket = tcpConnect(server.port, server.host)
  socket.on('data', onData)
  const send = async (line: string): Promise<string> => {
    const answer = reply()
    socket.write(`${line}\r\n`)
    return answer
  }
  expect(await reply()).toMatch(/^220 /)
  expect(await send('AUTH TLS')).toMatch(/^234 /)
  socket.removeListener('data', onData)
  const control = tlsConnect({ socket, ca: server.caPem(), host: server.host })
  socket = control
  let session: Buffer | undefined
  control.on('session', (s: Buffer) => { session = s })
  // vsftpd ends the session after refusing a data connection; the replies already say so.
  control.on('error', () => undefined)
  await new Promise<void>((resolve, reject) => { control.once('secureConnect', resolve); control.once('error', reject) })
  control.on('data', onData)
  expect(await send(`USER ${server.user}`)).toMatch(/^331 /)
  expect(await send(`PASS ${server.password}`)).toMatch(/^230 /)
  expect(await send('PBSZ 0')).toMatch(/^200 /)
  expect(await send('PROT P')).toMatch(/^200 /)
  return {
    session: () => session,
    send,
    reply,
    /** Passive mode, then `command`; the data connection resumes the control session only if asked. */
    async transfer(command: string, resume: boolean): Promise<{ replies: string[]; data: string }> {
      const pasv = await send('PASV')
      const nums = /\((\d+),(\d+),(\d+),(\d+),(\d+),(\d+)\)/.exec(pasv)?.slice(1).map(Number) ?? []
      const port = (nums[4] ?? 0) * 256 + (nums[5] ?? 0)
      const first = reply()
      control.write(`${command}\r\n`)
      const data = tlsConnect({ host: server.host, port, ca: server.caPem(), ...(resume ? { session } : {}) })
      let received = ''
      data.on('data', (d: Buffer) => { received += d.toString('utf8') })
      // A refused data connection may end in a reset: that is an answer here, not a crash of the test.
      const closed = new Promise<void>((resolve) => { data.once('close', () => resolve()); data.on('error', () => resolve()) })
      const replies = [await first]
      if (replies[0]?.startsWith('150')) replies.push(await reply())
      // After a refusal vsftpd may leave the data socket open: only a finished transfer closes it.
      if (replies.at(-1)?.startsWith('226')) await closed
      else data.destroy()
      return { replies, data: received }
    },
    close: () => control.destroy()
  }
}

describeVsftpd('vsftpd itself: the session-reuse rule is on', () => {
  let server: FtpsServer
  beforeAll(async () => { server = await startFtpsServer({ kind: 'vsftpd' }) })
  afterAll(async () => { await server?.stop() })

  it('refuses a data connection that does not resume the control connection’s TLS session, and serves one that does', async () => {
    // Two sessions: vsftpd ends the whole session after refusing a data connection.
    const fresh = await rawSession(server)
    try {
      expect(fresh.session()).toBeDefined()
      const refused = await fresh.transfer('LIST /', false)
      expect(refused.replies).toEqual(['150 Here comes the directory listing.', '522 SSL connection failed: session reuse required'])
      expect(refused.data).toBe('')
    } finally {
      fresh.close()
    }
    const resuming = await rawSession(server)
    try {
      const served = await resuming.transfer('LIST /', true)
      expect(served.replies[0]).toMatch(/^150 /)
      expect(served.replies[1]).toMatch(/^226 /)
      expect(served.data).toContain('read-only')
    } finally {
      resuming.close()
    }
  })
})

describeVsftpd('connecting to vsftpd', () => {
  let server: FtpsServer
  beforeAll(async () => { server = await startFtpsServer({ kind: 'vsftpd' }) })
  afterAll(async () => { await server?.stop() })

  it('connects over explicit TLS with the certificate verified against the given CA, and lists a folder (a data connection)', async () => {
    const { client, info } = await connect(profileFor(server), server.password, { caPem: server.caPem() })
    try {
      expect(info.trustedBy).toBe('ca')
      expect(info.tlsVersion).toMatch(/^TLSv1\.[23]$/)
      expect(info.greeting).toContain('vsFTPd')
      expect(info.certificate?.sha256).toBe(server.fingerprint())
      expect(info.certificate?.verified).toBe(true)
      expect((await client.list('/')).map((f) => f.name)).toEqual(['read-only'])
    } finally {
      client.close()
    }
  })

  it('refuses the self-signed certificate without a CA before any user name or password is sent', async () => {
    const from = vsftpdLog(server).length
    const err = await refusal(connect(profileFor(server), server.password))
    expect(err.kind).toBe('certificate-untrusted')
    expect(err.certificate?.sha256).toBe(server.fingerprint())
    expect(err.message).toContain('ยังไม่ได้ส่งรหัสผ่าน')
    const sent = commands(logSince(server, from))
    expect(sent).toContain('AUTH TLS')
    expect(sent.filter((c) => c.startsWith('USER') || c.startsWith('PASS'))).toEqual([])
  })

  it('accepts exactly the pinned certificate on the control connection', async () => {
    const { client, info } = await connect(profileFor(server), server.password, { pinnedSha256: server.fingerprint() })
    try {
      expect(info.trustedBy).toBe('pin')
      expect(info.certificate?.sha256).toBe(server.fingerprint())
      expect(await client.pwd()).toBe('/')
    } finally {
      client.close()
    }
  })

  /**
   * A pinned profile moves data: vsftpd requires each data connection to resume the control
   * connection's TLS session, and such a socket reports a cipher before its handshake ends. The
   * pin check used to run at that moment (no certificate yet) and refused every transfer as
   * "certificate changed"; pinning.ts now waits for the handshake's Finished message.
   */
  it('moves data for a pinned profile over resumed TLS sessions', async () => {
    const { client } = await connect(profileFor(server), server.password, { pinnedSha256: server.fingerprint() })
    const local = localDir()
    try {
      const file = randomFile(local, 'pinned.pdf', 70_000)
      const result = await uploadAtomic(client, file.path, '/ปักหมุด', 'ปักหมุด.pdf')
      expect(result.verifiedBy).toBe('size')
      expect(sha256(readFileSync(join(server.root, 'ปักหมุด/ปักหมุด.pdf')))).toBe(file.sha256)
    } finally {
      client.close()
      rmSync(local, { recursive: true, force: true })
    }
  })

  it('refuses a wrong password with the Thai message, as a permanent error', async () => {
    const err = await refusal(connect(profileFor(server), 'not-the-password', { caPem: server.caPem() }))
    expect(err.kind).toBe('auth')
    expect(err.ftpCode).toBe(530)
    expect(err.retryable).toBe(false)
    expect(err.message).toContain('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง')
    expect(err.message).not.toContain('not-the-password')
  })

  it('tests a connection: writes and removes its test file; a read-only folder is reported with vsftpd’s 553', async () => {
    const report = await testConnection(profileFor(server), server.password, { caPem: server.caPem() }, '/')
    expect(report).toMatchObject({ canWrite: true, canRemove: true })
    expect(report.greeting).toContain('vsFTPd')
    expect(readdirSync(server.root).filter((n) => n.startsWith('.publishdesk-test-'))).toEqual([])
    const denied = await testConnection(profileFor(server), server.password, { caPem: server.caPem() }, '/read-only')
    expect(denied.canWrite).toBe(false)
    expect(denied.problem).toContain('553')
    expect(denied.problem).toContain('ไม่ยอมให้เขียน')
  })

  // Last: it changes the server's certificate for the rest of this block.
  it('refuses a changed certificate after pinning', async () => {
    const oldPin = server.fingerprint()
    await server.replaceCertificate()
    const err = await refusal(connect(profileFor(server), server.password, { pinnedSha256: oldPin }))
    expect(err.kind).toBe('certificate-changed')
    expect(err.certificate?.sha256).toBe(server.fingerprint())
    expect(err.message).toContain('ไม่ใช่ใบที่เคยเชื่อถือไว้')
  })
})

describeVsftpd('uploadAtomic against vsftpd', () => {
  let server: FtpsServer
  let client: Client
  let local: string
  beforeAll(async () => {
    server = await startFtpsServer({ kind: 'vsftpd' })
    local = localDir()
  })
  afterAll(async () => {
    await server?.stop()
    if (local) rmSync(local, { recursive: true, force: true })
  })
  beforeEach(async () => {
    client = (await connect(profileFor(server), server.password, { caPem: server.caPem() })).client
  })
  afterEach(() => {
    client?.close()
  })

  const onDiskHere = (remoteDir: string): string[] => readdirSync(join(server.root, remoteDir)).sort()

  it('uploads 5 MB into a Thai folder under a Thai name: STOR to the hidden temporary name, SIZE, then RNFR/RNTO; verified by size since vsftpd offers no hash', async () => {
    expect([...(await client.features()).keys()].filter((k) => k === 'HASH' || k === 'XSHA256')).toEqual([])
    const file = randomFile(local, 'five.pdf', 5 * MB)
    const from = vsftpdLog(server).length
    const result = await uploadAtomic(client, file.path, '/ita/2569/ข่าวประชาสัมพันธ์', 'รายงานผลการดำเนินงาน ไตรมาส 1.pdf')
    expect(result).toMatchObject({ bytes: 5 * MB, sha256: file.sha256, resumedFrom: 0, verifiedBy: 'size' })
    expect(sha256(readFileSync(join(server.root, 'ita/2569/ข่าวประชาสัมพันธ์/รายงานผลการดำเนินงาน ไตรมาส 1.pdf')))).toBe(file.sha256)
    expect(onDiskHere('ita/2569/ข่าวประชาสัมพันธ์')).toEqual(['รายงานผลการดำเนินงาน ไตรมาส 1.pdf'])
    const sent = commands(logSince(server, from)).filter((c) => /^(STOR|APPE|SIZE|RNFR|RNTO) /.test(c)).map((c) => c.split(' ')[0] + (c.endsWith('.part') ? ' temp' : ' final'))
    expect(sent).toEqual(['SIZE temp', 'STOR temp', 'SIZE temp', 'SIZE final', 'RNFR temp', 'RNTO final'])
  })

  it('resumes a cut upload with APPE from the size vsftpd reports, never a truncating STOR', async () => {
    const size = 3 * MB + 17
    const file = randomFile(local, 'resume.pdf', size)
    const half = Math.floor(size / 2)
    const temp = `/resume/${tempNameFor('resume.pdf', file.sha256)}`
    await client.ensureDir('/resume')
    await client.uploadFrom(createReadStream(file.path, { start: 0, end: half - 1 }), temp)
    expect(statSync(join(server.root, temp)).size).toBe(half)
    const from = vsftpdLog(server).length
    const result = await uploadAtomic(client, file.path, '/resume', 'resume.pdf')
    expect(result.resumedFrom).toBe(half)
    const sent = commands(logSince(server, from))
    expect(sent.filter((c) => c.startsWith('APPE '))).toEqual([`APPE ${temp}`])
    expect(sent.filter((c) => c.startsWith('STOR '))).toEqual([])
    expect(sha256(readFileSync(join(server.root, 'resume/resume.pdf')))).toBe(file.sha256)
    expect(onDiskHere('resume')).toEqual(['resume.pdf'])
  })

  it('starts again when the temporary file is longer than the local file', async () => {
    const file = randomFile(local, 'short.pdf', 1000)
    const longer = randomFile(local, 'long.bin', 5000)
    await client.ensureDir('/restart')
    await client.uploadFrom(longer.path, `/restart/${tempNameFor('short.pdf', file.sha256)}`)
    const result = await uploadAtomic(client, file.path, '/restart', 'short.pdf')
    expect(result.resumedFrom).toBe(0)
    expect(sha256(readFileSync(join(server.root, 'restart/short.pdf')))).toBe(file.sha256)
    expect(onDiskHere('restart')).toEqual(['short.pdf'])
  })

  it('applies the name-exists policies: fail keeps the old file, suffix numbers, overwrite renames over it', async () => {
    const first = randomFile(local, 'v1.pdf', 4000)
    const second = randomFile(local, 'v2.pdf', 5000)
    await uploadAtomic(client, first.path, '/names', 'คำสั่ง.pdf')
    const err = await refusal(uploadAtomic(client, second.path, '/names', 'คำสั่ง.pdf', { ifExists: 'fail' }))
    expect(err.kind).toBe('name-exists')
    expect(onDiskHere('names')).toEqual(['คำสั่ง.pdf'])
    expect((await uploadAtomic(client, second.path, '/names', 'คำสั่ง.pdf', { ifExists: 'suffix' })).finalName).toBe('คำสั่ง-2.pdf')
    await uploadAtomic(client, second.path, '/names', 'คำสั่ง.pdf', { ifExists: 'overwrite' })
    expect(sha256(readFileSync(join(server.root, 'names/คำสั่ง.pdf')))).toBe(second.sha256)
    expect(onDiskHere('names')).toEqual(['คำสั่ง-2.pdf', 'คำสั่ง.pdf'])
  })

  it('uploads 20 files over one connection, each data connection resuming the session', async () => {
    const sent = Array.from({ length: 20 }, (_, i) => randomFile(local, `batch-${i}.pdf`, 3000 + i * 517))
    for (const [i, file] of sent.entries()) {
      expect((await uploadAtomic(client, file.path, '/batch', `เอกสาร-${i + 1}.pdf`)).sha256).toBe(file.sha256)
    }
    expect(client.closed).toBe(false)
    expect(onDiskHere('batch')).toHaveLength(20)
    for (const [i, file] of sent.entries()) {
      expect(sha256(readFileSync(join(server.root, 'batch', `เอกสาร-${i + 1}.pdf`)))).toBe(file.sha256)
    }
  })

  it('refuses a folder it may not write with vsftpd’s 553 as a permanent permission error', async () => {
    const file = randomFile(local, 'denied.pdf', 1000)
    const err = await refusal(uploadAtomic(client, file.path, '/read-only', 'denied.pdf'))
    expect(err.kind).toBe('permission')
    expect(err.ftpCode).toBe(553)
    expect(err.retryable).toBe(false)
    expect(onDiskHere('read-only')).toEqual([])
  })
})


describeVsftpd('the upload queue against vsftpd limited to 2 MB/s per session', () => {
  let server: FtpsServer
  let f: QueueFixture
  withQueueFixture({ kind: 'vsftpd', bandwidthKBps: 2048 }, (s, fixture) => {
    server = s
    f = fixture
  })

  async function uploadingBig(root: string, name: string, bytes: number, others: Parameters<typeof approvedWith>[1] = []) {
    const profile = await addProfile(f, server, { remoteRoot: `/${root}` })
    const big = bigPdf(bytes)
    const d = approvedWith(f, [attachment(name, big.bytes), ...others])
    const dir = `${root}/ita/2569/general`
    const watch = watchSize(join(server.root, dir, tempNameFor(name, big.sha256)))
    try {
      await f.services.publishing.enqueue({ requestId: d.id, profileId: profile.id, byId: f.ids.webmaster })
      await until(() => watch.largest() > MB, 20_000, '1 MB at the server')
    } catch (e) {
      watch.stop()
      throw e
    }
    return { d, dir, big, watch }
  }

  it('vsftpd killed mid-upload and restarted: the job reconnects, resumes with APPE from the remote size, and the SHA-256 matches', async () => {
    const s = f.services
    const { d, dir, big, watch } = await uploadingBig('เว็บไซต์/ตัดกลางทาง', 'คู่มือการปฏิบัติงาน.pdf', 6 * MB)
    try {
      await server.kill()
      const partial = watch.largest()
      expect(partial).toBeGreaterThan(MB)
      expect(partial).toBeLessThan(6 * MB)
      const from = vsftpdLog(server).length
      await new Promise((r) => setTimeout(r, 300))
      await server.restart()
      await s.publishing.whenIdle()
      const [job] = s.publishing.status(d.id).jobs
      expect(job?.state).toBe('done')
      expect(job?.attempts).toBeGreaterThanOrEqual(2)
      expect(commands(logSince(server, from)).some((c) => c.startsWith('APPE ') && c.endsWith('.part'))).toBe(true)
      expect(watch.shrank()).toBe(false)
      expect(diskSha256(server, `${dir}/คู่มือการปฏิบัติงาน.pdf`)).toBe(big.sha256)
      expect(onDisk(server, dir)).toEqual(['คู่มือการปฏิบัติงาน.pdf'])
      expect(s.requests.get(d.id).status).toBe('published')
    } finally {
      watch.stop()
    }
  }, 90_000)

  it('cancel mid-way leaves nothing at the final name; the request stays approved', async () => {
    const s = f.services
    const { d, dir, watch } = await uploadingBig('เว็บไซต์/ยกเลิก', 'ข้อมูลงบประมาณ.pdf', 6 * MB, [attachment('หนังสือนำส่ง.pdf', pdfBytes('cover'))])
    try {
      s.publishing.cancel({ requestId: d.id })
      await s.publishing.whenIdle()
      expect(s.publishing.status(d.id).jobs[0]?.state).toBe('cancelled')
      expect(everyFile(server, dir).filter((p) => p.includes('ข้อมูลงบประมาณ'))).toEqual([])
      expect(s.requests.get(d.id).status).toBe('approved')
    } finally {
      watch.stop()
    }
  }, 60_000)
})

describeVsftpd('take-down on vsftpd', () => {
  let server: FtpsServer
  let f: QueueFixture
  withQueueFixture({ kind: 'vsftpd' }, (s, fixture) => {
    server = s
    f = fixture
  })

  async function published(root: string, overrides: Parameters<typeof addProfile>[2] = {}) {
    const profile = await addProfile(f, server, { remoteRoot: root, ...overrides })
    const files = twoFiles(root)
    const d = approvedWith(f, files)
    await f.services.publishing.enqueue({ requestId: d.id, profileId: profile.id, byId: f.ids.webmaster })
    await f.services.publishing.whenIdle()
    expect(f.services.requests.get(d.id).status).toBe('published')
    return { d, files }
  }

  it('deletes the published files on the host, records them removed and withdraws the request', async () => {
    const { d } = await published('/เว็บไซต์/นำออก')
    const s = f.services
    const dir = 'เว็บไซต์/นำออก/ita/2569/general'
    expect(onDisk(server, dir)).toEqual(['ภาคผนวก ข้อมูลประกอบ.pdf', 'รายงานผลการดำเนินงาน.pdf'])
    const from = vsftpdLog(server).length
    const after = await s.publishing.takedown({ id: d.id, byId: f.ids.webmaster, reason: 'ครบกำหนดระยะเวลาเผยแพร่' })
    expect(after.status).toBe('withdrawn')
    expect(onDisk(server, dir)).toEqual([])
    expect(commands(logSince(server, from)).filter((c) => c.startsWith('DELE '))).toHaveLength(2)
    expect(s.publishing.status(d.id).published.map((p) => [p.removal, p.archivePath])).toEqual([['deleted', null], ['deleted', null]])
    expect(s.audit.list({ entity: 'request', entityId: String(d.id) }).filter((e) => e.action === 'request.file-removed')).toHaveLength(2)
    expect(s.audit.verify().ok).toBe(true)
  })

  it('moves the files to the archive folder when the profile says so, keeping their path and content', async () => {
    const { d, files } = await published('/เว็บไซต์/เก็บถาวร', { takedown: 'archive', archiveFolder: '/คลังเอกสารที่นำออก' })
    const s = f.services
    await s.publishing.takedown({ id: d.id, byId: f.ids.webmaster, reason: 'ยกเลิกประกาศ' })
    expect(onDisk(server, 'เว็บไซต์/เก็บถาวร/ita/2569/general')).toEqual([])
    const records = s.publishing.status(d.id).published
    expect(records.map((p) => p.archivePath)).toEqual([
      '/คลังเอกสารที่นำออก/ita/2569/general/รายงานผลการดำเนินงาน.pdf',
      '/คลังเอกสารที่นำออก/ita/2569/general/ภาคผนวก ข้อมูลประกอบ.pdf'
    ])
    for (const [i, p] of records.entries()) {
      expect(diskSha256(server, p.archivePath ?? '')).toBe(sha256(Buffer.from(files[i]?.contentBase64 ?? '', 'base64')))
    }
    expect(s.requests.get(d.id).status).toBe('withdrawn')
  })
})
