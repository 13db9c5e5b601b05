/** Migration 0005: the list's filter index, added to a register that already holds requests. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { migrate, openDatabase, schemaVersion, type Db } from '../../../src-main/db/open-database'
import { V1_TABLES, dumpTables, insertRowsAtV1, makeTempDir, removeDir } from '../../helpers/register-fixtures'

describe('migration 0005 (list indexes)', () => {
  let dir: string
  let db: Db
  beforeEach(() => {
    dir = makeTempDir()
    db = openDatabase(join(dir, 'register.sqlite3'), { migrateTo: 4 })
  })
  afterEach(() => {
    db.close()
    removeDir(dir)
  })

  it('adds the filter index, gathers statistics and keeps every row', () => {
    insertRowsAtV1(db)
    const before = dumpTables(db, V1_TABLES)
    migrate(db, 5)
    expect(schemaVersion(db)).toBe(5)
    const columns = db.prepare("SELECT name FROM pragma_index_info('request_by_filters') ORDER BY seqno").all() as { name: string }[]
    expect(columns.map((c) => c.name)).toEqual([
      'fiscal_year', 'status', 'category_code', 'fiscal_quarter', 'requester_id', 'request_date', 'publish_until', 'updated_at'
    ])
    const stats = db.prepare("SELECT count(*) AS n FROM sqlite_stat1 WHERE tbl = 'request'").get() as { n: number }
    expect(stats.n).toBeGreaterThan(0)
    expect(dumpTables(db, V1_TABLES)).toEqual(before)
  })

  it('lets a filtered count read the index alone', () => {
    insertRowsAtV1(db)
    migrate(db, 5)
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT count(*) FROM request r WHERE r.fiscal_year = 2569 AND r.status = 'published' AND r.category_code = '1.8'")
      .all() as { detail: string }[]
    expect(plan.map((p) => p.detail).join(' | ')).toMatch(/COVERING INDEX request_by_filters/)
  })
})
