import type { Migration } from './types'

/**
 * What the dashboard (services/dashboard) reads, so that its whole page costs a few milliseconds
 * on 100,000 requests rather than a scan of every one (bench/dashboard.bench.ts measured each
 * query with EXPLAIN QUERY PLAN before and after):
 *
 * - `request_status_count`: the number of requests in each status, kept by triggers in the same
 *   transaction as the change. Counting by status otherwise reads a 100,000-entry index on every
 *   view of the first screen (13–26 ms on this machine); the triggers cost one small update per
 *   insert, delete or status move. A migration that rebuilds the request table must recreate the
 *   triggers and recount (the INSERT … SELECT below).
 * - `request_published_until (publish_until)`, of the published requests that have one: those
 *   whose publish-until date has passed or comes soon are one range of it, counted from the index
 *   alone and listed in date order (before: a skip-scan of request_by_filters over every fiscal
 *   year, 5–17 ms; an index on (status, publish_until) over every status: 4.3 ms, this one 3.4).
 * - `request_by_status_updated (status, updated_at)`: the requests waiting for a decision with
 *   the time of their last change, from the index alone (before: a table lookup per waiting
 *   request, 6–14 ms with 3,000 of them).
 */
export const migration0008: Migration = {
  version: 8,
  name: 'dashboard',
  up: (db) => {
    db.exec(`
      CREATE TABLE request_status_count (
        status TEXT PRIMARY KEY,
        n INTEGER NOT NULL CHECK (n >= 0)
      ) WITHOUT ROWID;
      INSERT INTO request_status_count (status, n)
        SELECT value, (SELECT count(*) FROM request WHERE status = value)
        FROM json_each('["draft","submitted","approved","rejected","published","withdrawn"]');

      CREATE TRIGGER request_status_count_insert AFTER INSERT ON request BEGIN
        INSERT INTO request_status_count (status, n) VALUES (new.status, 1)
          ON CONFLICT (status) DO UPDATE SET n = n + 1;
      END;
      CREATE TRIGGER request_status_count_delete AFTER DELETE ON request BEGIN
        UPDATE request_status_count SET n = n - 1 WHERE status = old.status;
      END;
      CREATE TRIGGER request_status_count_update AFTER UPDATE OF status ON request WHEN old.status IS NOT new.status BEGIN
        UPDATE request_status_count SET n = n - 1 WHERE status = old.status;
        INSERT INTO request_status_count (status, n) VALUES (new.status, 1)
          ON CONFLICT (status) DO UPDATE SET n = n + 1;
      END;

      CREATE INDEX request_published_until ON request (publish_until) WHERE status = 'published' AND publish_until IS NOT NULL;
      CREATE INDEX request_by_status_updated ON request (status, updated_at);
      ANALYZE request;
    `)
  }
}
