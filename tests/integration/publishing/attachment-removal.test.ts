/**
 * Removing a file from an approved request while the upload queue knows it: failed or cancelled
 * attempts go with the file; a queued or uploaded file stays, with a Thai reason, and nothing changes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppError } from '@shared/result'
import { countRows, openFixture, requestIn, updateInputFrom, type RegisterFixture } from '../../helpers/register-fixtures'

describe('removing an attachment that has upload jobs', () => {
  let f: RegisterFixture
  beforeEach(() => {
    f = openFixture()
  })
  afterEach(() => f.cleanup())

  const withJob = (state: string) => {
    const d = requestIn(f, 'approved')
    const db = f.services.db
    const now = f.clock.now()
    const profileId = db
      .prepare(`INSERT INTO host_profile (name, host, port, tls, username, remote_root, public_base_url, folder_pattern, file_naming, if_exists,
        takedown, created_at, updated_at) VALUES ('หลัก', '127.0.0.1', 21, 'explicit', 'web', '/www', 'https://example.go.th', '{root}/ita/',
        'ascii-dated', 'suffix', 'delete', ?, ?)`)
      .run(now, now).lastInsertRowid
    const file = d.attachments[0]
    if (!file) throw new Error('the fixture request has no attachment')
    const done = state === 'done'
    db.prepare(`INSERT INTO upload_job (request_id, attachment_id, profile_id, sha256, size_bytes, remote_dir, remote_name, state,
      remote_path, public_url, queued_by, created_at, updated_at, finished_at) VALUES (?, ?, ?, ?, ?, '/www/ita', 'a.pdf', ?, ?, ?, ?, ?, ?, ?)`)
      .run(d.id, file.id, profileId, file.sha256, file.sizeBytes, state, done ? '/www/ita/a.pdf' : null, done ? 'https://example.go.th/ita/a.pdf' : null,
        f.ids.webmaster, now, now, done ? now : null)
    return { d, fileId: file.id }
  }

  it.each(['failed', 'cancelled'])('removes the file and its %s attempts together', (state) => {
    const { d, fileId } = withJob(state)
    const after = f.services.requests.update(updateInputFrom(d, f.ids.webmaster, { removeAttachmentIds: [fileId] }))
    expect(after.attachments.map((a) => a.id)).not.toContain(fileId)
    expect(f.services.db.prepare('SELECT count(*) AS n FROM upload_job').get()).toEqual({ n: 0 })
  })

  it.each([
    ['queued', /อยู่ในคิวอัปโหลด/],
    ['uploading', /อยู่ในคิวอัปโหลด/],
    ['done', /อัปโหลดขึ้นเว็บไซต์แล้ว/]
  ])('refuses while the file is %s, and changes nothing', (state, message) => {
    const { d, fileId } = withJob(state)
    const auditBefore = countRows(f.services, 'audit_log')
    let caught: unknown
    try {
      f.services.requests.update(updateInputFrom(d, f.ids.webmaster, { removeAttachmentIds: [fileId] }))
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(AppError)
    expect((caught as AppError).code).toBe('conflict')
    expect((caught as AppError).message).toMatch(message)
    const now = f.services.requests.get(d.id)
    expect(now.status).toBe('approved')
    expect(now.attachments.map((a) => a.id)).toContain(fileId)
    expect(f.services.db.prepare('SELECT count(*) AS n FROM upload_job').get()).toEqual({ n: 1 })
    expect(countRows(f.services, 'audit_log')).toBe(auditBefore)
  })
})
