/**
 * The upload queue when things stop half-way, against a pure-ftpd limited to 2 MB/s per session
 * so that "mid-upload" is a moment a test can reach: the server killed and restarted, the app
 * closed and reopened, pause and resume, cancel. And a batch of 22 files over the profile's two
 * connections. A resume is proven on the server's disk: the temporary file never shrinks (a
 * truncating STOR would start it again from 0), and the final file's SHA-256 is the original's.
 */
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { NewAttachment } from '@shared/domain/schemas'
import { tempNameFor } from '../../../src-main/services/publishing/ftps'
import type { JobRow } from '../../../src-main/services/publishing/queue/job-store'
import type { FtpsServer } from '../../helpers/ftps-server'
import { attachment, pdfBytes } from '../../helpers/register-fixtures'
import { addProfile, approvedWith, bigPdf, diskSha256, everyFile, onDisk, sha256, until, watchSize, withQueueFixture, type QueueFixture } from './queue-fixtures'

let server: FtpsServer
let f: QueueFixture
withQueueFixture({ bandwidthKBps: 2048 }, (s, fixture) => {
  server = s
  f = fixture
})

const MB = 1024 * 1024


/**
 * A request with one large file (and `others`) queued to a new profile at `/root`, its temporary
 * name on the server's disk watched until 1 MB of it has arrived. The caller stops the watch.
 */
async function uploadingBig(root: string, name: string, bytes: number, others: NewAttachment[] = []) {
  const profile = await addProfile(f, server, { remoteRoot: `/${root}` })
  const big = bigPdf(bytes)
  const d = approvedWith(f, [attachment(name, big.bytes), ...others])
  const dir = `${root}/ita/2569/general`
  const temp = join(server.root, dir, tempNameFor(name, big.sha256))
  const watch = watchSize(temp)
  try {
    await f.services.publishing.enqueue({ requestId: d.id, profileId: profile.id, byId: f.ids.webmaster })
    await until(() => watch.largest() > MB, 20_000, '1 MB at the server')
  } catch (e) {
    watch.stop()
    throw e
  }
  return { d, dir, big, temp, watch }
}

function jobRows(requestId: number): JobRow[] {
  return f.services.db.prepare<[number], JobRow>('SELECT * FROM upload_job WHERE request_id = ? ORDER BY id').all(requestId)
}

describe('interrupted uploads', () => {
  it('the server killed mid-upload and restarted: the job reconnects, resumes from the remote size, and the SHA-256 matches', async () => {
    const seen: JobRow[] = []
    const s = f.services
    s.publishing.onJobChange((j) => seen.push(j))
    const { d, dir, big, temp, watch } = await uploadingBig('เว็บไซต์/ตัดกลางทาง', 'คู่มือการปฏิบัติงาน.pdf', 6 * MB)
    try {
      await server.kill()
      const partial = statSync(temp).size
      expect(partial).toBeGreaterThan(MB)
      expect(partial).toBeLessThan(6 * MB)
      await new Promise((r) => setTimeout(r, 300))
      await server.restart()
      await s.publishing.whenIdle()
      const [job] = s.publishing.status(d.id).jobs
      expect(job?.state).toBe('done')
      expect(job?.attempts).toBeGreaterThanOrEqual(2)
      // The retry was announced with the transfer layer's Thai network message.
      expect(seen.some((j) => j.state === 'queued' && j.attempts >= 1 && j.last_error.length > 0)).toBe(true)
      expect(watch.shrank()).toBe(false)
      expect(diskSha256(server, `${dir}/คู่มือการปฏิบัติงาน.pdf`)).toBe(big.sha256)
      expect(onDisk(server, dir)).toEqual(['คู่มือการปฏิบัติงาน.pdf'])
      expect(s.requests.get(d.id).status).toBe('published')
    } finally {
      watch.stop()
    }
  }, 90_000)

  it('the app closed mid-queue and reopened: the interrupted job goes back to the queue and resumes from the server’s copy', async () => {
    const profile = await addProfile(f, server, { remoteRoot: '/เว็บไซต์/ปิดโปรแกรม', parallelConnections: 1 })
    const first = bigPdf(4 * MB)
    const second = bigPdf(2 * MB)
    const d = approvedWith(f, [attachment('แผนปฏิบัติการ.pdf', first.bytes), attachment('รายงานการเงิน.pdf', second.bytes)])
    const dir = 'เว็บไซต์/ปิดโปรแกรม/ita/2569/general'
    const watch = watchSize(join(server.root, dir, tempNameFor('แผนปฏิบัติการ.pdf', first.sha256)))
    try {
      await f.services.publishing.enqueue({ requestId: d.id, profileId: profile.id, byId: f.ids.webmaster })
      await until(() => jobRows(d.id)[0]?.bytes_sent !== undefined && (jobRows(d.id)[0]?.bytes_sent ?? 0) > MB, 20_000, 'bytes recorded')
      f.reopen()
      // What the crashed process left in the register file: one job cut while uploading, one waiting.
      expect(jobRows(d.id).map((j) => j.state)).toEqual(['uploading', 'queued'])
      // The session's password went with the closed process, as it would with a real restart.
      await f.services.hostProfiles.setPassword({ id: profile.id, password: server.password, sessionOnly: true }, f.ids.webmaster)
      f.services.publishing.start()
      await f.services.publishing.whenIdle()
      const status = f.services.publishing.status(d.id)
      expect(status.jobs.map((j) => j.state)).toEqual(['done', 'done'])
      expect(watch.shrank()).toBe(false)
      expect(diskSha256(server, `${dir}/แผนปฏิบัติการ.pdf`)).toBe(first.sha256)
      expect(diskSha256(server, `${dir}/รายงานการเงิน.pdf`)).toBe(second.sha256)
      expect(f.services.requests.get(d.id).status).toBe('published')
      expect(everyFile(server, dir).filter((p) => p.endsWith('.part'))).toEqual([])
    } finally {
      watch.stop()
    }
  }, 90_000)

  it('pause stops after the current chunk and keeps the partial file; resume finishes it without sending it again', async () => {
    const { d, dir, big, watch } = await uploadingBig('เว็บไซต์/หยุดชั่วคราว', 'ประกาศผลการจัดซื้อ.pdf', 5 * MB)
    const s = f.services
    try {
      s.publishing.pause({ requestId: d.id })
      await s.publishing.whenIdle()
      const paused = s.publishing.status(d.id)
      expect(paused.jobs[0]?.state).toBe('paused')
      expect(paused.overall.phase).toBe('paused')
      const kept = watch.largest()
      expect(kept).toBeLessThan(5 * MB)
      expect(onDisk(server, dir)).toEqual([tempNameFor('ประกาศผลการจัดซื้อ.pdf', big.sha256)])
      expect(s.requests.get(d.id).status).toBe('approved')

      s.publishing.resume({ requestId: d.id })
      await s.publishing.whenIdle()
      expect(s.publishing.status(d.id).jobs[0]?.state).toBe('done')
      expect(watch.shrank()).toBe(false)
      expect(diskSha256(server, `${dir}/ประกาศผลการจัดซื้อ.pdf`)).toBe(big.sha256)
      expect(s.requests.get(d.id).status).toBe('published')
    } finally {
      watch.stop()
    }
  }, 90_000)

  it('cancel mid-way leaves nothing at the final name and removes the temporary file; the request stays approved', async () => {
    const { d, dir, watch } = await uploadingBig('เว็บไซต์/ยกเลิก', 'ข้อมูลงบประมาณ.pdf', 6 * MB, [attachment('หนังสือนำส่ง.pdf', pdfBytes('cover'))])
    const s = f.services
    try {
      s.publishing.cancel({ requestId: d.id })
      await s.publishing.whenIdle()
      const status = s.publishing.status(d.id)
      expect(status.jobs[0]?.state).toBe('cancelled')
      expect(['cancelled', 'done']).toContain(status.jobs[1]?.state)
      expect(onDisk(server, dir).filter((n) => n.startsWith('ข้อมูลงบประมาณ') || n.endsWith('.part'))).toEqual([])
      expect(s.requests.get(d.id).status).toBe('approved')
      expect(status.published).toEqual([])
    } finally {
      watch.stop()
    }
  }, 60_000)

  it('a batch of 22 files goes over the profile’s 2 connections, never more, and every file arrives whole', async () => {
    const profile = await addProfile(f, server, { remoteRoot: '/เว็บไซต์/ชุดใหญ่', parallelConnections: 2 })
    const files = Array.from({ length: 22 }, (_, i) => attachment(`เอกสารแนบ ${i + 1}.pdf`, bigPdf(300 * 1024 + i).bytes))
    const d = approvedWith(f, files)
    const s = f.services
    const busy = s.db.prepare<[number], { n: number }>(`SELECT count(*) AS n FROM upload_job WHERE request_id = ? AND state IN ('uploading','verifying')`)
    let most = 0
    const sampler = setInterval(() => { most = Math.max(most, busy.get(d.id)?.n ?? 0) }, 5)
    try {
      await s.publishing.enqueue({ requestId: d.id, profileId: profile.id, byId: f.ids.webmaster })
      await s.publishing.whenIdle()
    } finally {
      clearInterval(sampler)
    }
    expect(most).toBe(2)
    const status = s.publishing.status(d.id)
    expect(status.overall).toMatchObject({ phase: 'done', files: 22, filesDone: 22 })
    const dir = 'เว็บไซต์/ชุดใหญ่/ita/2569/general'
    expect(onDisk(server, dir)).toHaveLength(22)
    for (const [i, file] of files.entries()) {
      expect(diskSha256(server, `${dir}/${file.fileName}`)).toBe(sha256(Buffer.from(file.contentBase64, 'base64')))
      expect(status.jobs[i]?.attempts).toBe(1)
    }
    expect(s.requests.get(d.id).status).toBe('published')
  }, 90_000)
})
