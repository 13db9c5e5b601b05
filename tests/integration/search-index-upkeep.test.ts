/** Merging the search index's b-trees at the app's start (search-index-upkeep.ts). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { openDatabase, type Db } from '../../src-main/db/open-database'
import { gramPhrase } from '../../src-main/db/search-grams'
import { openAppServices } from '../../src-main/services/app-services'
import { compactSearchIndex, needsCompaction, searchIndexShape } from '../../src-main/services/requests/search-index-upkeep'
import { insertRowsAtV1, makeTempDir, removeDir } from '../helpers/register-fixtures'

const KEY_ID = 4294967295
const SUBJECTS = ['แผนปฏิบัติการจัดซื้อจัดจ้าง', 'ประกาศผู้ชนะการเสนอราคา', 'คู่มือการจัดการเรื่องร้องเรียน', 'รายงานการกำกับติดตามการใช้จ่ายงบประมาณ']

describe('search index upkeep', () => {
  let dir: string
  let file: string
  let db: Db
  beforeEach(() => {
    dir = makeTempDir()
    file = join(dir, 'register.sqlite3')
    db = openDatabase(file)
    insertRowsAtV1(db)
    // FTS5 would merge some of the small b-trees as they come; here every commit's stays.
    db.exec("INSERT INTO request_search (request_search, rank) VALUES ('automerge', 0)")
    db.exec("INSERT INTO request_search (request_search, rank) VALUES ('crisismerge', 60)")
  })
  afterEach(() => {
    if (db.open) db.close()
    removeDir(dir)
  })

  /**
   * `batches` commits of `perBatch` requests with long texts, dated in the order they are added:
   * one more b-tree each (FTS5 also starts a new one whenever a row comes before the last).
   */
  const fragment = (batches: number, perBatch = 40) => {
    const insert = db.prepare(
      `INSERT INTO request (owner_unit, request_date, title, details, requester_id, category_code, fiscal_year, fiscal_quarter, status, created_at, updated_at)
       SELECT 'งานบริหารทั่วไป', ?, ?, ?, requester_id, '1.8', 2569, 1, 'draft', created_at, updated_at FROM request LIMIT 1`
    )
    for (let b = 0; b < batches; b++) {
      db.transaction(() => {
        for (let i = 0; i < perBatch; i++) {
          const n = b * perBatch + i
          const subject = SUBJECTS[n % SUBJECTS.length] ?? ''
          insert.run(new Date(Date.UTC(2025, 9, 1 + n)).toISOString().slice(0, 10), `${subject} ครั้งที่ ${n}`, `${subject} รายละเอียด ${n} `.repeat(12))
        }
      })()
    }
  }
  const found = () =>
    SUBJECTS.map((s) => (db.prepare(`SELECT rowid & ${KEY_ID} AS id FROM request_search WHERE request_search MATCH ? ORDER BY rowid`).all(gramPhrase(s.slice(3, 12))) as { id: number }[]).map((r) => r.id))

  it('merges a scattered index into one b-tree, finding the same requests, and leaves a merged one alone', () => {
    fragment(12)
    const before = searchIndexShape(db)
    expect(before.segments).toBeGreaterThanOrEqual(12)
    expect(needsCompaction(before)).toBe(true)
    const matches = found()
    expect(matches.every((ids) => ids.length >= 100)).toBe(true)
    const result = compactSearchIndex(db)
    expect(result).toMatchObject({ before, done: true })
    expect(result?.after.segments).toBe(1)
    expect(found()).toEqual(matches)
    db.exec("INSERT INTO request_search (request_search) VALUES ('integrity-check')")
    expect(compactSearchIndex(db)).toBeNull()
  })

  it('leaves alone an index that is small, or mostly one b-tree', () => {
    fragment(1, 6)
    fragment(1, 6)
    expect(searchIndexShape(db).segments).toBeGreaterThan(1)
    expect(compactSearchIndex(db)).toBeNull()
    expect(needsCompaction({ segments: 5, pages: 10_000, largest: 8_000 })).toBe(false)
    expect(needsCompaction({ segments: 5, pages: 10_000, largest: 7_400 })).toBe(true)
    expect(needsCompaction({ segments: 1, pages: 10_000, largest: 10_000 })).toBe(false)
    expect(needsCompaction({ segments: 3, pages: 40, largest: 10 })).toBe(false)
  })

  it('stops when its time is up and finishes at a later call', () => {
    fragment(12)
    const shape = searchIndexShape(db)
    // A clock that jumps a second after the first step: one step, then the budget is spent.
    let t = 0
    const clock = () => {
      const now = t
      t += 500
      return now
    }
    const first = compactSearchIndex(db, 900, clock)
    expect(first).toMatchObject({ before: shape, steps: 1, done: false })
    const second = compactSearchIndex(db)
    if (second !== null) expect(second).toMatchObject({ done: true, after: { segments: 1 } })
    expect(searchIndexShape(db).segments).toBe(1)
  })

  it('runs when the app opens the register', () => {
    fragment(12)
    const matches = found()
    db.close()
    const services = openAppServices({ dataDir: dir })
    try {
      expect(searchIndexShape(services.db).segments).toBe(1)
      db = services.db
      expect(found()).toEqual(matches)
    } finally {
      services.close()
    }
    expect(file).toBe(services.paths.database)
  })
})
