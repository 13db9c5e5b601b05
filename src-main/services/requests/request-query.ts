/**
 * The register's list query: Thai substring search combined with filters, sorting and paging.
 * Search terms of 3+ characters go through the FTS5 index of strided grams (db/search-grams.ts);
 * shorter ones, which have no gram, fall back to LIKE over the same fields.
 *
 * The search index (`request_search`, migrations 0006, 0009 and 0010: the grams of the title,
 * details, owning unit and file names, and one facet word each for status, fiscal year, category,
 * quarter and requester) is keyed by the request's *search key*, `day number of request_date * 2^32 + id`:
 * the matches come out of FTS5 already in the register's date order, and `key & 0xFFFFFFFF` is the
 * request id. A filter that has a facet is part of the FTS5 query itself, so that a search with
 * the usual filters is counted and paged by FTS5 alone; only what has no facet (an indicator,
 * "due within", a term of 1–2 characters) is checked against
 * the request table, match by match.
 */
import type { z } from 'zod'
import type { RequestPage } from '@shared/domain/records'
import type { requestQuery } from '@shared/domain/schemas'
import { addDays, fiscalQuarterRange, fiscalYearRange, todayIso } from '@shared/thai'
import type Database from 'better-sqlite3'
import type { Db } from '../../db/open-database'
import { GRAM_MIN_LENGTH, gramPhrase, searchWord } from '../../db/search-grams'

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

// ---------------------------------------------------------------- facets (migration 0010)

/** The facet columns of request_search; each holds one word (migration 0010). */
const FACET_COLUMNS = ['f_status', 'f_year', 'f_category', 'f_quarter', 'f_requester'] as const
type FacetColumn = (typeof FACET_COLUMNS)[number]

/**
 * The word migration 0010 indexes in `column` for `value`: a status as it is, a number in
 * decimal, a category code through searchWord; null for a value that has no word.
 */
export function facetWord(column: FacetColumn, value: string | number): string | null {
  if (column === 'f_category') return typeof value === 'string' && value.length > 0 ? searchWord(value) : null
  if (column === 'f_status') return typeof value === 'string' && /^[a-z]+$/.test(value) ? value : null
  return Number.isSafeInteger(value) ? String(value) : null
}

/** The FTS5 condition "facet column holds one of `values`", or null when a value has no word. */
function facetMatch(column: FacetColumn, values: readonly (string | number)[]): string | null {
  const words = values.map((v) => facetWord(column, v))
  if (words.length === 0 || words.some((w) => w === null)) return null
  const phrases = [...new Set(words)].map((w) => `"${w ?? ''}"`)
  return `${column} : ${phrases.length === 1 ? phrases[0] : `(${phrases.join(' OR ')})`}`
}

// ---------------------------------------------------------------- building the query

export interface BuiltQuery {
  /** Every condition on `request r` (the filters, the LIKE form of short terms) as a WHERE clause, or ''. */
  where: string
  /**
   * The conditions of `where` that the FTS5 query (params.fts: the terms, the facets) and the key
   * bounds do not already express, as a WHERE clause, or ''. Meaningful when there are ftsTerms.
   */
  residual: string
  params: Record<string, unknown>
  orderBy: string
  /** The terms of GRAM_MIN_LENGTH+ characters as FTS5 phrases of grams; they and the facets, ANDed, are the FTS5 query in params.fts. */
  ftsTerms: string[]
  /**
   * The date, fiscal-year and quarter filters bound the search keys (params keyLo, keyHi, ISO
   * dates), so that FTS5 only reads the matches in that stretch of dates. The bounds only narrow:
   * the exact conditions are in `where`, and in the facets or `residual`.
   */
  keyBounds: boolean
  /** Nothing is left for `residual`: the matches FTS5 returns are the list, and counting them is the total. */
  ftsExact: boolean
  /** The list is sorted by request date: the order of the search keys. */
  keyOrder: 'ASC' | 'DESC' | null
  sortBy: ParsedRequestQuery['sortBy']
  sortDir: 'ASC' | 'DESC'
}

/** Escapes LIKE's wildcards; used with ESCAPE '\'. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** Search text split into terms; every term must match (AND). */
export function searchTerms(search: string): string[] {
  return search.normalize('NFC').split(/\s+/).filter((t) => t.length > 0)
}

export function buildRequestQuery(q: ParsedRequestQuery, today = todayIso()): BuiltQuery {
  const clauses: string[] = []
  // The clauses no facet expresses, and the facets that express the others.
  const residual: string[] = []
  const facets: string[] = []
  const params: Record<string, unknown> = {}
  const terms = searchTerms(q.search)
  const ftsTerms = terms.filter((t) => [...t].length >= GRAM_MIN_LENGTH).map(gramPhrase)
  const shortTerms = terms.filter((t) => [...t].length < GRAM_MIN_LENGTH)
  const add = (clause: string, facet: string | null = null) => {
    clauses.push(clause)
    if (facet === null) residual.push(clause)
    else facets.push(facet)
  }
  shortTerms.forEach((t, i) => {
    params[`like${i}`] = likePattern(t)
    add(likeClause(`@like${i}`))
  })
  if (q.statuses.length > 0) {
    q.statuses.forEach((s, i) => (params[`status${i}`] = s))
    add(
      `r.status IN (${q.statuses.map((_, i) => `@status${i}`).join(', ')})`,
      facetMatch('f_status', q.statuses)
    )
  }
  const eq = (column: string, name: string, value: string | number | undefined, facet: string | null) => {
    if (value === undefined) return
    params[name] = value
    add(`${column} = @${name}`, facet)
  }
  const code = q.categoryCode
  const facet = (column: FacetColumn, value: string | number | undefined) => (value === undefined ? null : facetMatch(column, [value]))
  eq('r.category_code', 'categoryCode', code, facet('f_category', code))
  eq('r.fiscal_year', 'fiscalYear', q.fiscalYear, facet('f_year', q.fiscalYear))
  eq('r.fiscal_quarter', 'quarter', q.quarter, facet('f_quarter', q.quarter))
  eq('r.requester_id', 'requesterId', q.requesterId, facet('f_requester', q.requesterId))
  if (q.indicatorId !== undefined) {
    params.indicatorId = q.indicatorId
    add('r.id IN (SELECT request_id FROM request_indicator WHERE indicator_id = @indicatorId)')
  }
  // The date range is exact as key bounds: no facet, and nothing left for the residual.
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
    add("r.publish_until IS NOT NULL AND r.publish_until <= @dueBy AND r.status = 'published'")
  }
  if (ftsTerms.length > 0) params.fts = [...ftsTerms, ...facets].join(' AND ')
  const bounds = ftsTerms.length > 0 ? dateBounds(q) : null
  if (bounds) {
    params.keyLo = bounds.from
    params.keyHi = bounds.to
  }
  const dir = q.sortDir === 'asc' ? 'ASC' : 'DESC'
  const whereOf = (list: string[]) => (list.length > 0 ? `WHERE ${list.join(' AND ')}` : '')
  return {
    where: whereOf(clauses),
    residual: whereOf(residual),
    params,
    orderBy: `ORDER BY ${SORT_COLUMNS[q.sortBy]} ${dir}, r.id ${dir}`,
    ftsTerms,
    keyBounds: bounds !== null,
    ftsExact: ftsTerms.length > 0 && residual.length === 0,
    keyOrder: q.sortBy === 'requestDate' ? dir : null,
    sortBy: q.sortBy,
    sortDir: dir
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

// ---------------------------------------------------------------- the statements

/** The search keys of the requests dated from @keyLo to @keyHi (ISO dates). */
const KEY_RANGE = `rowid BETWEEN CAST(julianday(@keyLo) AS INTEGER) * 4294967296
  AND CAST(julianday(@keyHi) AS INTEGER) * 4294967296 + ${KEY_ID}`

/** The matching index rows: every term and facet, within the key bounds. */
function matchWhere(built: BuiltQuery): string {
  return `WHERE request_search MATCH @fts${built.keyBounds ? ` AND ${KEY_RANGE}` : ''}`
}

/** The number of matches, counted by FTS5 alone: the total when nothing is left for the residual. */
export function countMatchesSql(built: BuiltQuery): string {
  return `SELECT count(*) AS n FROM request_search ${matchWhere(built)}`
}

/** The number of requests a list selects without searching. */
export function countSql(where: string): string {
  return `SELECT count(*) AS n FROM request r ${where}`
}

/** The ids of the requests that match the search and the facets, in id order. */
function matchIdsSql(built: BuiltQuery): string {
  return `SELECT rowid & ${KEY_ID} AS id FROM request_search ${matchWhere(built)} ORDER BY 1`
}

/**
 * The matches as one JSON array of ids, and their number: FTS5 reads the index once, and the ids
 * cross to JavaScript as one string (~5 % over counting alone, where a row per id costs ~30 %).
 * In id order when they are to be looked up in the request table (consecutive lookups then land
 * on neighbouring pages: about a third faster than in key order); in key order, unsorted, for a
 * title walk, which needs only the set (the sort costs ~15 % of the search).
 */
export function matchListSql(built: BuiltQuery, inIdOrder: boolean): string {
  return inIdOrder
    ? `SELECT count(*) AS n, json_group_array(id) AS ids FROM (${matchIdsSql(built)})`
    : `SELECT count(*) AS n, json_group_array(rowid & ${KEY_ID}) AS ids FROM request_search ${matchWhere(built)}`
}

/**
 * A per-connection table of the ids matching the search and the facets, for a caller that reads
 * every match rather than a page (the register export, register-io): filled in id order, then
 * joined with `where`; the caller empties it before and after, in one transaction.
 */
export const HITS_TABLE_SQL = 'CREATE TEMP TABLE IF NOT EXISTS request_hits (id INTEGER PRIMARY KEY)'
export const CLEAR_HITS_SQL = 'DELETE FROM temp.request_hits'

export function fillHitsSql(built: BuiltQuery): string {
  return `INSERT INTO temp.request_hits (id) ${matchIdsSql(built)}`
}

/** The matches of @matchIds (matchListSql, in id order) each looked up in the request table: through request_list_keys when it covers the query. */
const MATCHES = 'json_each(@matchIds) AS m CROSS JOIN request r ON r.id = m.value'

/**
 * One page of the matches that pass the residual, in any order, with their number: each match
 * is looked up once (request_list_keys holds every filter and sort column but the title, so the
 * lookups stay within that small index), and the window count gives the total from the same
 * pass. A page past the end has no row to carry the total: countResidualSql then counts alone.
 */
export function residualPageIdsSql(built: BuiltQuery): string {
  return `SELECT r.id, count(*) OVER () AS total FROM ${MATCHES} ${built.residual} ${built.orderBy} LIMIT @limit OFFSET @offset`
}

export function countResidualSql(built: BuiltQuery): string {
  return `SELECT count(*) AS n FROM ${MATCHES} ${built.residual}`
}

/** One page of the matches (all of them the list) in an order other than the key's: each looked up, then sorted. */
export function sortedPageIdsSql(built: BuiltQuery): string {
  return `SELECT r.id FROM ${MATCHES} ${built.orderBy} LIMIT @limit OFFSET @offset`
}

/**
 * Every request in title order (request_by_title, no sort), for walking until a page of matches
 * is found (walkTitles). Worth it when the matches are a fair share of the register
 * (titlePageByWalk); titles of related requests also sort together, so a walk often ends sooner.
 */
export function titleWalkSql(built: BuiltQuery): string {
  return `SELECT r.id FROM request r INDEXED BY request_by_title ${built.orderBy}`
}

/**
 * Whether a title-sorted page of `matches` of a register of `requests` is cheaper by walking the
 * title index than by looking every match up in the request table and sorting. A walk reads
 * about (offset + limit) × requests / matches entries at ~0.65 µs each, a lookup ~1.6 µs (the
 * benchmark's register); but related titles sort together, so walks end well short of that
 * estimate ("ร้องเรีย" in category 1.8, offset 500: 1,019 entries walked for 13,924 estimated, 1 ms
 * against 7 ms of lookups), hence the allowance of 8 entries a lookup.
 */
export function titlePageByWalk(matches: number, requests: number, offset: number, limit: number): boolean {
  const walked = ((offset + limit) * requests) / Math.max(matches, 1)
  return walked < TITLE_WALK_PER_LOOKUP * matches
}
const TITLE_WALK_PER_LOOKUP = 8

/** The ids of a page already chosen, given as a JSON array in @pageIds. */
export const PAGE_IDS_SQL = 'SELECT value AS id FROM json_each(@pageIds)'

/** The ids of one page of a list without search, chosen through the narrowest index that gives them. */
export function pageIdsSql(where: string, orderBy: string): string {
  return `SELECT r.id FROM request r ${where} ${orderBy} LIMIT @limit OFFSET @offset`
}

/**
 * The ids of one page of search matches sorted by request date, when FTS5 alone selects them
 * (BuiltQuery.ftsExact): the matches in key order until the page is full. No lookup, no sort,
 * and no more matches read than the page needs.
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

// ---------------------------------------------------------------- running it

type ListRow = RequestPage['rows'][number]
type Params = Record<string, unknown>

/**
 * Prepared statements by SQL text, per connection: compiling the 3–5 statements of a list query
 * costs about a tenth of a millisecond each, a few per cent of a search. The SQL varies only with
 * the shape of the query (which filters, which order), so the cache stays small; it is emptied
 * if it ever grows past a hundred.
 */
const statementCache = new WeakMap<Db, Map<string, Database.Statement>>()

function cached<R>(db: Db, sql: string, pluck = false): Database.Statement<Params, R> {
  let byText = statementCache.get(db)
  if (!byText) statementCache.set(db, (byText = new Map()))
  const key = `${pluck ? 'pluck' : 'rows'}:${sql}`
  let statement = byText.get(key)
  if (!statement) {
    if (byText.size >= 100) byText.clear()
    statement = db.prepare(sql)
    if (pluck) statement.pluck()
    byText.set(key, statement)
  }
  return statement as Database.Statement<Params, R>
}

/** Walks the register in title order (titleWalkSql) and keeps the `limit` matches after the first `offset`. */
function walkTitles(db: Db, built: BuiltQuery, matches: ReadonlySet<number>, offset: number, limit: number): number[] {
  const page: number[] = []
  let skip = offset
  for (const id of cached<number>(db, titleWalkSql(built), true).iterate({})) {
    if (!matches.has(id)) continue
    if (skip > 0) skip--
    else if (page.push(id) === limit) break
  }
  return page
}

/**
 * One page of the register's list and the number of requests it holds, in one read transaction
 * (the total and the page describe the same register). `today` is the register clock's date, for
 * "due within N days".
 */
export function queryRequests(db: Db, q: ParsedRequestQuery, today: string): RequestPage {
  const built = buildRequestQuery(q, today)
  const params = { ...built.params, limit: q.limit, offset: q.offset }
  const count = (sql: string, extra: Params = {}) => cached<number>(db, sql, true).get({ ...built.params, ...extra }) ?? 0
  const page = (idsSql: string, extra: Params = {}) => cached<ListRow>(db, pageSql(idsSql, built.orderBy)).all({ ...params, ...extra })
  const pageOf = (list: readonly number[]) => (list.length === 0 ? [] : page(PAGE_IDS_SQL, { pageIds: JSON.stringify(list) }))

  return db.transaction((): RequestPage => {
    if (built.ftsTerms.length === 0) {
      return { total: count(countSql(built.where)), rows: page(pageIdsSql(built.where, built.orderBy)) }
    }
    if (built.ftsExact && built.keyOrder) {
      // FTS5 alone selects the list, in the order asked for: it counts, and hands the page over.
      const total = count(countMatchesSql(built))
      return { total, rows: total <= q.offset ? [] : page(matchPageIdsByKeySql(built, built.keyOrder)) }
    }
    // Another order, or conditions FTS5 cannot check: the matching ids are gathered once.
    const mayWalk = built.ftsExact && built.sortBy === 'title'
    const list = cached<{ n: number; ids: string }>(db, matchListSql(built, !mayWalk)).get(built.params) ?? { n: 0, ids: '[]' }
    if (list.n === 0) return { total: 0, rows: [] }
    const matchIds = list.ids
    if (built.ftsExact) {
      // The matches are the list: their number is the total; only the order costs lookups.
      if (list.n <= q.offset) return { total: list.n, rows: [] }
      if (mayWalk && titlePageByWalk(list.n, count(LAST_ID_SQL), q.offset, q.limit)) {
        return { total: list.n, rows: pageOf(walkTitles(db, built, new Set(JSON.parse(matchIds) as number[]), q.offset, q.limit)) }
      }
      return { total: list.n, rows: pageOf(cached<number>(db, sortedPageIdsSql(built), true).all({ ...params, matchIds })) }
    }
    // Each match looked up once against the residual, counted by the window of the same pass.
    const found = cached<{ id: number; total: number }>(db, residualPageIdsSql(built)).all({ ...params, matchIds })
    // A page past the end has no row to carry the total.
    const total = found[0]?.total ?? count(countResidualSql(built), { matchIds })
    return { total, rows: pageOf(found.map((r) => r.id)) }
  })()
}

/** The highest request id: the register's size, near enough, without counting it. */
const LAST_ID_SQL = 'SELECT coalesce(max(id), 0) FROM request'
