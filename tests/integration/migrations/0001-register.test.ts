/** Migration 0001: the register's first shape, from an empty file. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { migrate, openDatabase, schemaVersion, type Db } from '../../../src-main/db/open-database'
import { V1_TABLES, insertRowsAtV1, makeTempDir, removeDir } from '../../helpers/register-fixtures'

const columnsOf = (db: Db, table: string) => (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name)
const objects = (db: Db, type: string) =>
  (db.prepare(`SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name`).all(type) as { name: string }[]).map((r) => r.name)

describe('migration 0001 (register)', () => {
  let dir: string
  let db: Db
  beforeEach(() => {
    dir = makeTempDir()
    db = openDatabase(join(dir, 'register.sqlite3'), { migrateTo: 0 })
  })
  afterEach(() => {
    db.close()
    removeDir(dir)
  })

  it('starts from an empty file at version 0 and ends at version 1 with every table of the register', () => {
    expect(schemaVersion(db)).toBe(0)
    expect(objects(db, 'table')).toEqual([])
    migrate(db, 1)
    expect(schemaVersion(db)).toBe(1)
    expect(objects(db, 'table')).toEqual([...V1_TABLES].sort())
    // Nothing of later migrations yet.
    expect(objects(db, 'table')).not.toContain('audit_log')
    expect(objects(db, 'index')).toEqual(
      expect.arrayContaining(['request_by_date', 'request_by_status_date', 'request_by_fy_quarter', 'request_by_publish_until', 'attachment_by_sha'])
    )
    expect(columnsOf(db, 'request')).toEqual(
      expect.arrayContaining([
        'owner_unit', 'request_date', 'title', 'details', 'external_link', 'note', 'requester_id', 'category_code', 'fiscal_year',
        'fiscal_quarter', 'period_start', 'period_end', 'publish_until', 'status', 'approved_by', 'approved_at', 'approved_verbal',
        'rejection_reason', 'published_by', 'published_at', 'public_url', 'withdrawn_by', 'withdrawn_at', 'withdrawn_reason'
      ])
    )
    expect(columnsOf(db, 'status_event')).toEqual(['id', 'request_id', 'from_status', 'to_status', 'action', 'by_id', 'at', 'decided_at', 'verbal', 'reason'])
  })

  it('holds the seed office, its people and requests, and enforces its constraints', () => {
    migrate(db, 1)
    const { requestIds } = insertRowsAtV1(db)
    expect((db.prepare('SELECT count(*) AS n FROM person').get() as { n: number }).n).toBe(4)
    const [first] = requestIds as [number]
    const bad = (sql: string, ...params: unknown[]) => () => db.prepare(sql).run(...params)
    // Only one office profile, and it is JSON.
    expect(bad(`INSERT INTO office (id, profile, updated_at) VALUES (2, '{}', 'x')`)).toThrow(/CHECK/)
    expect(bad(`UPDATE office SET profile = 'not json'`)).toThrow(/CHECK/)
    // Status and quarter stay within their sets.
    expect(bad(`UPDATE request SET status = 'lost' WHERE id = ?`, first)).toThrow(/CHECK/)
    expect(bad(`UPDATE request SET fiscal_quarter = 5 WHERE id = ?`, first)).toThrow(/CHECK/)
    // Foreign keys are enforced: no request from someone who is not in the register.
    expect(bad(`UPDATE request SET requester_id = 999 WHERE id = ?`, first)).toThrow(/FOREIGN KEY/)
    // Attachments carry a full SHA-256 and are never empty.
    expect(bad(`INSERT INTO attachment (request_id, file_name, sha256, size_bytes, kind, added_at) VALUES (?, 'a.pdf', 'abc', 1, 'pdf', 'x')`, first)).toThrow(/CHECK/)
    expect(bad(`INSERT INTO attachment (request_id, file_name, sha256, size_bytes, kind, added_at) VALUES (?, 'a.pdf', ?, 0, 'pdf', 'x')`, first, 'a'.repeat(64))).toThrow(/CHECK/)
    // One indicator code per fiscal year.
    expect(bad(`INSERT INTO indicator (fiscal_year, code, title) VALUES (2565, 'MOIT 1', 'ซ้ำ')`)).toThrow(/UNIQUE/)
    // Renaming a category code follows into its requests.
    db.prepare(`UPDATE category SET code = '1.1.1' WHERE code = '1.1'`).run()
    expect(db.prepare('SELECT category_code AS c FROM request WHERE id = ?').get(first)).toEqual({ c: '1.1.1' })
    // Deleting a request takes its attachments, indicators and events with it.
    db.prepare('DELETE FROM request WHERE id = ?').run(first)
    for (const t of ['attachment', 'request_indicator', 'status_event']) {
      expect((db.prepare(`SELECT count(*) AS n FROM ${t} WHERE request_id = ?`).get(first) as { n: number }).n).toBe(0)
    }
  })
})
