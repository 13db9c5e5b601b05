/**
 * The upload channels as the renderer reaches them (dispatchAsync, as ipcMain and the HTTP bridge
 * call it), against a real pure-ftpd: the password asked for with 'password-required' and given
 * for the session, the status polled until done, bad input refused in Thai; and a request edited
 * after approval while queued is not uploaded.
 */
import { describe, expect, it } from 'vitest'
import type { Result } from '@shared/result'
import type { UploadRequestStatus } from '@shared/domain/uploads'
import type { RequestDetail } from '@shared/domain/records'
import { createHandlers, dispatchAsync, type HandlerTable } from '../../../src-main/ipc/handlers'
import type { FtpsServer } from '../../helpers/ftps-server'
import { attachment, updateInputFrom } from '../../helpers/register-fixtures'
import { addProfile, approvedWith, bigPdf, onDisk, twoFiles, until, withQueueFixture, type QueueFixture } from './queue-fixtures'

let server: FtpsServer
let f: QueueFixture
let table: HandlerTable
withQueueFixture({ bandwidthKBps: 2048 }, (s, fixture) => {
  server = s
  f = fixture
  table = createHandlers(f.services, { version: '0.0.0-test', shell: 'web' })
})

const call = (channel: string, input: unknown): Promise<Result<unknown>> => dispatchAsync(table, channel, input, { operatorId: f.ids.webmaster }, { error: () => undefined })

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`)
  return result.value as T
}

describe('upload channels', () => {
  it('asks for the password, takes it for the session, and reports progress until the request is published', async () => {
    const profile = await addProfile(f, server, { remoteRoot: '/เว็บไซต์/ไอพีซี' })
    f.services.hostProfiles.session.forget(profile.id)
    const d = approvedWith(f, twoFiles('ipc'))
    const refused = await call('uploads:enqueue', { requestId: d.id, profileId: profile.id, byId: f.ids.webmaster })
    expect(refused).toMatchObject({ ok: false, error: { code: 'password-required' } })
    expect(value<UploadRequestStatus>(await call('uploads:status', { requestId: d.id })).jobs).toEqual([])

    value(await call('hostProfiles:setPassword', { id: profile.id, password: server.password, sessionOnly: true }))
    const queued = value<UploadRequestStatus>(await call('uploads:enqueue', { requestId: d.id, profileId: profile.id, byId: f.ids.webmaster }))
    expect(queued.overall).toMatchObject({ phase: 'active', files: 2 })
    // The renderer polls; so does this test.
    let status = queued
    for (let i = 0; i < 300 && status.overall.phase !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 100))
      status = value<UploadRequestStatus>(await call('uploads:status', { requestId: d.id }))
    }
    expect(status.overall.phase).toBe('done')
    await f.services.publishing.whenIdle()
    const detail = value<RequestDetail>(await call('requests:get', { id: d.id }))
    expect(detail.status).toBe('published')
    expect(value<UploadRequestStatus>(await call('uploads:status', { requestId: d.id })).published).toHaveLength(2)
    expect(value<unknown[]>(await call('publishing:due', {}))).toEqual([])
  }, 60_000)

  it('refuses bad input in Thai', async () => {
    for (const [channel, input] of [
      ['uploads:enqueue', { requestId: 'หนึ่ง', profileId: 1, byId: 1 }],
      ['uploads:pause', {}],
      ['requests:takedown', { id: 1, byId: 1, reason: '   ' }],
      ['publishing:due', { withinDays: -1 }]
    ] as const) {
      const result = await call(channel, input)
      expect(result.ok, channel).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-input')
        expect(result.error.message).toMatch(/[\u0E00-\u0E7F]/)
      }
    }
  })

  it('does not upload the files of a request edited after approval while it waited in the queue', async () => {
    const profile = await addProfile(f, server, { remoteRoot: '/เว็บไซต์/แก้ไขระหว่างคิว', parallelConnections: 1 })
    const d = approvedWith(f, [attachment('ก่อนหน้า.pdf', bigPdf(4 * 1024 * 1024).bytes), ...twoFiles('edited')])
    value(await call('uploads:enqueue', { requestId: d.id, profileId: profile.id, byId: f.ids.webmaster }))
    await until(() => f.services.publishing.status(d.id).jobs[0]?.state === 'uploading', 10_000, 'the first upload')
    // The requester changes the title: the request needs a new decision.
    f.services.requests.update(updateInputFrom(f.services.requests.get(d.id), f.ids.assistant, { title: 'ชื่อเรื่องที่แก้ไขแล้ว' }))
    expect(f.services.requests.get(d.id).status).toBe('submitted')
    await f.services.publishing.whenIdle()
    // The file being sent when the request changed is taken off again; the others are not sent.
    const jobs = f.services.publishing.status(d.id).jobs
    expect(jobs.map((j) => j.state)).toEqual(['failed', 'failed', 'failed'])
    for (const j of jobs) expect(j.lastError).toContain('ต้องอนุมัติใหม่')
    expect(onDisk(server, 'เว็บไซต์/แก้ไขระหว่างคิว/ita/2569/general').filter((n) => !n.endsWith('.part'))).toEqual([])
    expect(f.services.requests.get(d.id).status).toBe('submitted')
    expect(f.services.publishing.status(d.id).published).toEqual([])
  }, 60_000)
})
