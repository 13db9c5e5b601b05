import type { Migration } from './types'

/**
 * An index for the register list's usual filters (fiscal year, status, category, quarter,
 * requester) that also holds the usual sort keys, so that counting a filtered list and choosing
 * its page read the index alone, not the 100,000-row table. ANALYZE gives the planner the
 * statistics to choose between it and the single-column indexes of 0001.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'list-indexes',
  up: (db) => {
    db.exec(`
      CREATE INDEX request_by_filters ON request
        (fiscal_year, status, category_code, fiscal_quarter, requester_id, request_date, publish_until, updated_at);
      ANALYZE;
    `)
  }
}
