/**
 * Builds the register's list query: Thai substring search combined with filters, sorting and
 * paging. Search terms of 3+ characters go through the FTS5 trigram index; shorter ones (which
 * the trigram tokenizer cannot match) fall back to LIKE over the same fields.
 */
import type { z } from 'zod'
import type { requestQuery } from '@shared/domain/schemas'
import { addDays, todayIso } from '@shared/thai'

export type ParsedRequestQuery = z.output<typeof requestQuery>

const SORT_COLUMNS: Record<ParsedRequestQuery['sortBy'], string> = {
  requestDate: 'r.request_date',
  title: 'r.title',
  status: 'r.status',
  updatedAt: 'r.updated_at',
  id: 'r.id',
  publishUntil: 'r.publish_until'
}

export interface BuiltQuery {
  where: string
  params: Record<string, unknown>
  orderBy: string
  /** The FTS5 query of the 3+ character terms (also in params.fts), or null when there are none. */
  fts: string | null
  /** The FTS match is the only condition, so the number of matches is the total. */
  ftsOnly: boolean
}

/**
 * How the FTS matches meet the request table. 'lookup': each match is looked up by id, then
 * sorted — cheap for few matches. 'probe': the requests are read in the sort order (through an
 * index) and each id is checked against the matches until the page is full — cheap for many
 * matches, but only when an index gives that order (see SORTS_WITH_INDEX). The unary `+` keeps
 * SQLite from driving the query by the IN list, which it would otherwise always do.
 */
export type FtsJoin = 'lookup' | 'probe'

/** Sorts that an index returns in order (request_by_date, the rowid): 'probe' suits only these. */
export const SORTS_WITH_INDEX: readonly ParsedRequestQuery['sortBy'][] = ['requestDate', 'id']

/**
 * Above this many matches 'probe' is cheaper than 'lookup' (measured by `npm run bench --
 * register`: a lookup costs a B-tree search per match, a probe a step along the date index).
 */
export const FTS_LOOKUP_MAX = 500

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

export function buildRequestQuery(q: ParsedRequestQuery, today = todayIso(), ftsJoin: FtsJoin = 'lookup'): BuiltQuery {
  const clauses: string[] = []
  const params: Record<string, unknown> = {}
  const terms = searchTerms(q.search)
  const ftsTerms = terms.filter((t) => [...t].length >= TRIGRAM_MIN)
  const shortTerms = terms.filter((t) => [...t].length < TRIGRAM_MIN)
  if (ftsTerms.length > 0) {
    params.fts = ftsTerms.map(ftsPhrase).join(' AND ')
    clauses.push(`${ftsJoin === 'probe' ? '+' : ''}r.id IN (SELECT rowid FROM request_search WHERE request_search MATCH @fts)`)
  }
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
  if (q.dateFrom) {
    params.dateFrom = q.dateFrom
    clauses.push('r.request_date >= @dateFrom')
  }
  if (q.dateTo) {
    params.dateTo = q.dateTo
    clauses.push('r.request_date <= @dateTo')
  }
  if (q.dueWithinDays !== undefined) {
    params.dueBy = addDays(today, q.dueWithinDays)
    clauses.push("r.publish_until IS NOT NULL AND r.publish_until <= @dueBy AND r.status = 'published'")
  }
  const dir = q.sortDir === 'asc' ? 'ASC' : 'DESC'
  const fts = typeof params.fts === 'string' ? params.fts : null
  return {
    where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '',
    params,
    orderBy: `ORDER BY ${SORT_COLUMNS[q.sortBy]} ${dir}, r.id ${dir}`,
    fts,
    ftsOnly: fts !== null && clauses.length === 1
  }
}

/** The number of requests a built query selects. */
export function countSql(where: string): string {
  return `SELECT count(*) AS n FROM request r ${where}`
}

/**
 * One page of the list. The ids are chosen first, from the narrowest index that gives them
 * (skipping OFFSET rows costs index steps, not table reads), and only the page's rows are read in
 * full: a deep offset or a wide filter then stays cheap. CROSS JOIN fixes the join order (the page
 * first): left to itself SQLite may walk the whole table in the outer sort order instead.
 */
export function pageSql(where: string, orderBy: string): string {
  return `SELECT r.id, r.title, r.owner_unit AS ownerUnit, r.request_date AS requestDate, r.status,
            r.category_code AS categoryCode, r.fiscal_year AS fiscalYear, r.publish_until AS publishUntil,
            r.updated_at AS updatedAt, p.title || p.full_name AS requesterName,
            (SELECT count(*) FROM attachment a WHERE a.request_id = r.id) AS attachmentCount
     FROM (SELECT r.id FROM request r ${where} ${orderBy} LIMIT @limit OFFSET @offset) AS page
     CROSS JOIN request r ON r.id = page.id
     JOIN person p ON p.id = r.requester_id
     ${orderBy}`
}

/** The FTS match count alone: cheap, and the total when nothing else narrows the list. */
export const FTS_COUNT_SQL = 'SELECT count(*) AS n FROM request_search WHERE request_search MATCH @fts'

/** The LIKE form of a substring match over the searched fields (also the benchmark's baseline). */
export function likeClause(param: string): string {
  return `(r.title LIKE ${param} ESCAPE '\\' OR r.details LIKE ${param} ESCAPE '\\' OR r.owner_unit LIKE ${param} ESCAPE '\\'
    OR EXISTS (SELECT 1 FROM attachment a WHERE a.request_id = r.id AND a.file_name LIKE ${param} ESCAPE '\\'))`
}
