/**
 * The upload queue against a real pure-ftpd (TLS required): an approved request's files go to
 * Thai folders through a temporary name, are checked and renamed; the publication is recorded in
 * one transaction only when every file is done; refusals say in Thai what to do; a wrong password
 * fails the jobs once instead of retrying for ever. What is on the host is read from the server's
 * own disk, independently of the FTP client.
 */
import { chownSync, mkdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { FtpsServer } from '../../helpers/ftps-server'
import { refusal } from '../../helpers/refusals'
import { attachment, pdfBytes, requestIn } from '../../helpers/register-fixtures'
import { addProfile, approvedWith, diskSha256, everyFile, onDisk, sha256, startWebsite, twoFiles, withQueueFixture, type QueueFixture } from './queue-fixtures'

let server: FtpsServer
let f: QueueFixture
withQueueFixture({}, (s, fixture) => {
  server = s
  f = fixture
})

describe('publishing an approved request', () => {
  it('uploads both files into Thai folders (temporary name → verify → rename) and records the publication once, with links that answer', async () => {
    const site = await startWebsite(join(server.root, 'เว็บไซต์', 'ทดสอบ๑'))
    try {
      const profile = await addProfile(f, server, { remoteRoot: '/เว็บไซต์/ทดสอบ๑', publicBaseUrl: site.url })
      const files = twoFiles('one')
      const d = approvedWith(f, files)
      const s = f.services
      const queued = await s.publishing.enqueue({ requestId: d.id, profileId: profile.id, byId: f.ids.webmaster })
      expect(queued.jobs.map((j) => j.fileName)).toEqual(['รายงานผลการดำเนินงาน.pdf', 'ภาคผนวก ข้อมูลประกอบ.pdf'])
      expect(queued.jobs.every((j) => j.remoteDir === '/เว็บไซต์/ทดสอบ๑/ita/2569/general')).toBe(true)
      await s.publishing.whenIdle()

      const status = s.publishing.status(d.id)
      expect(status.overall).toMatchObject({ phase: 'done', files: 2, filesDone: 2 })
      expect(status.problem).toBeNull()
      const dir = 'เว็บไซต์/ทดสอบ๑/ita/2569/general'
      expect(onDisk(server, dir)).toEqual(['ภาคผนวก ข้อมูลประกอบ.pdf', 'รายงานผลการดำเนินงาน.pdf'])
      for (const [i, job] of status.jobs.entries()) {
        const bytes = Buffer.from(files[i]?.contentBase64 ?? '', 'base64')
        expect(job).toMatchObject({ state: 'done', bytesSent: bytes.length, attempts: 1, lastError: '' })
        expect(job.remotePath).toBe(`/${dir}/${job.fileName}`)
        expect(diskSha256(server, job.remotePath ?? '')).toBe(sha256(bytes))
      }
      expect(everyFile(server).filter((p) => p.endsWith('.part'))).toEqual([])

      const after = s.requests.get(d.id)
      const first = status.jobs[0]?.publicUrl ?? ''
      expect(first).toBe(`${site.url}/ita/2569/general/${encodeURIComponent('รายงานผลการดำเนินงาน.pdf')}`)
      expect(after.status).toBe('published')
      expect(after.published).toMatchObject({ byId: f.ids.webmaster, publicUrl: first })
      expect(status.published.map((p) => [p.fileName, p.remotePath, p.publicUrl, p.publishedById])).toEqual(
        status.jobs.map((j) => [j.fileName, j.remotePath, j.publicUrl, f.ids.webmaster])
      )
      const audit = s.audit.list({ entity: 'request', entityId: String(d.id) })
      const filed = audit.filter((e) => e.action === 'request.file-published').map((e) => e.detail as { remotePath: string; publicUrl: string })
      expect(filed.map((e) => e.remotePath).sort()).toEqual(status.jobs.map((j) => j.remotePath).sort())
      expect(filed.map((e) => e.publicUrl).sort()).toEqual(status.jobs.map((j) => j.publicUrl).sort())
      expect(audit.filter((e) => e.action === 'request.publish')).toHaveLength(1)
      expect(s.audit.verify().ok).toBe(true)

      const checks = await s.publishing.checkUrls(d.id)
      expect(checks.map((c) => [c.ok, c.status])).toEqual([[true, 200], [true, 200]])
    } finally {
      await site.close()
    }
  })

  it('publishes only when every file is done: a refused file leaves the request approved; fixed and retried, it publishes', async () => {
    const profile = await addProfile(f, server, { remoteRoot: '/เว็บไซต์/ทดสอบ๒', ifExists: 'fail' })
    const d = approvedWith(f, twoFiles('two'))
    const blocking = join(server.root, 'เว็บไซต์/ทดสอบ๒/ita/2569/general/ภาคผนวก ข้อมูลประกอบ.pdf')
    mkdirSync(dirname(blocking), { recursive: true })
    writeFileSync(blocking, 'a file someone put there by hand')
    for (let p = dirname(blocking); p.startsWith(server.root) && p !== server.root; p = dirname(p)) chownSync(p, 65534, 65534)

    const s = f.services
    await s.publishing.enqueue({ requestId: d.id, profileId: profile.id, byId: f.ids.webmaster })
    await s.publishing.whenIdle()
    let status = s.publishing.status(d.id)
    expect(status.jobs.map((j) => j.state)).toEqual(['done', 'failed'])
    expect(status.jobs[1]?.attempts).toBe(1)
    expect(status.jobs[1]?.lastError).toContain('มีไฟล์ชื่อ “ภาคผนวก ข้อมูลประกอบ.pdf”')
    expect(status.overall.phase).toBe('failed')
    expect(status.published).toEqual([])
    expect(s.requests.get(d.id).status).toBe('approved')
    expect(onDisk(server, 'เว็บไซต์/ทดสอบ๒/ita/2569/general')).toEqual(['ภาคผนวก ข้อมูลประกอบ.pdf', 'รายงานผลการดำเนินงาน.pdf'])

    rmSync(blocking)
    expect((await refusal(s.publishing.enqueue({ requestId: d.id, profileId: profile.id + 1000, byId: f.ids.webmaster }))).code).toBe('not-found')
    status = s.publishing.retry({ requestId: d.id })
    expect(status.jobs.map((j) => j.state)[1]).toMatch(/queued|uploading|verifying/)
    await s.publishing.whenIdle()
    status = s.publishing.status(d.id)
    expect(status.jobs.map((j) => j.state)).toEqual(['done', 'done'])
    expect(s.requests.get(d.id).status).toBe('published')
    expect(status.published).toHaveLength(2)
    expect(s.audit.list({ entity: 'request', entityId: String(d.id) }).filter((e) => e.action === 'request.publish')).toHaveLength(1)
  })

  it('refuses with Thai messages: a request not approved, a file emptied on disk, someone not a webmaster, a second enqueue', async () => {
    const profile = await addProfile(f, server, { remoteRoot: '/เว็บไซต์/ทดสอบ๓' })
    const s = f.services
    const draft = requestIn(f, 'submitted')
    const notApproved = await refusal(s.publishing.enqueue({ requestId: draft.id, profileId: profile.id, byId: f.ids.webmaster }))
    expect([notApproved.code, notApproved.message]).toEqual(['illegal-transition', expect.stringContaining('“อนุมัติแล้ว”')])

    const d = approvedWith(f, [attachment('ประกาศ.pdf', pdfBytes('empty later'))])
    const blob = s.attachments.blobs.pathOf(d.attachments[0]?.sha256 ?? '')
    const asAssistant = await refusal(s.publishing.enqueue({ requestId: d.id, profileId: profile.id, byId: f.ids.assistant }))
    expect(asAssistant.code).toBe('forbidden')
    truncateSync(blob, 0)
    const empty = await refusal(s.publishing.enqueue({ requestId: d.id, profileId: profile.id, byId: f.ids.webmaster }))
    expect([empty.code, empty.message]).toEqual(['file-refused', expect.stringContaining('ว่างเปล่า (0 ไบต์)')])
    expect(s.publishing.status(d.id).jobs).toEqual([])

    const ok = approvedWith(f, [attachment('คำสั่ง.pdf', pdfBytes('twice'))])
    await s.publishing.enqueue({ requestId: ok.id, profileId: profile.id, byId: f.ids.webmaster })
    const twice = await refusal(s.publishing.enqueue({ requestId: ok.id, profileId: profile.id, byId: f.ids.webmaster }))
    expect([twice.code, twice.message]).toEqual(['conflict', expect.stringContaining('อยู่ในคิวอัปโหลดแล้ว')])
    await s.publishing.whenIdle()
    expect(s.requests.get(ok.id).status).toBe('published')
  })

  it('a wrong password fails the jobs at once with a clear Thai error, and they are not retried', async () => {
    const profile = await addProfile(f, server, { remoteRoot: '/เว็บไซต์/ทดสอบ๔' }, 'not-the-password')
    const s = f.services
    const d = approvedWith(f, twoFiles('wrong'))
    await s.publishing.enqueue({ requestId: d.id, profileId: profile.id, byId: f.ids.webmaster })
    await s.publishing.whenIdle()
    const status = s.publishing.status(d.id)
    expect(status.jobs.map((j) => j.state)).toEqual(['failed', 'failed'])
    for (const job of status.jobs) {
      expect(job.attempts).toBeLessThanOrEqual(1)
      expect(job.lastError).toContain('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง')
      expect(job.retryAt).toBeNull()
    }
    expect(status.jobs.some((j) => j.attempts === 1)).toBe(true)
    // Nothing is waiting to try again.
    await new Promise((r) => setTimeout(r, 1000))
    expect(s.publishing.status(d.id).jobs.map((j) => [j.state, j.attempts])).toEqual(status.jobs.map((j) => [j.state, j.attempts]))
    expect(s.requests.get(d.id).status).toBe('approved')
    expect(onDisk(server, 'เว็บไซต์/ทดสอบ๔')).toEqual([])
  }, 60_000)
})
