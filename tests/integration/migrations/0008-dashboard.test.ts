/** Migration 0008: the dashboard's status counts (kept by triggers) and its two indexes. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { migrate, openDatabase, schemaVersion, type Db } from '../../../src-main/db/open-database'
import { DASHBOARD_QUERIES } from '../../../src-main/services/dashboard/dashboard-service'
import { V1_TABLES, dumpTables, insertRowsAtV1, makeTempDir, removeDir } from '../../helpers/register-fixtures'

describe('migration 0008 (dashboard)', () => {
  let dir: string
  let db: Db
  beforeEach(() => {
    dir = makeTempDir()
    db = openDatabase(join(dir, 'register.sqlite3'), { migrateTo: 7 })
  })
  afterEach(() => {
    db.close()
    removeDir(dir)
  })

  const counts = () =>
    Object.fromEntries((db.prepare('SELECT status, n FROM request_status_count WHERE n > 0 ORDER BY status').all() as { status: string; n: number }[]).map((r) => [r.status, r.n]))
  const truth = () =>
    Object.fromEntries((db.prepare('SELECT status, count(*) AS n FROM request GROUP BY status ORDER BY status').all() as { status: string; n: number }[]).map((r) => [r.status, r.n]))

  it('counts the requests already in the register, keeps every row, and adds the indexes', () => {
    insertRowsAtV1(db)
    const before = dumpTables(db, V1_TABLES)
    migrate(db, 8)
    expect(schemaVersion(db)).toBe(8)
    expect(counts()).toEqual(truth())
    expect(Object.keys(truth()).length).toBeGreaterThan(0)
    expect((db.prepare('SELECT count(*) AS n FROM request_status_count').get() as { n: number }).n).toBe(6)
    const columns = (index: string) => (db.prepare(`SELECT name FROM pragma_index_info('${index}') ORDER BY seqno`).all() as { name: string }[]).map((c) => c.name)
    expect(columns('request_published_until')).toEqual(['publish_until'])
    expect(columns('request_by_status_updated')).toEqual(['status', 'updated_at'])
    expect(dumpTables(db, V1_TABLES)).toEqual(before)
  })

  it('keeps the counts through inserts, status moves, other updates and deletes', () => {
    const { requestIds } = insertRowsAtV1(db)
    migrate(db, 8)
    const [first, second] = requestIds as [number, number]
    db.prepare("UPDATE request SET status = 'published' WHERE id = ?").run(first)
    db.prepare("UPDATE request SET title = title || ' (แก้)' WHERE id = ?").run(second)
    db.prepare("UPDATE request SET status = status WHERE id = ?").run(second)
    db.prepare(
      `INSERT INTO request (owner_unit, request_date, title, requester_id, category_code, fiscal_year, fiscal_quarter, status, created_at, updated_at)
       SELECT owner_unit, request_date, 'สำเนา', requester_id, category_code, fiscal_year, fiscal_quarter, 'draft', created_at, updated_at FROM request WHERE id = ?`
    ).run(first)
    expect(counts()).toEqual(truth())
    db.prepare('DELETE FROM request WHERE id = ?').run(second)
    expect(counts()).toEqual(truth())
    // A rolled-back change leaves the counts as they were.
    const rollback = db.transaction(() => {
      db.prepare("UPDATE request SET status = 'withdrawn'").run()
      throw new Error('undo')
    })
    expect(() => rollback()).toThrow('undo')
    expect(counts()).toEqual(truth())
  })

  it('lets the take-down figures and the waiting list read their indexes', () => {
    insertRowsAtV1(db)
    migrate(db, 8)
    const plan = (sql: string, params: Record<string, unknown>) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((p) => p.detail).join(' | ')
    const p = { today: '2026-01-15', dueBy: '2026-02-14', limit: 20 }
    expect(plan(DASHBOARD_QUERIES.takeDownCount, { today: p.today, dueBy: p.dueBy })).toMatch(/COVERING INDEX request_published_until \(publish_until<\?\)/)
    expect(plan(DASHBOARD_QUERIES.takeDown, { dueBy: p.dueBy, limit: p.limit })).toMatch(/INDEX request_published_until/)
    // In the index's order already: the first page is read, not every due request sorted.
    expect(plan(DASHBOARD_QUERIES.takeDown, { dueBy: p.dueBy, limit: p.limit })).not.toMatch(/TEMP B-TREE/)
    expect(plan(DASHBOARD_QUERIES.waiting, { limit: p.limit })).toMatch(/COVERING INDEX request_by_status_updated \(status=\?\)/)
    expect(plan(DASHBOARD_QUERIES.counts, {})).toMatch(/request_status_count/)
  })
})
