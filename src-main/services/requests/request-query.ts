/**
 * Builds the register's list query: Thai substring search combined with filters, sorting and
 * paging. Search terms of 3+ characters go through the FTS5 trigram indexes; shorter ones (which
 * the trigram tokenizer cannot match) fall back to LIKE over the same fields.
 *
 * The search index (migration 0006, `request_search`: title, details, owning unit, attachment
 * names) is keyed by the request's *search key*, `day number of request_date * 2^32 + id`: the
 * matches come out of FTS5 already in the register's date order, and `key & 0xFFFFFFFF` is the
 * request id.
 */
import type { z } from 'zod'
import type { requestQuery } from '@shared/domain/schemas'
import { addDays, fiscalQuarterRange, fiscalYearRange, todayIso } from '@shared/thai'

export type ParsedRequestQuery = z.output<typeof requestQuery>

const SORT_COLUMNS: Record<ParsedRequestQuery['sortBy'], string> = {
  requestDate: 'r.request_date',
  title: 'r.title',
  status: 'r.status',
  updatedAt: 'r.updated_at',
  id: 'r.id',
  publishUntil: 'r.publish_until'
}

/** The request id inside a search key (its low 32 bits). */
export const KEY_ID = 4294967295

export interface BuiltQuery {
  /** Every condition on `request r` (the filters, the LIKE form of short terms) as a WHERE clause, or ''. */
  where: string
  params: Record<string, unknown>
  orderBy: string
  /** The 3+ character terms as FTS5 phrases; all of them, ANDed, are the FTS5 query in params.fts. */
  ftsTerms: string[]
  /**
   * The date, fiscal-year and quarter filters bound the search keys (params keyLo, keyHi, ISO
   * dates), so that FTS5 only reads the matches in that stretch of dates. The bounds only narrow:
   * `where` still holds the exact conditions.
   */
  keyBounds: boolean
  /**
   * `where` holds nothing but the date range, which the key bounds express exactly: the matches
   * within the bounds are the list, and counting them is the total.
   */
  ftsExact: boolean
  /** The list is sorted by request date: the order of the search keys. */
  keyOrder: 'ASC' | 'DESC' | null
}

/** Quotes a term as one FTS5 string (a phrase), so no user text is read as query syntax. */
export function ftsPhrase(term: string): string {
  return `"${term.replaceAll('"', '""')}"`
}

/** Escapes LIKE's wildcards; used with ESCAPE '\'. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

export const TRIGRAM_MIN = 3

/** Search text split into terms; every term must match (AND). */
export function searchTerms(search: string): string[] {
  return search.normalize('NFC').split(/\s+/).filter((t) => t.length > 0)
}

export function buildRequestQuery(q: ParsedRequestQuery, today = todayIso()): BuiltQuery {
  const clauses: string[] = []
  const params: Record<string, unknown> = {}
  const terms = searchTerms(q.search)
  const ftsTerms = terms.filter((t) => [...t].length >= TRIGRAM_MIN).map(ftsPhrase)
  const shortTerms = terms.filter((t) => [...t].length < TRIGRAM_MIN)
  if (ftsTerms.length > 0) params.fts = ftsTerms.join(' AND ')
  shortTerms.forEach((t, i) => {
    params[`like${i}`] = likePattern(t)
    clauses.push(likeClause(`@like${i}`))
  })
  if (q.statuses.length > 0) {
    q.statuses.forEach((s, i) => (params[`status${i}`] = s))
    clauses.push(`r.status IN (${q.statuses.map((_, i) => `@status${i}`).join(', ')})`)
  }
  const eq = (column: string, name: string, value: unknown) => {
    if (value === undefined) return
    params[name] = value
    clauses.push(`${column} = @${name}`)
  }
  eq('r.category_code', 'categoryCode', q.categoryCode)
  eq('r.fiscal_year', 'fiscalYear', q.fiscalYear)
  eq('r.fiscal_quarter', 'quarter', q.quarter)
  eq('r.requester_id', 'requesterId', q.requesterId)
  if (q.indicatorId !== undefined) {
    params.indicatorId = q.indicatorId
    clauses.push('r.id IN (SELECT request_id FROM request_indicator WHERE indicator_id = @indicatorId)')
  }
  const nonDateClauses = clauses.length
  if (q.dateFrom) {
    params.dateFrom = q.dateFrom
    clauses.push('r.request_date >= @dateFrom')
  }
  if (q.dateTo) {
    params.dateTo = q.dateTo
    clauses.push('r.request_date <= @dateTo')
  }
  const onlyDates = nonDateClauses === 0
  if (q.dueWithinDays !== undefined) {
    params.dueBy = addDays(today, q.dueWithinDays)
    clauses.push("r.publish_until IS NOT NULL AND r.publish_until <= @dueBy AND r.status = 'published'")
  }
  const bounds = ftsTerms.length > 0 ? dateBounds(q) : null
  if (bounds) {
    params.keyLo = bounds.from
    params.keyHi = bounds.to
  }
  const dir = q.sortDir === 'asc' ? 'ASC' : 'DESC'
  return {
    where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '',
    params,
    orderBy: `ORDER BY ${SORT_COLUMNS[q.sortBy]} ${dir}, r.id ${dir}`,
    ftsTerms,
    keyBounds: bounds !== null,
    ftsExact: ftsTerms.length > 0 && onlyDates && q.dueWithinDays === undefined,
    keyOrder: q.sortBy === 'requestDate' ? dir : null
  }
}

/**
 * The request dates a query can match, from its date range, fiscal year and quarter. A request
 * filed for the coming fiscal year (resolveFields in request-service.ts) counts in that year's
 * first quarter although dated in the year before, so fiscal year F reaches back to the start of
 * F − 1, and quarter 1 of F with it; the other quarters are their own months.
 */
function dateBounds(q: ParsedRequestQuery): { from: string; to: string } | null {
  let from = q.dateFrom ?? null
  let to = q.dateTo ?? null
  const narrow = (start: string, end: string) => {
    if (from === null || start > from) from = start
    if (to === null || end < to) to = end
  }
  if (q.fiscalYear !== undefined) {
    if (q.quarter !== undefined && q.quarter !== 1) {
      const r = fiscalQuarterRange(q.fiscalYear, q.quarter)
      narrow(r.start, r.end)
    } else {
      const end = q.quarter === 1 ? fiscalQuarterRange(q.fiscalYear, 1).end : fiscalYearRange(q.fiscalYear).end
      narrow(fiscalYearRange(q.fiscalYear - 1).start, end)
    }
  }
  return from === null && to === null ? null : { from: from ?? '0000-01-01', to: to ?? '9999-12-31' }
}

/** The search keys of the requests dated from @keyLo to @keyHi (ISO dates). */
const KEY_RANGE = `rowid BETWEEN CAST(julianday(@keyLo) AS INTEGER) * 4294967296
  AND CAST(julianday(@keyHi) AS INTEGER) * 4294967296 + ${KEY_ID}`

/** The matching index rows: every term, within the key bounds. */
function matchWhere(built: BuiltQuery): string {
  return `WHERE request_search MATCH @fts${built.keyBounds ? ` AND ${KEY_RANGE}` : ''}`
}

/** The number of matches, counted by FTS5 alone: the total when nothing else narrows the list. */
export function countMatchesSql(built: BuiltQuery): string {
  return `SELECT count(*) AS n FROM request_search ${matchWhere(built)}`
}

/** The number of requests a list selects without searching. */
export function countSql(where: string): string {
  return `SELECT count(*) AS n FROM request r ${where}`
}

/** The ids of the requests that match the search (the filters aside), in id order. */
function matchIdsSql(built: BuiltQuery): string {
  return `SELECT rowid & ${KEY_ID} AS id FROM request_search ${matchWhere(built)} ORDER BY 1`
}

/**
 * A per-connection table of the ids matching the search, filled once per query so that the FTS5
 * index is read once, then counted and paged from (request-service.ts empties it before and after:
 * nothing is kept from one query to the next). In id order it fills by appending, and the
 * requests are then read in id order too.
 */
export const HITS_TABLE_SQL = 'CREATE TEMP TABLE IF NOT EXISTS request_hits (id INTEGER PRIMARY KEY)'
export const CLEAR_HITS_SQL = 'DELETE FROM temp.request_hits'

export function fillHitsSql(built: BuiltQuery): string {
  return `INSERT INTO temp.request_hits (id) ${matchIdsSql(built)}`
}

/**
 * One page of the matches (in temp.request_hits) that pass the filters, in any order, with their
 * number: each match is looked up once, in id order (request_list_keys holds every filter and sort
 * column but the title, so the lookups stay within that small index), and the window count gives
 * the total from the same pass. A page past the end has no row to carry the total:
 * countHitsSql then counts alone.
 */
export function hitsPageIdsSql(built: BuiltQuery): string {
  return `SELECT r.id, count(*) OVER () AS total FROM temp.request_hits h CROSS JOIN request r ON r.id = h.id
    ${built.where} ${built.orderBy} LIMIT @limit OFFSET @offset`
}

/** The ids of a page already chosen, given as a JSON array in @pageIds. */
export const PAGE_IDS_SQL = 'SELECT value AS id FROM json_each(@pageIds)'

export function countHitsSql(built: BuiltQuery): string {
  return `SELECT count(*) AS n FROM temp.request_hits h CROSS JOIN request r ON r.id = h.id ${built.where}`
}

/** The ids of one page of a list without search, chosen through the narrowest index that gives them. */
export function pageIdsSql(where: string, orderBy: string): string {
  return `SELECT r.id FROM request r ${where} ${orderBy} LIMIT @limit OFFSET @offset`
}

/**
 * The ids of one page of search matches sorted by request date, when nothing but the date range
 * narrows them (BuiltQuery.ftsExact): the matches in key order until the page is full. No lookup,
 * no sort, and no more matches read than the page needs.
 */
export function matchPageIdsByKeySql(built: BuiltQuery, dir: 'ASC' | 'DESC'): string {
  return `SELECT rowid & ${KEY_ID} AS id FROM request_search ${matchWhere(built)} ORDER BY rowid ${dir} LIMIT @limit OFFSET @offset`
}

/**
 * One page of the list, given the statement that chooses its ids (in order, with LIMIT and
 * OFFSET): only those rows are read in full. CROSS JOIN fixes the join order (the page first): left
 * to itself SQLite may walk the whole table in the outer sort order instead.
 */
export function pageSql(idsSql: string, orderBy: string): string {
  return `SELECT r.id, r.title, r.owner_unit AS ownerUnit, r.request_date AS requestDate, r.status,
            r.category_code AS categoryCode, r.fiscal_year AS fiscalYear, r.publish_until AS publishUntil,
            r.updated_at AS updatedAt, p.title || p.full_name AS requesterName,
            (SELECT count(*) FROM attachment a WHERE a.request_id = r.id) AS attachmentCount
     FROM (${idsSql}) AS page
     CROSS JOIN request r ON r.id = page.id
     JOIN person p ON p.id = r.requester_id
     ${orderBy}`
}

/** The LIKE form of a substring match over the searched fields (also the benchmark's baseline). */
export function likeClause(param: string): string {
  return `(r.title LIKE ${param} ESCAPE '\\' OR r.details LIKE ${param} ESCAPE '\\' OR r.owner_unit LIKE ${param} ESCAPE '\\'
    OR EXISTS (SELECT 1 FROM attachment a WHERE a.request_id = r.id AND a.file_name LIKE ${param} ESCAPE '\\'))`
}
