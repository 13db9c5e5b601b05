/**
 * Taking published files down again, against a real pure-ftpd: deleting them, or moving them to
 * the profile's archive folder; refusing to record anything while the host is unreachable; the
 * public index page refreshed after publishing and after the take-down; and the list of items
 * whose publish-until date has passed or comes within 30 days.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/result'
import type { FtpsServer } from '../../helpers/ftps-server'
import { attachment, pdfBytes, requestIn } from '../../helpers/register-fixtures'
import { addProfile, approvedWith, diskSha256, onDisk, sha256, startWebsite, twoFiles, withQueueFixture, type QueueFixture } from './queue-fixtures'

let server: FtpsServer
let f: QueueFixture
withQueueFixture({}, (s, fixture) => {
  server = s
  f = fixture
})

async function published(root: string, overrides: Parameters<typeof addProfile>[2] = {}, publishUntil?: string) {
  const profile = await addProfile(f, server, { remoteRoot: root, ...overrides })
  const files = twoFiles(root)
  const d = publishUntil ? requestIn(f, 'approved', { newAttachments: files, publishUntil }) : approvedWith(f, files)
  await f.services.publishing.enqueue({ requestId: d.id, profileId: profile.id, byId: f.ids.webmaster })
  await f.services.publishing.whenIdle()
  expect(f.services.requests.get(d.id).status).toBe('published')
  return { profile, d, files }
}

describe('take-down', () => {
  it('deletes the files on the host, marks them removed, withdraws the request (audited), and the links stop answering', async () => {
    const site = await startWebsite(join(server.root, 'เว็บไซต์/นำออก'))
    try {
      const { d } = await published('/เว็บไซต์/นำออก', { publicBaseUrl: site.url })
      const s = f.services
      const dir = 'เว็บไซต์/นำออก/ita/2569/general'
      expect(onDisk(server, dir)).toHaveLength(2)
      // The public index page of the fiscal year was brought up to date after the publication.
      const index = join(server.root, 'เว็บไซต์/นำออก/ita/2569/index.html')
      expect(readFileSync(index, 'utf8')).toContain('ภาคผนวก ข้อมูลประกอบ.pdf')
      expect((await s.publishing.checkUrls(d.id)).every((c) => c.ok)).toBe(true)
      const urls = s.publishing.status(d.id).published.map((p) => p.publicUrl)

      const after = await s.publishing.takedown({ id: d.id, byId: f.ids.webmaster2, reason: 'ครบกำหนดระยะเวลาเผยแพร่' })
      expect(after.status).toBe('withdrawn')
      expect(after.withdrawn).toMatchObject({ byId: f.ids.webmaster2, reason: 'ครบกำหนดระยะเวลาเผยแพร่' })
      expect(onDisk(server, dir)).toEqual([])
      const records = s.publishing.status(d.id).published
      expect(records.map((p) => [p.removal, p.archivePath])).toEqual([['deleted', null], ['deleted', null]])
      expect(records.every((p) => p.removedAt !== null)).toBe(true)
      const audit = s.audit.list({ entity: 'request', entityId: String(d.id) })
      const removed = audit.filter((e) => e.action === 'request.file-removed').map((e) => e.detail as { remotePath: string; removal: string })
      expect(removed.map((r) => r.removal)).toEqual(['deleted', 'deleted'])
      expect(removed.map((r) => r.remotePath).sort()).toEqual(records.map((p) => p.remotePath).sort())
      expect(audit.filter((e) => e.action === 'request.withdraw')).toHaveLength(1)
      expect(s.audit.verify().ok).toBe(true)

      await s.publishing.whenIdle()
      expect(readFileSync(index, 'utf8')).not.toContain('ภาคผนวก ข้อมูลประกอบ.pdf')
      const checks = await Promise.all(urls.map((u) => fetch(u, { method: 'HEAD' }).then((r) => r.status)))
      expect(checks).toEqual([404, 404])
    } finally {
      await site.close()
    }
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
    expect(records.every((p) => p.removal === 'archived')).toBe(true)
    for (const [i, p] of records.entries()) {
      expect(diskSha256(server, p.archivePath ?? '')).toBe(sha256(Buffer.from(files[i]?.contentBase64 ?? '', 'base64')))
    }
    expect(s.requests.get(d.id).status).toBe('withdrawn')
  })

  it('records nothing while the host is unreachable, and says so; once it is back, the take-down goes through', async () => {
    const { d } = await published('/เว็บไซต์/ติดต่อไม่ได้')
    const s = f.services
    await server.kill()
    let err: unknown
    try {
      err = await s.publishing.takedown({ id: d.id, byId: f.ids.webmaster, reason: 'ครบกำหนด' }).then(() => null, (e: unknown) => e)
    } finally {
      await server.restart()
    }
    expect(err).toBeInstanceOf(AppError)
    expect(err instanceof AppError && err.message).toContain('ยังไม่ได้บันทึกว่านำออก')
    expect(s.requests.get(d.id).status).toBe('published')
    expect(s.publishing.status(d.id).published.every((p) => p.removedAt === null)).toBe(true)
    expect(s.audit.list({ entity: 'request', entityId: String(d.id) }).some((e) => e.action === 'request.file-removed')).toBe(false)
    expect(onDisk(server, 'เว็บไซต์/ติดต่อไม่ได้/ita/2569/general')).toHaveLength(2)

    await s.publishing.takedown({ id: d.id, byId: f.ids.webmaster, reason: 'ครบกำหนด' })
    expect(s.requests.get(d.id).status).toBe('withdrawn')
    expect(onDisk(server, 'เว็บไซต์/ติดต่อไม่ได้/ita/2569/general')).toEqual([])
  }, 60_000)

  it('refuses a request that is not published, and someone who may not withdraw', async () => {
    const s = f.services
    const approved = approvedWith(f, [attachment('ก.pdf', pdfBytes('a'))])
    const notPublished = await s.publishing.takedown({ id: approved.id, byId: f.ids.webmaster, reason: 'x' }).catch((e: unknown) => e)
    expect(notPublished instanceof AppError && [notPublished.code, notPublished.message]).toEqual(['illegal-transition', expect.stringContaining('“เผยแพร่แล้ว”')])
    const byHand = requestIn(f, 'published')
    const requester = await s.publishing.takedown({ id: byHand.id, byId: f.ids.assistant, reason: 'x' }).catch((e: unknown) => e)
    expect(requester instanceof AppError && requester.code).toBe('forbidden')
    // Published by hand (no file of it on the host): the take-down is the withdrawal alone.
    expect((await s.publishing.takedown({ id: byHand.id, byId: f.ids.head, reason: 'ครบกำหนด' })).status).toBe('withdrawn')
  })
})

describe('the publish-until list', () => {
  it('lists published requests whose date has passed or comes within 30 days, soonest first, with their live files', async () => {
    const { d } = await published('/เว็บไซต์/ครบกำหนด', {}, '2026-01-20')
    const s = f.services
    const today = f.clock.today()
    const overdue = requestIn(f, 'published', { title: 'ประกาศเก่า', requestDate: '2025-12-01', publishUntil: '2026-01-01' })
    const soon = requestIn(f, 'published', { title: 'ประกาศใกล้ครบ', publishUntil: '2026-02-10' })
    requestIn(f, 'published', { title: 'ประกาศอีกนาน', publishUntil: '2026-06-30' })
    requestIn(f, 'approved', { title: 'ยังไม่เผยแพร่', requestDate: '2025-12-01', publishUntil: '2026-01-02' })
    expect(today).toBe('2026-01-15')
    const due = s.publishing.due(30)
    expect(due.map((i) => [i.id, i.daysLeft, i.overdue, i.liveFiles])).toEqual([
      [overdue.id, -14, true, 0],
      [d.id, 5, false, 2],
      [soon.id, 26, false, 0]
    ])
  })
})
