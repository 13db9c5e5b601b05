/** Migration 0003: the trigram search index, backfilled for requests that already exist. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { migrate, openDatabase, schemaVersion, type Db } from '../../../src-main/db/open-database'
import { V1_TABLES, dumpTables, insertRowsAtV1, makeTempDir, removeDir } from '../../helpers/register-fixtures'

interface SearchRow {
  rowid: number
  title: string
  details: string
  owner_unit: string
  attachment_names: string
}

describe('migration 0003 (search index)', () => {
  let dir: string
  let db: Db
  beforeEach(() => {
    dir = makeTempDir()
    db = openDatabase(join(dir, 'register.sqlite3'), { migrateTo: 2 })
  })
  afterEach(() => {
    db.close()
    removeDir(dir)
  })

  const index = () => db.prepare('SELECT rowid, * FROM request_search ORDER BY rowid').all() as SearchRow[]
  const match = (q: string) => (db.prepare('SELECT rowid AS id FROM request_search WHERE request_search MATCH ? ORDER BY rowid').all(q) as { id: number }[]).map((r) => r.id)

  it('backfills one index row per existing request, attachment names included, and keeps the old rows', () => {
    const { requestIds, attachmentNames } = insertRowsAtV1(db)
    const before = dumpTables(db, V1_TABLES)
    expect(schemaVersion(db)).toBe(2)
    migrate(db, 3)
    expect(schemaVersion(db)).toBe(3)
    expect(dumpTables(db, V1_TABLES)).toEqual(before)
    const [first, second] = requestIds as [number, number]
    const rows = index()
    expect(rows.map((r) => r.rowid)).toEqual([first, second])
    expect(rows[0]).toMatchObject({
      title: 'ประกาศกรอบแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ ปีงบประมาณ ๒๕๖๕',
      owner_unit: 'งานข้อมูลและสารสนเทศ',
      attachment_names: attachmentNames.join(' / ')
    })
    expect(rows[1]?.attachment_names).toBe('')
    // Thai substrings of backfilled rows are found through the trigram index.
    expect(match('"จัดซื้อ"')).toEqual([second])
    expect(match('"แบบฟอร์มขอ"')).toEqual([first])
    expect(match('"บริหารทั่ว"')).toEqual([second])
  })

  it('keeps the index in step afterwards through its triggers', () => {
    const { requestIds } = insertRowsAtV1(db)
    migrate(db, 3)
    const [first, second] = requestIds as [number, number]
    db.prepare(`UPDATE request SET title = 'ประกาศผลการจ้างเหมาบริการทำความสะอาด' WHERE id = ?`).run(second)
    expect(match('"จัดซื้อ"')).toEqual([])
    expect(match('"จ้างเหมา"')).toEqual([second])
    db.prepare(`DELETE FROM attachment WHERE request_id = ? AND file_name LIKE 'แบบฟอร์ม%'`).run(first)
    expect(match('"แบบฟอร์มขอ"')).toEqual([])
    expect(index()[0]?.attachment_names).toBe('กรอบแนวทางการเผยแพร่ข้อมูล ๒๕๖๕.pdf')
    db.prepare('DELETE FROM request WHERE id = ?').run(second)
    expect(index().map((r) => r.rowid)).toEqual([first])
  })
})
