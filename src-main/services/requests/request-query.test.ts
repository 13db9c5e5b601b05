import { describe, expect, it } from 'vitest'
import { requestQuery } from '@shared/domain/schemas'
import { buildRequestQuery, ftsPhrase, likePattern, searchTerms } from './request-query'

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
})
