import type { Migration } from './types'

/**
 * The audit log: append-only (triggers refuse UPDATE and DELETE) and hash-chained, so that an
 * edit made behind the app's back, with any SQLite tool, is found by `audit verify`.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'audit-log',
  up: (db) => {
    db.exec(`
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor_id INTEGER,
        actor_name TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        detail TEXT NOT NULL CHECK (json_valid(detail)),
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE
      );
      CREATE INDEX audit_by_entity ON audit_log (entity, entity_id, seq);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `)
  }
}
