import { describe, expect, it } from 'vitest'
import { requestQuery } from '@shared/domain/schemas'
import { buildRequestQuery, ftsPhrase, likePattern, pageSql, searchTerms } from './request-query'

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
    expect(q.params.fts).toBe('"จัดซื้อ"')
    expect(q.params.like0).toBe('%๑%')
    expect(q.params.like1).toBe('%ab%')
    expect(q.where).toContain('request_search MATCH @fts')
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

  it('marks a search-only query so its total can come from the FTS index', () => {
    expect(build({ search: 'จัดซื้อ' })).toMatchObject({ fts: '"จัดซื้อ"', ftsOnly: true })
    expect(build({ search: 'จัดซื้อ', fiscalYear: 2569 }).ftsOnly).toBe(false)
    expect(build({ search: 'จัดซื้อ ab' }).ftsOnly).toBe(false)
    expect(build({ search: 'ab' })).toMatchObject({ fts: null, ftsOnly: false })
  })

  it("in 'probe' mode keeps SQLite from driving the query by the FTS matches", () => {
    const q = requestQuery.parse({ search: 'จัดซื้อ' })
    expect(buildRequestQuery(q, '2026-11-26').where).toMatch(/WHERE r\.id IN \(SELECT rowid FROM request_search/)
    expect(buildRequestQuery(q, '2026-11-26', 'probe').where).toMatch(/WHERE \+r\.id IN \(SELECT rowid FROM request_search/)
  })

  it('chooses the page ids first, then reads only those rows, in a fixed join order', () => {
    const sql = pageSql('WHERE r.status = @s', 'ORDER BY r.title ASC, r.id ASC')
    expect(sql).toMatch(/FROM \(SELECT r\.id FROM request r WHERE r\.status = @s ORDER BY r\.title ASC, r\.id ASC LIMIT @limit OFFSET @offset\) AS page\s+CROSS JOIN request r ON r\.id = page\.id/)
    expect(sql.trim().endsWith('ORDER BY r.title ASC, r.id ASC')).toBe(true)
  })
})
