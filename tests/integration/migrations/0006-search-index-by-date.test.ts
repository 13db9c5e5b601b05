/**
 * Migration 0006: the search index keyed by request date, without a copy of the text, the list's
 * indexes reshaped — and the statistics floor that keeps FTS5's own deletes seeking.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { RequestCreateInput, RequestQuery } from '@shared/domain/schemas'
import { migrate, openDatabase, schemaVersion, type Db } from '../../../src-main/db/open-database'
import {
  V1_TABLES,
  attachment,
  dumpTables,
  insertRowsAtV1,
  makeTempDir,
  openFixture,
  pdfBytes,
  removeDir,
  requestInput,
  updateInputFrom,
  type RegisterFixture
} from '../../helpers/register-fixtures'

const KEY_ID = 4294967295
const dayOf = (db: Db, iso: string) => (db.prepare('SELECT CAST(julianday(?) AS INTEGER) AS d').get(iso) as { d: number }).d

describe('migration 0006 (search index by date)', () => {
  let dir: string
  let db: Db
  beforeEach(() => {
    dir = makeTempDir()
    db = openDatabase(join(dir, 'register.sqlite3'), { migrateTo: 5 })
  })
  afterEach(() => {
    db.close()
    removeDir(dir)
  })

  const match = (q: string) =>
    (db.prepare(`SELECT rowid & ${KEY_ID} AS id FROM request_search WHERE request_search MATCH ? ORDER BY rowid`).all(q) as { id: number }[]).map((r) => r.id)
  // Every row of the index: each title holds "ประกาศ" and each details "ตามเอกสาร" here.
  const keys = () =>
    (db.prepare(`SELECT rowid AS key FROM request_search WHERE request_search MATCH '"ประกาศ" OR "ตามเอกสาร"' ORDER BY rowid`).all() as { key: number }[]).map((r) => r.key)

  it('indexes the existing requests and attachment names under their search keys, and keeps every row', () => {
    const { requestIds, attachmentNames } = insertRowsAtV1(db)
    const before = dumpTables(db, V1_TABLES)
    migrate(db, 6)
    expect(schemaVersion(db)).toBe(6)
    expect(dumpTables(db, V1_TABLES)).toEqual(before)
    const [first, second] = requestIds as [number, number]
    // The search key: the day of the request date in the high bits, the id in the low 32.
    expect(keys()).toEqual([dayOf(db, '2021-12-24') * 2 ** 32 + first, dayOf(db, '2021-12-28') * 2 ** 32 + second])
    expect(match('"จัดซื้อ"')).toEqual([second])
    expect(match('"บริหารทั่ว"')).toEqual([second])
    expect(match('"แบบฟอร์มขอ"')).toEqual([first])
    expect(match(`"${attachmentNames[0]?.slice(0, 8) ?? ''}"`)).toEqual([first])
    // Terms in different fields of one request: the title and a file name.
    expect(match('"กรอบแนวทาง" AND "แบบฟอร์มขอ"')).toEqual([first])
    // The text lives in request and attachment only: the indexes keep no copy of it.
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name LIKE '%search_content'").all()).toEqual([])
  })

  it('keeps the index in step through its triggers', () => {
    const { requestIds } = insertRowsAtV1(db)
    migrate(db, 6)
    const [first, second] = requestIds as [number, number]
    db.prepare(`UPDATE request SET title = 'ประกาศผลการจ้างเหมาบริการทำความสะอาด' WHERE id = ?`).run(second)
    expect(match('"จัดซื้อ"')).toEqual([])
    expect(match('"จ้างเหมา"')).toEqual([second])
    // A new date moves the request's row to its new key, file names and all.
    db.prepare(`UPDATE request SET request_date = '2022-01-05' WHERE id = ?`).run(first)
    const newKey = dayOf(db, '2022-01-05') * 2 ** 32 + first
    expect(keys()).toEqual([dayOf(db, '2021-12-28') * 2 ** 32 + second, newKey])
    expect(match('"แบบฟอร์มขอ"')).toEqual([first])
    // Adding, moving and removing files re-indexes the names.
    const add = db.prepare(`INSERT INTO attachment (request_id, file_name, sha256, size_bytes, kind, added_at) VALUES (?, ?, ?, 1000, 'pdf', '2022-01-05T03:00:00.000Z')`)
    const quote = Number(add.run(second, 'ใบเสนอราคา_ร้านสะอาดดี.pdf', 'a'.repeat(64)).lastInsertRowid)
    expect(match('"ใบเสนอราคา"')).toEqual([second])
    db.prepare('UPDATE attachment SET request_id = ? WHERE id = ?').run(first, quote)
    expect(match('"ใบเสนอราคา"')).toEqual([first])
    db.prepare(`DELETE FROM attachment WHERE request_id = ? AND file_name LIKE 'แบบฟอร์ม%'`).run(first)
    expect(match('"แบบฟอร์มขอ"')).toEqual([])
    expect(match('"กรอบแนวทาง"')).toEqual([first])
    expect(match('"ใบเสนอราคา"')).toEqual([first])
    // Removing a request (its files go with it) removes its row.
    db.prepare('DELETE FROM request WHERE id = ?').run(first)
    expect(keys()).toEqual([dayOf(db, '2021-12-28') * 2 ** 32 + second])
    expect(match('"กรอบแนวทาง"')).toEqual([])
    db.exec("INSERT INTO request_search (request_search) VALUES ('integrity-check')")
  })

  it('reshapes the list indexes: filters with the date next, a title order, and every filter by id', () => {
    insertRowsAtV1(db)
    migrate(db, 6)
    const columns = (index: string) => (db.prepare(`SELECT name FROM pragma_index_info(?) ORDER BY seqno`).all(index) as { name: string }[]).map((c) => c.name)
    expect(columns('request_by_filters')).toEqual(['fiscal_year', 'status', 'category_code', 'request_date', 'fiscal_quarter', 'requester_id', 'publish_until', 'updated_at'])
    expect(columns('request_by_filters_title')).toEqual(['fiscal_year', 'status', 'category_code', 'title'])
    expect(columns('request_list_keys')[0]).toBe('id')
    for (const gone of ['request_by_fy_quarter', 'request_by_category', 'request_by_requester']) {
      expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = ?").get(gone)).toBeUndefined()
    }
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join(' | ')
    expect(plan("SELECT id FROM request r WHERE fiscal_year = 2569 AND status = 'published' AND category_code = '1.8' ORDER BY request_date DESC, id DESC LIMIT 50")).not.toMatch(/TEMP B-TREE/)
    expect(plan("SELECT id FROM request r WHERE fiscal_year = 2569 AND status = 'published' AND category_code = '1.8' ORDER BY title, id LIMIT 50")).toMatch(/COVERING INDEX request_by_filters_title/)
  })
})

describe('statistics of the search indexes', () => {
  let dir: string
  afterEach(() => removeDir(dir))

  it('never record a row count so small that FTS5 deletes would scan the index instead of seeking', () => {
    dir = makeTempDir()
    const file = join(dir, 'register.sqlite3')
    // A new register: `PRAGMA optimize` at open analyses the nearly empty index tables.
    for (let open = 0; open < 2; open++) {
      const db = openDatabase(file)
      const stats = db.prepare("SELECT tbl, CAST(stat AS INTEGER) AS rows FROM sqlite_stat1 WHERE tbl LIKE '%search_data'").all()
      expect(stats).toEqual([{ tbl: 'request_search_data', rows: 1000 }])
      const plan = db.prepare('EXPLAIN QUERY PLAN SELECT * FROM request_search_data WHERE id >= ? AND id <= ?').all(1, 2) as { detail: string }[]
      expect(plan.map((p) => p.detail).join()).toMatch(/SEARCH .* USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)/)
      db.close()
    }
  })
})

describe('searching through the date-keyed indexes (request-query.ts)', () => {
  let f: RegisterFixture
  const ids: Record<string, number> = {}
  const name = (id: number) => Object.keys(ids).find((k) => ids[k] === id) ?? `#${id}`
  const find = (q: RequestQuery) => {
    const page = f.services.requests.query(q)
    return { total: page.total, rows: page.rows.map((r) => name(r.id)) }
  }

  beforeAll(() => {
    f = openFixture()
    const add = (key: string, fields: Partial<RequestCreateInput>) => {
      ids[key] = f.services.requests.create(requestInput(f, { newAttachments: [], externalLink: 'https://sso.example/doc', ...fields })).id
    }
    add('plan68', { title: 'แผนปฏิบัติการจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๘', requestDate: '2024-10-15', categoryCode: '1.8' })
    add('plan69', { title: 'แผนปฏิบัติการจัดซื้อจัดจ้าง ปีงบประมาณ ๒๕๖๙', requestDate: '2025-10-03', categoryCode: '1.8' })
    // Filed in September for the coming fiscal year: FY 2569, quarter 1, dated in FY 2568.
    add('early69', { title: 'ประกาศแผนจัดซื้อล่วงหน้า', requestDate: '2025-09-20', fiscalYear: 2569, categoryCode: '1.8' })
    add('result', {
      title: 'ผลการจัดซื้อวัสดุสำนักงาน',
      requestDate: '2026-01-10',
      newAttachments: [attachment('สรุปผลการจัดซื้อ มกราคม.pdf', pdfBytes('r'))]
    })
    add('scan', { title: 'ภาพกิจกรรมรณรงค์', requestDate: '2026-01-12', newAttachments: [attachment('ไข้เลือดออก_scan01.pdf', pdfBytes('s'))] })
    add('fever', { title: 'ไข้เลือดออก รณรงค์ป้องกัน', requestDate: '2026-01-11' })
  })
  afterAll(() => f.cleanup())

  it('counts a term found in both the texts and the file names once per request, newest first', () => {
    expect(find({ search: 'จัดซื้อ' })).toEqual({ total: 4, rows: ['result', 'plan69', 'early69', 'plan68'] })
    expect(find({ search: 'จัดซื้อ', sortDir: 'asc', limit: 2 })).toEqual({ total: 4, rows: ['plan68', 'early69'] })
    expect(find({ search: 'จัดซื้อ', offset: 3 })).toEqual({ total: 4, rows: ['plan68'] })
    expect(find({ search: 'จัดซื้อ', offset: 10 })).toEqual({ total: 4, rows: [] })
  })

  it('bounds a search by dates exactly, and by a fiscal year including the requests filed early for it', () => {
    expect(find({ search: 'จัดซื้อ', dateFrom: '2025-09-20', dateTo: '2025-10-03' })).toEqual({ total: 2, rows: ['plan69', 'early69'] })
    expect(find({ search: 'จัดซื้อ', fiscalYear: 2569 })).toEqual({ total: 3, rows: ['result', 'plan69', 'early69'] })
    expect(find({ search: 'จัดซื้อ', fiscalYear: 2569, quarter: 1 })).toEqual({ total: 2, rows: ['plan69', 'early69'] })
    expect(find({ search: 'จัดซื้อ', fiscalYear: 2568 })).toEqual({ total: 1, rows: ['plan68'] })
    expect(find({ search: 'จัดซื้อ', fiscalYear: 2569, offset: 5 })).toEqual({ total: 3, rows: [] })
  })

  it('matches several terms spread over the texts and the file names', () => {
    // "ไข้เลือด" is only in scan's file name, "รณรงค์" in its title; fever has both in its title.
    expect(find({ search: 'ไข้เลือด รณรงค์' })).toEqual({ total: 2, rows: ['scan', 'fever'] })
    expect(find({ search: 'scan01 กิจกรรม รณรงค์' })).toEqual({ total: 1, rows: ['scan'] })
    expect(find({ search: 'SCAN01 กิจกรรม รณรงค์ ภาพ' })).toEqual({ total: 1, rows: ['scan'] })
    expect(find({ search: 'ไข้เลือด รณรงค์ ป้องกัน ออก' })).toEqual({ total: 1, rows: ['fever'] })
  })

  it('sorts search results by other fields, with filters, and counts a page past the end', () => {
    // Titles sort by code point: ป (ประกาศ) < ผ (ผล) < แ (แผน).
    expect(find({ search: 'จัดซื้อ', sortBy: 'title', sortDir: 'asc' }).rows).toEqual(['early69', 'result', 'plan68', 'plan69'])
    expect(find({ search: 'จัดซื้อ', categoryCode: '1.8', sortBy: 'title', sortDir: 'desc' })).toEqual({ total: 3, rows: ['plan69', 'plan68', 'early69'] })
    expect(find({ search: 'จัดซื้อ', categoryCode: '1.8', offset: 3 })).toEqual({ total: 3, rows: [] })
    expect(find({ search: 'จัดซื้อ', statuses: ['published'] })).toEqual({ total: 0, rows: [] })
    expect(find({ search: 'จัดซื้อ', sortBy: 'id', sortDir: 'asc' }).rows).toEqual(['plan68', 'plan69', 'early69', 'result'])
  })

  it('follows edits: a new date moves the request in the search order', () => {
    const d = f.services.requests.get(ids.plan68 ?? 0)
    f.services.requests.update(updateInputFrom(d, f.ids.assistant, { requestDate: '2026-02-01', fiscalYear: 2569, publishUntil: null }))
    expect(find({ search: 'จัดซื้อ' }).rows).toEqual(['plan68', 'result', 'plan69', 'early69'])
    expect(find({ search: 'จัดซื้อ', fiscalYear: 2568 })).toEqual({ total: 0, rows: [] })
  })
})
