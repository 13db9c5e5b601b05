/**
 * Migration 0009: the search index's facet columns (status, fiscal year, category, quarter,
 * requester) kept by its triggers, the index merged into one b-tree, and the title index.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { RequestStatus } from '@shared/domain/request-status'
import { migrate, openDatabase, schemaVersion, type Db } from '../../../src-main/db/open-database'
import { V1_TABLES, dumpTables, insertRowsAtV1, makeTempDir, removeDir } from '../../helpers/register-fixtures'

const KEY_ID = 4294967295

// Migration 0009's facet tokens, as request-query.ts spelt them until migration 0010 replaced the
// index: a kind, then a value in two characters, all from the private-use area. Kept here because
// the test holds 0009 to its own format, which the code no longer speaks.
const FACET_COLUMNS = ['f_status', 'f_year', 'f_category', 'f_quarter', 'f_requester'] as const
const FACET = { status: 0, year: 1, category: 2, quarter: 3, requester: 4 } as const
const STATUS_FACET_VALUES: Record<RequestStatus, number> = { draft: 1, submitted: 2, approved: 3, rejected: 4, published: 5, withdrawn: 6 }

function facetToken(kind: number, value: number): string | null {
  if (!Number.isInteger(value) || value < 0 || value > 65535) return null
  return String.fromCharCode(0xe000 + kind, 0xe100 + (value >> 8), 0xe100 + (value & 255))
}

function categoryFacetValue(code: string): number | null {
  const m = /^(\d+)\.(\d+)$/.exec(code)
  if (!m) return null
  const whole = (part: string) => (String(Number(part)) === part && Number(part) <= 255 ? Number(part) : null)
  const a = whole(m[1] ?? '')
  const b = whole(m[2] ?? '')
  return a === null || b === null ? null : a * 256 + b
}

interface FacetRow {
  key: number
  status: RequestStatus
  fiscal_year: number
  category_code: string
  fiscal_quarter: number
  requester_id: number
}

/** The facet tokens request-query.ts would look for, by column; a value it cannot spell has none. */
function expectedFacets(r: FacetRow): Record<string, string> {
  const category = categoryFacetValue(r.category_code)
  const tokens: [string, string | null][] = [
    ['f_status', facetToken(FACET.status, STATUS_FACET_VALUES[r.status])],
    ['f_year', facetToken(FACET.year, r.fiscal_year)],
    ['f_category', category === null ? null : facetToken(FACET.category, category)],
    ['f_quarter', facetToken(FACET.quarter, r.fiscal_quarter)],
    ['f_requester', facetToken(FACET.requester, r.requester_id)]
  ]
  return Object.fromEntries(tokens.filter((t): t is [string, string] => t[1] !== null))
}

describe('migration 0009 (search facets)', () => {
  let dir: string
  let db: Db
  beforeEach(() => {
    dir = makeTempDir()
    db = openDatabase(join(dir, 'register.sqlite3'), { migrateTo: 8 })
  })
  afterEach(() => {
    db.close()
    removeDir(dir)
  })

  const match = (q: string) =>
    (db.prepare(`SELECT rowid & ${KEY_ID} AS id FROM request_search WHERE request_search MATCH ? ORDER BY rowid`).all(q) as { id: number }[]).map((r) => r.id)
  const rows = () =>
    db
      .prepare(
        `SELECT CAST(julianday(request_date) AS INTEGER) * 4294967296 + id AS key, status, fiscal_year, category_code, fiscal_quarter, requester_id
         FROM request ORDER BY id`
      )
      .all() as FacetRow[]
  /** What the index holds in its facet columns, per search key, read back through fts5vocab. */
  const indexedFacets = () => {
    db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms USING fts5vocab(main, request_search, instance)')
    const held = new Map<number, Record<string, string>>()
    const terms = db.prepare(`SELECT doc, col, term FROM temp.search_terms WHERE term >= char(57344) AND term < char(58112)`).all() as {
      doc: number
      col: string
      term: string
    }[]
    for (const t of terms) {
      const facets = held.get(t.doc) ?? {}
      facets[t.col] = t.term
      held.set(t.doc, facets)
    }
    return held
  }
  const expectFacetsInStep = () => {
    const held = indexedFacets()
    for (const r of rows()) expect(held.get(r.key) ?? {}, `facets of key ${r.key}`).toEqual(expectedFacets(r))
    expect(held.size).toBe(rows().length)
  }
  const segments = () => (db.prepare('SELECT count(DISTINCT segid) AS n FROM request_search_idx').get() as { n: number }).n

  it('indexes the facets of the requests already there, keeps every row and every match, and merges the index', () => {
    const { requestIds, attachmentNames } = insertRowsAtV1(db)
    const [first, second] = requestIds as [number, number]
    const before = dumpTables(db, V1_TABLES)
    migrate(db, 9)
    expect(schemaVersion(db)).toBe(9)
    expect(dumpTables(db, V1_TABLES)).toEqual(before)
    expect(match('"จัดซื้อ"')).toEqual([second])
    expect(match(`"${attachmentNames[1]?.slice(0, 8) ?? ''}"`)).toEqual([first])
    expect(match('"กรอบแนวทาง" AND "แบบฟอร์มขอ"')).toEqual([first])
    expectFacetsInStep()
    // Facets found through their columns: approved + 1.1 is the first, draft + 1.8 the second.
    const f = (column: (typeof FACET_COLUMNS)[number], token: string | null) => `${column} : "${token ?? ''}"`
    expect(match(f('f_status', facetToken(FACET.status, STATUS_FACET_VALUES.approved)))).toEqual([first])
    expect(match(`"ประกาศ" AND ${f('f_category', facetToken(FACET.category, 264))}`)).toEqual([second])
    expect(match(f('f_year', facetToken(FACET.year, 2565)))).toEqual([first, second])
    // A facet's characters in a text column are not that facet.
    expect(match(f('f_year', facetToken(FACET.year, 2566)))).toEqual([])
    expect(segments()).toBe(1)
    db.exec("INSERT INTO request_search (request_search) VALUES ('integrity-check')")
  })

  it('adds the title index in (title, id) order, and counting the requests still reads the narrow date index', () => {
    insertRowsAtV1(db)
    migrate(db, 9)
    const columns = (db.prepare(`SELECT name FROM pragma_index_info('request_by_title') ORDER BY seqno`).all() as { name: string }[]).map((c) => c.name)
    expect(columns).toEqual(['title', 'id', 'request_date'])
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join(' | ')
    expect(plan('SELECT count(*) FROM request')).toMatch(/COVERING INDEX request_by_date/)
    expect(plan('SELECT id FROM request r ORDER BY title, id LIMIT 50')).toMatch(/COVERING INDEX request_by_title/)
    expect(plan('SELECT id FROM request r ORDER BY title DESC, id DESC LIMIT 50')).not.toMatch(/TEMP B-TREE/)
  })

  it('spells each value as request-query.ts did, and leaves a value it cannot spell out', () => {
    migrate(db, 9)
    const at = '2025-10-01T02:00:00.000Z'
    const person = db.prepare(`INSERT INTO person (id, title, full_name, position_lines, unit, roles, created_at, updated_at) VALUES (?, 'นาย', ?, '[]', '', '["requester"]', ?, ?)`)
    const people = [1, 255, 256, 65535, 65536, 70000]
    for (const id of people) person.run(id, `ผู้ขอ ${id}`, at, at)
    const codes = ['1.8', '1.10', '0.0', '255.255', '1.08', '01.8', '1.2.3', '256.1', '2', '1.', '.8']
    const category = db.prepare(`INSERT INTO category (code, name) VALUES (?, ?)`)
    for (const code of codes) category.run(code, `หมวด ${code}`)
    const request = db.prepare(
      `INSERT INTO request (owner_unit, request_date, title, requester_id, category_code, fiscal_year, fiscal_quarter, status, created_at, updated_at)
       VALUES ('งานทดสอบ', ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    const statuses = Object.keys(STATUS_FACET_VALUES) as RequestStatus[]
    codes.forEach((code, i) => {
      const quarter = (i % 4) + 1
      request.run(`2025-1${i % 3}-0${(i % 9) + 1}`, `คำขอทดสอบ ${code}`, people[i % people.length], code, 2568 + (i % 3), quarter, statuses[i % statuses.length], at, at)
    })
    expectFacetsInStep()
    // The values with no token: none of the irregular codes, nor the ids above 65,535.
    const held = indexedFacets()
    const irregular = rows().filter((r) => categoryFacetValue(r.category_code) === null)
    expect(irregular.map((r) => r.category_code).sort()).toEqual(['.8', '01.8', '1.', '1.08', '1.2.3', '2', '256.1'])
    for (const r of irregular) expect(held.get(r.key)?.f_category).toBeUndefined()
    expect(rows().filter((r) => r.requester_id > 65535).every((r) => held.get(r.key)?.f_requester === undefined)).toBe(true)
  })

  it('rewrites a request’s facets whenever a faceted column changes, by any path', () => {
    const { requestIds } = insertRowsAtV1(db)
    migrate(db, 9)
    const [first, second] = requestIds as [number, number]
    const update = (sql: string, ...args: unknown[]) => {
      db.prepare(sql).run(...args)
      expectFacetsInStep()
    }
    update("UPDATE request SET status = 'published' WHERE id = ?", first)
    update('UPDATE request SET fiscal_year = 2566, fiscal_quarter = 4 WHERE id = ?', second)
    update('UPDATE request SET requester_id = (SELECT max(id) FROM person) WHERE id = ?', second)
    update("UPDATE request SET category_code = '1.8' WHERE id = ?", first)
    // Renaming a category code reaches its requests through ON UPDATE CASCADE.
    update("UPDATE category SET code = '1.12' WHERE code = '1.8'")
    expect(rows().map((r) => r.category_code)).toEqual(['1.12', '1.12'])
    update("UPDATE category SET code = '1.8.1' WHERE code = '1.12'")
    // Texts, dates and files rewrite the row too, facets and all.
    update("UPDATE request SET title = 'ประกาศรายชื่อผู้ผ่านการคัดเลือก', request_date = '2022-01-05' WHERE id = ?", first)
    update(`INSERT INTO attachment (request_id, file_name, sha256, size_bytes, kind, added_at) VALUES (?, 'ใบเสนอราคา.pdf', ?, 1000, 'pdf', '2022-01-05T03:00:00.000Z')`, second, 'c'.repeat(64))
    update('DELETE FROM attachment WHERE request_id = ?', first)
    expect(match('"ผู้ผ่านการ"')).toEqual([first])
    expect(match('"ใบเสนอราคา"')).toEqual([second])
    update('DELETE FROM request_indicator WHERE request_id = ?', first)
    update('DELETE FROM status_event WHERE request_id = ?', first)
    update('DELETE FROM request WHERE id = ?', first)
    expect(indexedFacets().size).toBe(1)
    db.exec("INSERT INTO request_search (request_search) VALUES ('integrity-check')")
  })
})
