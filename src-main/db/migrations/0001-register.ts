import type { Migration } from './types'

/** The register's first shape: office, people, categories, indicators, requests, attachments. */
export const migration0001: Migration = {
  version: 1,
  name: 'register',
  up: (db) => {
    db.exec(`
      CREATE TABLE office (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        profile TEXT NOT NULL CHECK (json_valid(profile)),
        updated_at TEXT NOT NULL
      );

      CREATE TABLE person (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        full_name TEXT NOT NULL,
        position_lines TEXT NOT NULL CHECK (json_valid(position_lines)),
        unit TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        roles TEXT NOT NULL CHECK (json_valid(roles)),
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE category (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        default_publish_months INTEGER,
        sort_order INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1
      );

      CREATE TABLE indicator (
        id INTEGER PRIMARY KEY,
        fiscal_year INTEGER NOT NULL,
        code TEXT NOT NULL,
        title TEXT NOT NULL,
        sort_order INTEGER NOT NULL DEFAULT 0,
        UNIQUE (fiscal_year, code)
      );

      CREATE TABLE request (
        id INTEGER PRIMARY KEY,
        owner_unit TEXT NOT NULL,
        request_date TEXT NOT NULL,
        title TEXT NOT NULL,
        details TEXT NOT NULL DEFAULT '',
        external_link TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        requester_id INTEGER NOT NULL REFERENCES person(id),
        category_code TEXT NOT NULL REFERENCES category(code) ON UPDATE CASCADE,
        fiscal_year INTEGER NOT NULL,
        fiscal_quarter INTEGER NOT NULL CHECK (fiscal_quarter BETWEEN 1 AND 4),
        period_start TEXT,
        period_end TEXT,
        publish_until TEXT,
        status TEXT NOT NULL CHECK (status IN ('draft','submitted','approved','rejected','published','withdrawn')),
        approved_by INTEGER REFERENCES person(id),
        approved_at TEXT,
        approved_verbal INTEGER NOT NULL DEFAULT 0,
        rejection_reason TEXT NOT NULL DEFAULT '',
        published_by INTEGER REFERENCES person(id),
        published_at TEXT,
        public_url TEXT NOT NULL DEFAULT '',
        withdrawn_by INTEGER REFERENCES person(id),
        withdrawn_at TEXT,
        withdrawn_reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX request_by_date ON request (request_date DESC, id DESC);
      CREATE INDEX request_by_status_date ON request (status, request_date DESC, id DESC);
      CREATE INDEX request_by_fy_quarter ON request (fiscal_year, fiscal_quarter, request_date DESC);
      CREATE INDEX request_by_category ON request (category_code, request_date DESC);
      CREATE INDEX request_by_requester ON request (requester_id, request_date DESC);
      CREATE INDEX request_by_publish_until ON request (publish_until) WHERE publish_until IS NOT NULL;

      CREATE TABLE request_indicator (
        request_id INTEGER NOT NULL REFERENCES request(id) ON DELETE CASCADE,
        indicator_id INTEGER NOT NULL REFERENCES indicator(id),
        PRIMARY KEY (request_id, indicator_id)
      ) WITHOUT ROWID;
      CREATE INDEX request_indicator_by_indicator ON request_indicator (indicator_id, request_id);

      CREATE TABLE attachment (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES request(id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
        kind TEXT NOT NULL,
        added_at TEXT NOT NULL
      );
      CREATE INDEX attachment_by_request ON attachment (request_id);
      CREATE INDEX attachment_by_sha ON attachment (sha256);

      CREATE TABLE status_event (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES request(id) ON DELETE CASCADE,
        from_status TEXT,
        to_status TEXT NOT NULL,
        action TEXT NOT NULL,
        by_id INTEGER NOT NULL REFERENCES person(id),
        at TEXT NOT NULL,
        decided_at TEXT,
        verbal INTEGER NOT NULL DEFAULT 0,
        reason TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX status_event_by_request ON status_event (request_id, id);
    `)
  }
}
