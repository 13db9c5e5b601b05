/** Migration 0002: the append-only audit log, added to a register that already holds requests. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { migrate, openDatabase, schemaVersion, type Db } from '../../../src-main/db/open-database'
import { V1_TABLES, dumpTables, insertRowsAtV1, makeTempDir, removeDir } from '../../helpers/register-fixtures'

describe('migration 0002 (audit log)', () => {
  let dir: string
  let file: string
  let db: Db
  beforeEach(() => {
    dir = makeTempDir()
    file = join(dir, 'register.sqlite3')
    db = openDatabase(file, { migrateTo: 1 })
  })
  afterEach(() => {
    db.close()
    removeDir(dir)
  })

  it('adds the audit log and keeps every row of version 1', () => {
    insertRowsAtV1(db)
    const before = dumpTables(db, V1_TABLES)
    expect(schemaVersion(db)).toBe(1)
    migrate(db, 2)
    expect(schemaVersion(db)).toBe(2)
    expect(dumpTables(db, V1_TABLES)).toEqual(before)
    const columns = (db.prepare('PRAGMA table_info(audit_log)').all() as { name: string }[]).map((c) => c.name)
    expect(columns).toEqual(['seq', 'at', 'actor_id', 'actor_name', 'action', 'entity', 'entity_id', 'detail', 'prev_hash', 'hash'])
    const triggers = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log' ORDER BY name`).all()
    expect(triggers).toEqual([{ name: 'audit_log_no_delete' }, { name: 'audit_log_no_update' }])
    // Nothing of migration 3 yet.
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'request_search'`).get()).toBeUndefined()
  })

  it('makes the log append-only: rows go in, but UPDATE and DELETE are refused', () => {
    migrate(db, 2)
    const insert = db.prepare(
      `INSERT INTO audit_log (seq, at, actor_id, actor_name, action, entity, entity_id, detail, prev_hash, hash) VALUES (1, 'x', NULL, 'ระบบ', 'a', 'e', '1', '{}', ?, ?)`
    )
    insert.run('0'.repeat(64), 'f'.repeat(64))
    expect(() => db.prepare(`UPDATE audit_log SET detail = '{"x":1}'`).run()).toThrow(/append-only/)
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/)
    expect(() => db.prepare(`INSERT INTO audit_log (seq, at, actor_name, action, entity, entity_id, detail, prev_hash, hash) VALUES (2, 'x', 'ระบบ', 'a', 'e', '1', 'not json', 'p', 'h')`).run()).toThrow(
      /CHECK/
    )
    expect((db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n).toBe(1)
  })
})
