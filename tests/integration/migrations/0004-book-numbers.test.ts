/** Migration 0004: the outgoing register of book numbers, added to a register that already holds requests. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { migrate, openDatabase, schemaVersion, type Db } from '../../../src-main/db/open-database'
import { V1_TABLES, dumpTables, insertRowsAtV1, makeTempDir, removeDir } from '../../helpers/register-fixtures'

const COLUMNS = [
  'id', 'prefix', 'year_kind', 'year', 'number', 'book_no', 'manual', 'document_kind', 'subject', 'request_ids', 'document_date', 'allocated_at', 'allocated_by'
]

describe('migration 0004 (book numbers)', () => {
  let dir: string
  let db: Db
  beforeEach(() => {
    dir = makeTempDir()
    db = openDatabase(join(dir, 'register.sqlite3'), { migrateTo: 3 })
  })
  afterEach(() => {
    db.close()
    removeDir(dir)
  })

  const insert = (row: Partial<Record<string, unknown>> = {}) =>
    db
      .prepare(
        `INSERT INTO book_number (prefix, year_kind, year, number, book_no, manual, document_kind, subject, request_ids, document_date, allocated_at, allocated_by)
         VALUES (@prefix, @year_kind, @year, @number, @book_no, @manual, @document_kind, @subject, @request_ids, @document_date, @allocated_at, @allocated_by)`
      )
      .run({
        prefix: 'นภ 0332',
        year_kind: 'fiscal',
        year: 2565,
        number: 878,
        book_no: 'นภ 0332/878',
        manual: 0,
        document_kind: 'memo-announcement',
        subject: 'ขออนุมัติประกาศกรอบแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์',
        request_ids: '[1]',
        document_date: '2021-12-24',
        allocated_at: '2021-12-24T02:00:00.000Z',
        allocated_by: 1,
        ...row
      })
  const count = () => (db.prepare('SELECT count(*) AS n FROM book_number').get() as { n: number }).n

  it('adds the book_number table and keeps every row of the earlier versions', () => {
    insertRowsAtV1(db)
    const before = dumpTables(db, V1_TABLES)
    const searchBefore = db.prepare('SELECT rowid, * FROM request_search ORDER BY rowid').all()
    expect(schemaVersion(db)).toBe(3)
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'book_number'`).get()).toBeUndefined()
    migrate(db, 4)
    expect(schemaVersion(db)).toBe(4)
    expect(dumpTables(db, V1_TABLES)).toEqual(before)
    expect(db.prepare('SELECT rowid, * FROM request_search ORDER BY rowid').all()).toEqual(searchBefore)
    expect((db.prepare('PRAGMA table_info(book_number)').all() as { name: string }[]).map((c) => c.name)).toEqual(COLUMNS)
    const objects = db.prepare(`SELECT type, name FROM sqlite_master WHERE tbl_name = 'book_number' AND name NOT LIKE 'sqlite_%' ORDER BY type, name`).all()
    expect(objects).toEqual([
      { type: 'index', name: 'book_number_by_year' },
      { type: 'index', name: 'book_number_sequence' },
      { type: 'table', name: 'book_number' },
      { type: 'trigger', name: 'book_number_no_delete' },
      { type: 'trigger', name: 'book_number_no_update' }
    ])
    expect(count()).toBe(0)
  })

  it('holds one number once per numbering year, whoever writes, and never changes or removes it', () => {
    insertRowsAtV1(db)
    migrate(db, 4)
    insert()
    // The same number in the same numbering year: refused, also for a typed (manual) number.
    expect(() => insert({ manual: 1, subject: 'อีกฉบับ' })).toThrow(/UNIQUE/)
    // The same prefix and running number under another spelling still collides through the sequence index.
    expect(() => insert({ book_no: 'นภ 0332/0878' })).toThrow(/UNIQUE/)
    // The running number restarts each year: the same text in another year is another number.
    insert({ year: 2566, document_date: '2022-10-03' })
    insert({ year_kind: 'calendar', year: 2565, document_date: '2022-01-04' })
    expect(count()).toBe(3)
    // A typed number without a running number (circular letter) is allowed only as manual.
    insert({ number: null, book_no: 'นภ 0332/ว 12', manual: 1 })
    expect(() => insert({ number: null, book_no: 'นภ 0332/ว 13', manual: 0 })).toThrow(/CHECK/)
    // Nothing issued is ever changed or removed (removing the last would free it for reuse).
    expect(() => db.prepare(`UPDATE book_number SET subject = 'แก้ไข'`).run()).toThrow(/append-only/)
    expect(() => db.prepare('DELETE FROM book_number WHERE year = 2566').run()).toThrow(/append-only/)
    expect(count()).toBe(4)
  })

  it('enforces its other constraints', () => {
    insertRowsAtV1(db)
    migrate(db, 4)
    const bad = (row: Partial<Record<string, unknown>>) => () => insert({ book_no: `นภ 0332/${Math.random()}`, number: null, manual: 1, ...row })
    expect(bad({ year_kind: 'monthly' })).toThrow(/CHECK/)
    expect(bad({ year: 2026 })).toThrow(/CHECK/)
    expect(bad({ number: 0, book_no: 'นภ 0332/0' })).toThrow(/CHECK/)
    expect(bad({ book_no: '  ' })).toThrow(/CHECK/)
    expect(bad({ manual: 2 })).toThrow(/CHECK/)
    expect(bad({ request_ids: '{"id":1}' })).toThrow(/CHECK/)
    expect(bad({ request_ids: 'not json' })).toThrow(/CHECK/)
    // Allocated by someone in the register.
    expect(bad({ allocated_by: 999 })).toThrow(/FOREIGN KEY/)
    expect(count()).toBe(0)
  })
})
