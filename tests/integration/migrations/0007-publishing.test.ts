/** Migration 0007: host profiles, the upload queue and the record of published files. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { migrate, openDatabase, schemaVersion, type Db } from '../../../src-main/db/open-database'
import { V1_TABLES, dumpTables, insertRowsAtV1, makeTempDir, removeDir } from '../../helpers/register-fixtures'

const NOW = '2026-11-26T03:00:00.000Z'
const SHA = 'a'.repeat(64)

describe('migration 0007 (publishing)', () => {
  let dir: string
  let db: Db
  beforeEach(() => {
    dir = makeTempDir()
    db = openDatabase(join(dir, 'register.sqlite3'), { migrateTo: 6 })
  })
  afterEach(() => {
    db.close()
    removeDir(dir)
  })

  const addProfile = (name: string, extra: Record<string, unknown> = {}) => {
    const row = {
      name, host: 'ftp.example.go.th', port: 21, tls: 'explicit', username: 'web', remote_root: '/public_html',
      public_base_url: 'https://example.go.th', folder_pattern: '{root}/ita/{fy}/{indicator}/', file_naming: 'ascii-dated',
      if_exists: 'suffix', takedown: 'delete', archive_folder: '', is_default: 0, password_secret: null, secret_backend: null, ...extra
    }
    return db
      .prepare(`INSERT INTO host_profile (name, host, port, tls, username, remote_root, public_base_url, folder_pattern, file_naming, if_exists,
        takedown, archive_folder, is_default, password_secret, secret_backend, created_at, updated_at)
        VALUES (@name, @host, @port, @tls, @username, @remote_root, @public_base_url, @folder_pattern, @file_naming, @if_exists,
        @takedown, @archive_folder, @is_default, @password_secret, @secret_backend, '${NOW}', '${NOW}')`)
      .run(row).lastInsertRowid as number
  }

  it('adds the three tables and keeps every existing row', () => {
    insertRowsAtV1(db)
    const before = dumpTables(db, V1_TABLES)
    migrate(db, 7)
    expect(schemaVersion(db)).toBe(7)
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('host_profile','upload_job','published_file') ORDER BY name").all() as { name: string }[]).map((t) => t.name)
    expect(tables).toEqual(['host_profile', 'published_file', 'upload_job'])
    expect(dumpTables(db, V1_TABLES)).toEqual(before)
  })

  it('refuses a profile that would archive nowhere, a password without its backend, and a second default', () => {
    migrate(db, 7)
    addProfile('หลัก', { is_default: 1 })
    expect(() => addProfile('สำรอง', { takedown: 'archive', archive_folder: ' ' })).toThrow(/CHECK/)
    expect(() => addProfile('สำรอง', { password_secret: Buffer.from('x') })).toThrow(/CHECK/)
    expect(() => addProfile('สำรอง', { is_default: 1 })).toThrow(/UNIQUE/)
    expect(() => addProfile('หลัก')).toThrow(/UNIQUE/)
    expect(addProfile('สำรอง', { takedown: 'archive', archive_folder: '/archive' })).toBeGreaterThan(0)
  })

  it('refuses a finished upload job without its remote path and a second live copy of one file', () => {
    const { requestIds } = insertRowsAtV1(db)
    migrate(db, 7)
    const profileId = addProfile('หลัก')
    const requestId = requestIds[0] as number
    const attachmentId = (db.prepare('SELECT id FROM attachment WHERE request_id = ? LIMIT 1').get(requestId) as { id: number }).id
    const personId = (db.prepare('SELECT id FROM person LIMIT 1').get() as { id: number }).id
    const job = db.prepare(`INSERT INTO upload_job (request_id, attachment_id, profile_id, sha256, size_bytes, remote_dir, remote_name, state,
      remote_path, public_url, queued_by, created_at, updated_at, finished_at) VALUES (?, ?, ?, ?, 10, '/public_html/ita', 'a.pdf', ?, ?, ?, ?, ?, ?, ?)`)
    expect(() => job.run(requestId, attachmentId, profileId, SHA, 'done', null, null, personId, NOW, NOW, NOW)).toThrow(/CHECK/)
    job.run(requestId, attachmentId, profileId, SHA, 'done', '/public_html/ita/a.pdf', 'https://example.go.th/ita/a.pdf', personId, NOW, NOW, NOW)
    const file = db.prepare(`INSERT INTO published_file (request_id, attachment_id, profile_id, remote_path, public_url, sha256, size_bytes,
      published_at, published_by) VALUES (?, ?, ?, '/public_html/ita/a.pdf', 'https://example.go.th/ita/a.pdf', ?, 10, ?, ?)`)
    const first = file.run(requestId, attachmentId, profileId, SHA, NOW, personId).lastInsertRowid
    expect(() => file.run(requestId, attachmentId, profileId, SHA, NOW, personId)).toThrow(/UNIQUE/)
    expect(() => db.prepare("UPDATE published_file SET removed_at = ?, removed_by = ?, removal = 'archived' WHERE id = ?").run(NOW, personId, first)).toThrow(/CHECK/)
    db.prepare("UPDATE published_file SET removed_at = ?, removed_by = ?, removal = 'deleted' WHERE id = ?").run(NOW, personId, first)
    expect(file.run(requestId, attachmentId, profileId, SHA, NOW, personId).lastInsertRowid).toBeGreaterThan(Number(first))
  })
})
