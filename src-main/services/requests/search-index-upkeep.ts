/**
 * Keeps the search index (request_search) in few b-trees, so that searches read one b-tree per
 * term rather than a dozen.
 *
 * FTS5 adds a small b-tree at every commit and merges them as they pile up, but never all of
 * them; and a request's row is rewritten whenever its files, texts or facets change, leaving the
 * old entries in the older b-trees to be stepped over (contentless_delete tombstones) until a
 * merge drops them. After a bulk load (the benchmark's 100,000 requests, an import) the index is
 * 14–17 b-trees holding about twice the entries it needs, and a search for a common term costs
 * 20–25 % more than on the merged index (measured on the benchmark's register: "แผนปฏิบัติการ"
 * 11.2 against 9.0 ms of CPU).
 *
 * compactSearchIndex merges them at the app's start when that pays: when a quarter or more of
 * the index's pages lie outside its largest b-tree. Ordinary use (a few requests a day) stays far
 * below that for months; a bulk load crosses it at once. The merge is FTS5's own incremental
 * 'merge' command, in steps of their own transactions (another process writing to the register
 * waits one step at most), within a time budget; what is left is resumed at the next start.
 */
import type { Db } from '../../db/open-database'

/** Merged when at least this share of the index's pages lies outside its largest b-tree. */
const SCATTERED_SHARE = 0.25
/** Below this many pages (a register of a few hundred requests) merging gains nothing measurable. */
const MIN_PAGES = 64
/** Pages of merged output per step. */
const STEP_PAGES = 2000
const BUDGET_MS = 5_000

export interface SearchIndexShape {
  /** The b-trees (FTS5 segments) of the index. */
  segments: number
  /** Leaf pages of them all, and of the largest. */
  pages: number
  largest: number
}

/** The b-trees of the index, from its page directory (request_search_idx: one row per leaf page). */
export function searchIndexShape(db: Db): SearchIndexShape {
  const rows = db.prepare<[], { pages: number }>('SELECT count(*) AS pages FROM request_search_idx GROUP BY segid').all()
  return {
    segments: rows.length,
    pages: rows.reduce((sum, r) => sum + r.pages, 0),
    largest: rows.reduce((max, r) => Math.max(max, r.pages), 0)
  }
}

export function needsCompaction(shape: SearchIndexShape): boolean {
  return shape.segments > 1 && shape.pages >= MIN_PAGES && shape.pages - shape.largest >= SCATTERED_SHARE * shape.pages
}

export interface CompactResult {
  before: SearchIndexShape
  after: SearchIndexShape
  steps: number
  /** Every b-tree merged into one; false when the budget ran out first. */
  done: boolean
}

/**
 * Merges the index's b-trees into one when needsCompaction says so (null when not), for at most
 * `budgetMs`. 'merge' with a negative page count merges b-trees of any level, as 'optimize' does,
 * but stops after that many pages: called until it changes nothing, it leaves one b-tree.
 */
export function compactSearchIndex(db: Db, budgetMs = BUDGET_MS, now: () => number = () => performance.now()): CompactResult | null {
  const before = searchIndexShape(db)
  if (!needsCompaction(before)) return null
  const totalChanges = db.prepare<[], number>('SELECT total_changes()').pluck()
  const step = db.prepare<[number]>("INSERT INTO request_search (request_search, rank) VALUES ('merge', ?)")
  const start = now()
  let steps = 0
  let done = false
  while (!done && now() - start < budgetMs) {
    const changes = totalChanges.get() ?? 0
    step.run(-STEP_PAGES)
    steps++
    // FTS5's documented test: a step that changed fewer than two rows found nothing to merge.
    done = (totalChanges.get() ?? 0) - changes < 2
  }
  return { before, after: searchIndexShape(db), steps, done }
}
