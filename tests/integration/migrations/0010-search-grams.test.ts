/**
 * Migration 0010: the search index rebuilt on strided grams (src-main/db/search-grams.ts), its
 * facets spelt as plain words, the triggers calling the app's SQL functions.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { migrate, openDatabase, schemaVersion, type Db } from '../../../src-main/db/open-database'
import { gramPhrase, searchWord } from '../../../src-main/db/search-grams'
import { V1_TABLES, dumpTables, insertRowsAtV1, makeTempDir, removeDir } from '../../helpers/register-fixtures'

const KEY_ID = 4294967295

describe('migration 0010 (search grams)', () => {
  let dir: string
  let file: string
  let db: Db
  beforeEach(() => {
    dir = makeTempDir()
    file = join(dir, 'register.sqlite3')
    db = openDatabase(file, { migrateTo: 9 })
  })
  afterEach(() => {
    db.close()
    removeDir(dir)
  })

  const match = (q: string) =>
    (db.prepare(`SELECT rowid & ${KEY_ID} AS id FROM request_search WHERE request_search MATCH ? ORDER BY 1`).all(q) as { id: number }[]).map((r) => r.id)
  /** The requests LIKE finds `term` in (title, details, owning unit or one file name), in id order. */
  const like = (term: string) =>
    (
      db
        .prepare(
          `SELECT id FROM request r WHERE r.title LIKE @p OR r.details LIKE @p OR r.owner_unit LIKE @p
             OR EXISTS (SELECT 1 FROM attachment a WHERE a.request_id = r.id AND a.file_name LIKE @p) ORDER BY id`
        )
        .all({ p: `%${term}%` }) as { id: number }[]
    ).map((r) => r.id)
  const expectLikeLike = (terms: readonly string[]) => {
    for (const term of terms) expect(match(gramPhrase(term)), term).toEqual(like(term))
  }
  const segments = () => (db.prepare('SELECT count(DISTINCT segid) AS n FROM request_search_idx').get() as { n: number }).n

  it('rebuilds the index of the requests already there: every row kept, every term found as LIKE finds it, one b-tree', () => {
    const { requestIds, attachmentNames } = insertRowsAtV1(db)
    const [first, second] = requestIds as [number, number]
    const before = dumpTables(db, V1_TABLES)
    migrate(db, 10)
    expect(schemaVersion(db)).toBe(10)
    expect(dumpTables(db, V1_TABLES)).toEqual(before)
    expect(match(gramPhrase('จัดซื้อ'))).toEqual([second])
    expect(match(gramPhrase(attachmentNames[1]?.slice(0, 8) ?? ''))).toEqual([first])
    const terms = ['จัดซื้อ', 'ประกาศ', 'กรอบแนวทาง', 'แบบฟอร์มขอ', 'การ', 'ารเผยแ', 'PDF', '.pdf', 'นักวิชาการ', ...attachmentNames.map((n) => n.slice(2, 9))]
    expectLikeLike(terms)
    expect(segments()).toBe(1)
    db.exec("INSERT INTO request_search (request_search) VALUES ('integrity-check')")
  })

  it('spells the facets as plain words: status, year, quarter and requester as they are, the category through search_word', () => {
    insertRowsAtV1(db)
    migrate(db, 10)
    const rows = db.prepare('SELECT id, status, fiscal_year, fiscal_quarter, requester_id, category_code FROM request ORDER BY id').all() as {
      id: number
      status: string
      fiscal_year: number
      fiscal_quarter: number
      requester_id: number
      category_code: string
    }[]
    for (const r of rows) {
      const q = `f_status : "${r.status}" AND f_year : "${r.fiscal_year}" AND f_quarter : "${r.fiscal_quarter}" AND f_requester : "${r.requester_id}" AND f_category : "${searchWord(r.category_code)}"`
      expect(match(q)).toContain(r.id)
    }
    // A facet word in a text column is not that facet, and a text is not a facet.
    expect(match('g0 : "published"')).toEqual([])
    expect(match(`f_year : "${(rows[0]?.fiscal_year ?? 0) + 1}"`)).toEqual([])
  })

  it('keeps the index in step with LIKE through every kind of write', () => {
    const { requestIds } = insertRowsAtV1(db)
    migrate(db, 10)
    const [first, second] = requestIds as [number, number]
    const terms = ['ใบเสนอราคา', 'ผู้ผ่านการ', 'จัดซื้อ', 'ประกาศ', 'pdf', 'ราคา.p', 'ารคัดเลือ']
    const write = (sql: string, ...args: unknown[]) => {
      db.prepare(sql).run(...args)
      expectLikeLike(terms)
    }
    write("UPDATE request SET title = 'ประกาศรายชื่อผู้ผ่านการคัดเลือก', request_date = '2022-01-05' WHERE id = ?", first)
    write(`INSERT INTO attachment (request_id, file_name, sha256, size_bytes, kind, added_at) VALUES (?, 'ใบเสนอราคา.pdf', ?, 1000, 'pdf', '2022-01-05T03:00:00.000Z')`, second, 'c'.repeat(64))
    write("UPDATE attachment SET file_name = 'ใบเสนอ ราคา.PDF' WHERE request_id = ? AND sha256 = ?", second, 'c'.repeat(64))
    write('UPDATE attachment SET request_id = ? WHERE request_id = ?', first, second)
    write('DELETE FROM attachment WHERE request_id = ?', first)
    write("UPDATE request SET details = 'จัดซื้อวัสดุ' || details WHERE id = ?", second)
    write('DELETE FROM request_indicator WHERE request_id = ?', second)
    write('DELETE FROM status_event WHERE request_id = ?', second)
    write('DELETE FROM request WHERE id = ?', second)
    expect(match(gramPhrase('จัดซื้อ'))).toEqual([])
  })

  it('lets no phrase run from one file name into the next, as LIKE over each name would not', () => {
    const { requestIds } = insertRowsAtV1(db)
    migrate(db, 10)
    const [first] = requestIds as [number]
    const add = db.prepare(`INSERT INTO attachment (request_id, file_name, sha256, size_bytes, kind, added_at) VALUES (?, ?, ?, 1000, 'pdf', '2022-01-05T03:00:00.000Z')`)
    add.run(first, 'ขอบเขตงาน', 'd'.repeat(64))
    add.run(first, 'ราคากลาง', 'e'.repeat(64))
    // The last 3-character gram of the first name's third alignment ("ตงา") and the first of the
    // second name ("ราค") would make "ตงาราค" without the separator between them.
    expect(match(gramPhrase('ตงาราค'))).toEqual([])
    expect(like('ตงาราค')).toEqual([])
    expect(match(gramPhrase('ขอบเขตงาน'))).toEqual([first])
    expect(match(gramPhrase('ราคากลาง'))).toEqual([first])
  })

  it('refuses a write from a connection without the app’s functions, and changes nothing', () => {
    insertRowsAtV1(db)
    migrate(db, 10)
    const before = dumpTables(db, V1_TABLES)
    const bare = new Database(file)
    try {
      expect(() => bare.prepare("UPDATE request SET title = 'แก้จากภายนอก'").run()).toThrow(/no such function: search_grams/)
    } finally {
      bare.close()
    }
    expect(dumpTables(db, V1_TABLES)).toEqual(before)
  })
})
