import { describe, expect, it } from 'vitest'
import { requestQuery } from '@shared/domain/schemas'
import {
  buildRequestQuery,
  categoryFacetValue,
  countMatchesSql,
  facetToken,
  fillHitsSql,
  ftsPhrase,
  likePattern,
  matchListSql,
  matchPageIdsByKeySql,
  pageSql,
  residualPageIdsSql,
  searchTerms,
  titlePageByWalk,
  titleWalkSql
} from './request-query'

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

  it('lets FTS5 give the total when the terms, the facets and the key bounds say it all', () => {
    expect(build({ search: 'จัดซื้อ' })).toMatchObject({ ftsExact: true, keyBounds: false, keyOrder: 'DESC', residual: '' })
    expect(build({ search: 'จัดซื้อ', dateFrom: '2026-01-01', sortDir: 'asc' })).toMatchObject({ ftsExact: true, keyBounds: true, keyOrder: 'ASC' })
    // Status, fiscal year, category, quarter and requester are facets of the index.
    expect(build({ search: 'จัดซื้อ', fiscalYear: 2569 })).toMatchObject({ ftsExact: true, keyBounds: true })
    expect(build({ search: 'จัดซื้อ', statuses: ['published', 'approved'], categoryCode: '1.8', quarter: 2, requesterId: 3 })).toMatchObject({
      ftsExact: true,
      keyBounds: false,
      residual: ''
    })
    // What has no facet is checked against the request table.
    expect(build({ search: 'จัดซื้อ ab' })).toMatchObject({ ftsExact: false, residual: expect.stringContaining('r.title LIKE @like0') })
    expect(build({ search: 'จัดซื้อ', dueWithinDays: 30 }).ftsExact).toBe(false)
    expect(build({ search: 'จัดซื้อ', indicatorId: 4 }).residual).toBe('WHERE r.id IN (SELECT request_id FROM request_indicator WHERE indicator_id = @indicatorId)')
    expect(build({ search: 'จัดซื้อ', categoryCode: '1.2.3' }).residual).toBe('WHERE r.category_code = @categoryCode')
    expect(build({ search: 'จัดซื้อ', requesterId: 70000 }).residual).toBe('WHERE r.requester_id = @requesterId')
    expect(build({ search: 'จัดซื้อ', sortBy: 'title' })).toMatchObject({ keyOrder: null, sortBy: 'title', sortDir: 'DESC' })
    expect(build({ search: 'ab' })).toMatchObject({ ftsTerms: [], ftsExact: false })
    // Without a search the filters stay plain conditions: there is no FTS5 query to carry them.
    expect(build({ statuses: ['published'] })).toMatchObject({ where: 'WHERE r.status IN (@status0)', ftsExact: false })
    expect(build({ statuses: ['published'] }).params.fts).toBeUndefined()
  })

  it('spells facets as migration 0009 indexes them: one private-use trigram each', () => {
    const chars = (t: string | null) => [...(t ?? '')].map((c) => c.codePointAt(0)?.toString(16))
    expect(chars(facetToken(0, 5))).toEqual(['e000', 'e100', 'e105'])
    expect(chars(facetToken(1, 2569))).toEqual(['e001', 'e10a', 'e109'])
    expect(chars(facetToken(4, 65535))).toEqual(['e004', 'e1ff', 'e1ff'])
    expect(facetToken(4, 65536)).toBeNull()
    expect(facetToken(4, -1)).toBeNull()
    expect(categoryFacetValue('1.8')).toBe(264)
    expect(categoryFacetValue('1.10')).toBe(266)
    expect(categoryFacetValue('0.0')).toBe(0)
    for (const irregular of ['1', '1.', '.8', '1.08', '01.8', '1.2.3', '256.1', '1.256', ' 1.8', '๑.๘', '1e1.8']) {
      expect(categoryFacetValue(irregular)).toBeNull()
    }
    const q = build({ search: 'จัดซื้อ', statuses: ['draft', 'published', 'draft'], categoryCode: '1.8', fiscalYear: 2569 })
    expect(q.params.fts).toBe(
      `"จัดซื้อ" AND f_status : ("${facetToken(0, 1) ?? ''}" OR "${facetToken(0, 5) ?? ''}") AND f_category : "${facetToken(2, 264) ?? ''}" AND f_year : "${facetToken(1, 2569) ?? ''}"`
    )
    // A term holding those characters is kept to the text columns.
    expect(build({ search: `x${facetToken(0, 5) ?? ''}` }).params.fts).toBe(`{title details owner_unit attachment_names} : "x${facetToken(0, 5) ?? ''}"`)
  })

  it('walks the title index for a title page only when the matches are a fair share of the register', () => {
    expect(titlePageByWalk(3950, 100000, 500, 50)).toBe(true)
    expect(titlePageByWalk(83, 100000, 0, 50)).toBe(false)
    expect(titlePageByWalk(20000, 100000, 0, 50)).toBe(true)
    expect(titleWalkSql(build({ search: 'จัดซื้อ', sortBy: 'title', sortDir: 'asc' }))).toBe(
      'SELECT r.id FROM request r INDEXED BY request_by_title ORDER BY r.title ASC, r.id ASC'
    )
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
    expect(q.params.fts).toBe(`"ประกาศ" AND "จัดซื้อ" AND f_year : "${facetToken(1, 2569) ?? ''}"`)
    expect(countMatchesSql(q)).toMatch(/^SELECT count\(\*\) AS n FROM request_search WHERE request_search MATCH @fts AND rowid BETWEEN CAST\(julianday\(@keyLo\) AS INTEGER\)/)
    expect(matchPageIdsByKeySql(build({ search: 'จัดซื้อ' }), 'DESC')).toBe(
      'SELECT rowid & 4294967295 AS id FROM request_search WHERE request_search MATCH @fts ORDER BY rowid DESC LIMIT @limit OFFSET @offset'
    )
    // The match list, for other orders and for filters without a facet, is one JSON array, in id
    // order for lookups; the register export fills the hits table with the same ids.
    expect(matchListSql(q, true)).toMatch(/^SELECT count\(\*\) AS n, json_group_array\(id\) AS ids FROM \(SELECT rowid & 4294967295 AS id FROM request_search WHERE .* ORDER BY 1\)$/s)
    // A title walk only asks whether a request is a match: no sort.
    expect(matchListSql(q, false)).toMatch(/^SELECT count\(\*\) AS n, json_group_array\(rowid & 4294967295\) AS ids FROM request_search WHERE request_search MATCH @fts AND rowid BETWEEN/)
    expect(fillHitsSql(q)).toMatch(/^INSERT INTO temp\.request_hits \(id\) SELECT rowid & 4294967295 AS id FROM request_search WHERE .* ORDER BY 1$/s)
    expect(residualPageIdsSql(build({ search: 'จัดซื้อ', indicatorId: 3 }))).toMatch(
      /^SELECT r\.id, count\(\*\) OVER \(\) AS total FROM json_each\(@matchIds\) AS m CROSS JOIN request r ON r\.id = m\.value WHERE r\.id IN \(SELECT request_id FROM request_indicator/
    )
  })

  it('reads only the chosen page in full, in a fixed join order', () => {
    const sql = pageSql('SELECT r.id FROM request r LIMIT 5', 'ORDER BY r.title ASC, r.id ASC')
    expect(sql).toMatch(/FROM \(SELECT r\.id FROM request r LIMIT 5\) AS page\s+CROSS JOIN request r ON r\.id = page\.id/)
    expect(sql.trim().endsWith('ORDER BY r.title ASC, r.id ASC')).toBe(true)
  })
})
