import { describe, expect, it } from 'vitest'
import { requestQuery } from '@shared/domain/schemas'
import { buildRequestQuery, countMatchesSql, fillHitsSql, ftsPhrase, likePattern, matchPageIdsByKeySql, pageSql, searchTerms } from './request-query'

const build = (input: Record<string, unknown>) => buildRequestQuery(requestQuery.parse(input), '2026-11-26')

describe('request list query', () => {
  it('quotes FTS terms so user text is never query syntax', () => {
    expect(ftsPhrase('a"b')).toBe('"a""b"')
    expect(ftsPhrase('AND (x*')).toBe('"AND (x*"')
  })

  it('escapes LIKE wildcards', () => {
    expect(likePattern('50%_off\\')).toBe('%50\\%\\_off\\\\%')
  })

  it('sends 3+ character terms to FTS and shorter ones to LIKE', () => {
    const q = build({ search: 'จัดซื้อ ๑ ab' })
    expect(q.ftsTerms).toEqual(['"จัดซื้อ"'])
    expect(q.params.fts).toBe('"จัดซื้อ"')
    expect(q.params.like0).toBe('%๑%')
    expect(q.params.like1).toBe('%ab%')
    expect(q.where).not.toContain('MATCH')
    expect(q.where).toContain('r.title LIKE @like0')
  })

  it('splits on any white space and drops empty terms', () => {
    expect(searchTerms('  แผน\u3000 งาน  ')).toEqual(['แผน', 'งาน'])
  })

  it('combines filters with AND and sorts with a stable tie-breaker', () => {
    const q = build({ statuses: ['published', 'approved'], fiscalYear: 2569, quarter: 1, categoryCode: '1.8', sortBy: 'title', sortDir: 'asc' })
    expect(q.where).toBe(
      'WHERE r.status IN (@status0, @status1) AND r.category_code = @categoryCode AND r.fiscal_year = @fiscalYear AND r.fiscal_quarter = @quarter'
    )
    expect(q.orderBy).toBe('ORDER BY r.title ASC, r.id ASC')
  })

  it('finds published items due within N days of today', () => {
    const q = build({ dueWithinDays: 30 })
    expect(q.params.dueBy).toBe('2026-12-26')
  })

  it('lets FTS5 give the total only when nothing but a date range narrows the search', () => {
    expect(build({ search: 'จัดซื้อ' })).toMatchObject({ ftsExact: true, keyBounds: false, keyOrder: 'DESC' })
    expect(build({ search: 'จัดซื้อ', dateFrom: '2026-01-01', sortDir: 'asc' })).toMatchObject({ ftsExact: true, keyBounds: true, keyOrder: 'ASC' })
    expect(build({ search: 'จัดซื้อ', fiscalYear: 2569 })).toMatchObject({ ftsExact: false, keyBounds: true })
    expect(build({ search: 'จัดซื้อ', statuses: ['published'] })).toMatchObject({ ftsExact: false, keyBounds: false })
    expect(build({ search: 'จัดซื้อ ab' }).ftsExact).toBe(false)
    expect(build({ search: 'จัดซื้อ', dueWithinDays: 30 }).ftsExact).toBe(false)
    expect(build({ search: 'จัดซื้อ', sortBy: 'title' }).keyOrder).toBeNull()
    expect(build({ search: 'ab' })).toMatchObject({ ftsTerms: [], ftsExact: false })
  })

  it('bounds the search keys by the dates a fiscal year or quarter can hold', () => {
    const bounds = (input: Record<string, unknown>) => {
      const q = build({ search: 'จัดซื้อ', ...input })
      return [q.params.keyLo, q.params.keyHi]
    }
    // FY 2569 is 1 Oct 2025 – 30 Sep 2026; a request for it may be dated in FY 2568 (filed early).
    expect(bounds({ fiscalYear: 2569 })).toEqual(['2024-10-01', '2026-09-30'])
    expect(bounds({ fiscalYear: 2569, quarter: 1 })).toEqual(['2024-10-01', '2025-12-31'])
    expect(bounds({ fiscalYear: 2569, quarter: 3 })).toEqual(['2026-04-01', '2026-06-30'])
    expect(bounds({ fiscalYear: 2569, dateFrom: '2026-02-01' })).toEqual(['2026-02-01', '2026-09-30'])
    expect(bounds({ dateTo: '2026-02-01' })).toEqual(['0000-01-01', '2026-02-01'])
    expect(bounds({ quarter: 2 })).toEqual([undefined, undefined])
    expect(build({ fiscalYear: 2569 }).params.keyLo).toBeUndefined()
  })

  it('asks FTS5 for every term at once, within the key bounds, and for a page in key order', () => {
    const q = build({ search: 'ประกาศ จัดซื้อ', fiscalYear: 2569 })
    expect(q.params.fts).toBe('"ประกาศ" AND "จัดซื้อ"')
    expect(countMatchesSql(q)).toMatch(/^SELECT count\(\*\) AS n FROM request_search WHERE request_search MATCH @fts AND rowid BETWEEN CAST\(julianday\(@keyLo\) AS INTEGER\)/)
    expect(matchPageIdsByKeySql(build({ search: 'จัดซื้อ' }), 'DESC')).toBe(
      'SELECT rowid & 4294967295 AS id FROM request_search WHERE request_search MATCH @fts ORDER BY rowid DESC LIMIT @limit OFFSET @offset'
    )
    // The match list for filtered searches is filled in id order (appends, then lookups in order).
    expect(fillHitsSql(q)).toMatch(/^INSERT INTO temp\.request_hits \(id\) SELECT rowid & 4294967295 AS id FROM request_search WHERE .* ORDER BY 1$/s)
  })

  it('reads only the chosen page in full, in a fixed join order', () => {
    const sql = pageSql('SELECT r.id FROM request r LIMIT 5', 'ORDER BY r.title ASC, r.id ASC')
    expect(sql).toMatch(/FROM \(SELECT r\.id FROM request r LIMIT 5\) AS page\s+CROSS JOIN request r ON r\.id = page\.id/)
    expect(sql.trim().endsWith('ORDER BY r.title ASC, r.id ASC')).toBe(true)
  })
})
