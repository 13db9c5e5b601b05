/**
 * The dashboard: counts by status, what waits for a decision, what is due to come down, the
 * indicators of the fiscal year with no published evidence yet, and the next MOIT round. One read
 * transaction, so every figure describes the same register; "today" comes from the injected clock.
 *
 * Speed (bench/dashboard.bench.ts, 100,000 requests; migration 0008 made for it): the counts are
 * read from `request_status_count`, kept by triggers; the take-down figures are one range of
 * `request_published_until`; the longest waits are chosen from `request_by_status_updated` alone
 * and only those few rows are read in full; the indicators probe `request_indicator_by_indicator`
 * and stop at the first published request of each.
 *
 * The take-down query is the dashboard's own for now: the upload queue (services/publishing/queue)
 * is to offer the same "publish-until passed or within 30 days" query; when it does, this one
 * should call it.
 */
import { STATUSES, type RequestStatus } from '@shared/domain/request-status'
import { TAKE_DOWN_WINDOW_DAYS, dashboardInput, type Dashboard, type DashboardInput, type MissingIndicator, type MoitRound, type TakeDownItem, type WaitingItem } from '@shared/domain/dashboard'
import { addDays, daysBetween, fiscalYearOf, isIsoDate, moitRoundRange, todayIso } from '@shared/thai'
import type { ServiceContext } from '../context'
import { parseInput } from '../validate'

const COUNTS_SQL = 'SELECT status, n FROM request_status_count'

// The latest move into "submitted" (a submit, or an edit that reopened an approved request) is
// when the wait began; a request with no such event (written by an older version or a bulk load)
// counts from its last change. The page is chosen first, from the index; only its rows are read.
const WAITING_SQL = `
  WITH page AS (
    SELECT w.id, coalesce((SELECT max(e.at) FROM status_event e WHERE e.request_id = w.id AND e.to_status = 'submitted'), w.updated_at) AS since
    FROM request w INDEXED BY request_by_status_updated
    WHERE w.status = 'submitted'
    ORDER BY since, w.id
    LIMIT @limit)
  SELECT r.id, r.title, r.owner_unit AS ownerUnit, p.title || p.full_name AS requesterName, page.since
  FROM page CROSS JOIN request r ON r.id = page.id JOIN person p ON p.id = r.requester_id
  ORDER BY page.since, page.id`

// Two plain counts: count(*) over an index range reads no column, which sum(…) over the same range would.
const TAKE_DOWN_COUNT_SQL = `
  SELECT
    (SELECT count(*) FROM request INDEXED BY request_published_until WHERE status = 'published' AND publish_until <= @dueBy) AS total,
    (SELECT count(*) FROM request INDEXED BY request_published_until WHERE status = 'published' AND publish_until < @today) AS overdue`

const TAKE_DOWN_SQL = `
  SELECT id, title, owner_unit AS ownerUnit, publish_until AS publishUntil, public_url AS publicUrl
  FROM request INDEXED BY request_published_until WHERE status = 'published' AND publish_until <= @dueBy
  ORDER BY publish_until, id
  LIMIT @limit`

const INDICATOR_COUNT_SQL = 'SELECT count(*) AS n FROM indicator WHERE fiscal_year = @fiscalYear'

const MISSING_INDICATORS_SQL = `
  SELECT i.id, i.code, i.title FROM indicator i
  WHERE i.fiscal_year = @fiscalYear AND NOT EXISTS (
    SELECT 1 FROM request_indicator ri JOIN request r ON r.id = ri.request_id
    WHERE ri.indicator_id = i.id AND r.status = 'published')
  ORDER BY i.sort_order, i.id`

/** Exposed for the benchmark's EXPLAIN QUERY PLAN report. */
export const DASHBOARD_QUERIES = {
  counts: COUNTS_SQL,
  waiting: WAITING_SQL,
  takeDownCount: TAKE_DOWN_COUNT_SQL,
  takeDown: TAKE_DOWN_SQL,
  missingIndicators: MISSING_INDICATORS_SQL
} as const

/**
 * The next MOIT round from `today`: the 6-month round of the fiscal year until its last day
 * (31 March), then the 12-month round (until 30 September) — domain.md's "MOIT rounds end
 * 31 March (6 months) and 30 September (12 months)".
 */
export function nextMoitRound(today: string): MoitRound {
  const fiscalYear = fiscalYearOf(today)
  const six = moitRoundRange(fiscalYear, 6)
  const months = today <= six.end ? 6 : 12
  const range = months === 6 ? six : moitRoundRange(fiscalYear, 12)
  return { fiscalYear, months, start: range.start, end: range.end, daysLeft: daysBetween(today, range.end) }
}

/** The Bangkok calendar date of a stored instant (or the date itself when only a date was stored). */
function calendarDate(at: string): string {
  if (isIsoDate(at)) return at
  const instant = new Date(at)
  return Number.isNaN(instant.getTime()) ? at.slice(0, 10) : todayIso(instant)
}


export class DashboardService {
  /** Prepared once, on first use: the first screen is shown often. */
  private statements: ReturnType<DashboardService['prepareAll']> | null = null

  constructor(private readonly ctx: ServiceContext) {}

  private prepareAll() {
    const db = this.ctx.db
    return {
      counts: db.prepare<[], { status: RequestStatus; n: number }>(COUNTS_SQL),
      waiting: db.prepare<{ limit: number }, Omit<WaitingItem, 'days'>>(WAITING_SQL),
      takeDownCount: db.prepare<{ today: string; dueBy: string }, { total: number; overdue: number }>(TAKE_DOWN_COUNT_SQL),
      takeDown: db.prepare<{ dueBy: string; limit: number }, Omit<TakeDownItem, 'daysLeft'>>(TAKE_DOWN_SQL),
      indicatorCount: db.prepare<{ fiscalYear: number }, { n: number }>(INDICATOR_COUNT_SQL),
      missing: db.prepare<{ fiscalYear: number }, MissingIndicator>(MISSING_INDICATORS_SQL)
    }
  }

  get(input: DashboardInput = {}): Dashboard {
    const { limit } = parseInput(dashboardInput, input)
    const today = todayIso(new Date(this.ctx.clock.now()))
    const fiscalYear = fiscalYearOf(today)
    const dueBy = addDays(today, TAKE_DOWN_WINDOW_DAYS)
    const db = this.ctx.db
    const q = (this.statements ??= this.prepareAll())
    return db.transaction((): Dashboard => {
      const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<RequestStatus, number>
      for (const r of q.counts.all()) counts[r.status] = r.n
      const total = STATUSES.reduce((sum, s) => sum + counts[s], 0)

      const waiting: WaitingItem[] = q.waiting.all({ limit }).map((r) => ({ ...r, days: Math.max(0, daysBetween(calendarDate(r.since), today)) }))

      const due = q.takeDownCount.get({ today, dueBy }) ?? { total: 0, overdue: 0 }
      const takeDown: TakeDownItem[] = q.takeDown.all({ dueBy, limit }).map((r) => ({ ...r, daysLeft: daysBetween(today, r.publishUntil) }))

      const indicatorTotal = q.indicatorCount.get({ fiscalYear })?.n ?? 0
      const missing = q.missing.all({ fiscalYear })

      return {
        today,
        fiscalYear,
        total,
        counts,
        waiting: { total: counts.submitted, items: waiting },
        takeDown: { total: due.total, overdue: due.overdue, windowDays: TAKE_DOWN_WINDOW_DAYS, items: takeDown },
        indicators: { fiscalYear, total: indicatorTotal, missing },
        nextRound: nextMoitRound(today)
      }
    })()
  }
}
