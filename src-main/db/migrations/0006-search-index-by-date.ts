import type { Migration } from './types'

/**
 * The search index of 0003, rebuilt for speed at 100,000 requests; what a search finds does not
 * change (a term matches a request when it is a substring of its title, details, owning unit or
 * one of its attachment names; several terms must each match).
 *
 * - Row ids in the register's order. An index row's id is the request's *search key*: the day
 *   number of its request date in the high bits and its id in the low 32 bits
 *   (`julianday(request_date) * 2^32 + id`), so ordering by row id is ordering by
 *   (request_date, id), the register's default sort. FTS5 returns matches in row-id order, either
 *   way, and stops when the page is full: the newest 50 of 19,000 matches cost 50 matches, not
 *   19,000 looked up and sorted. A date range is a row-id range, which FTS5 skips to.
 * - Contentless (`content = ''`): the text stays in `request` and `attachment` only (0003 kept a
 *   62 MB copy at 100,000 requests); `contentless_delete` lets the triggers remove a row by its id.
 *   A row is rewritten whole when anything in it changes (a file added, a title edited).
 * - The list's indexes reshaped for the filters and sorts the register offers (below).
 *
 * Dates are ISO dates (the schemas check them), which julianday() reads; an unreadable one would
 * get day 0 and sort first in search results only.
 */
const KEY = (r: string) => `(coalesce(CAST(julianday(${r}.request_date) AS INTEGER), 0) * 4294967296 + ${r}.id)`

/** The index rows of the requests `r` that meet `where`, from their texts and attachment names. */
const ROWS = (where: string) => `INSERT INTO request_search (rowid, title, details, owner_unit, attachment_names)
          SELECT ${KEY('r')}, r.title, r.details, r.owner_unit,
            coalesce((SELECT group_concat(file_name, ' / ') FROM (SELECT file_name FROM attachment WHERE request_id = r.id ORDER BY id)), '')
          FROM request r WHERE ${where}`

export const migration0006: Migration = {
  version: 6,
  name: 'search-index-by-date',
  up: (db) => {
    db.exec(`
      DROP TRIGGER request_search_insert;
      DROP TRIGGER request_search_update;
      DROP TRIGGER request_search_delete;
      DROP TRIGGER request_search_attachment_insert;
      DROP TRIGGER request_search_attachment_delete;
      DROP TABLE request_search;

      CREATE VIRTUAL TABLE request_search USING fts5(
        title, details, owner_unit, attachment_names,
        content = '', contentless_delete = 1, tokenize = 'trigram'
      );

      CREATE TRIGGER request_search_insert AFTER INSERT ON request BEGIN
        INSERT INTO request_search (rowid, title, details, owner_unit, attachment_names)
          VALUES (${KEY('new')}, new.title, new.details, new.owner_unit, '');
      END;
      CREATE TRIGGER request_search_update AFTER UPDATE OF id, request_date, title, details, owner_unit ON request BEGIN
        DELETE FROM request_search WHERE rowid = ${KEY('old')};
        ${ROWS('r.id = new.id')};
      END;
      CREATE TRIGGER request_search_delete AFTER DELETE ON request BEGIN
        DELETE FROM request_search WHERE rowid = ${KEY('old')};
      END;
      CREATE TRIGGER request_search_attachment_insert AFTER INSERT ON attachment BEGIN
        DELETE FROM request_search WHERE rowid = (SELECT ${KEY('r')} FROM request r WHERE r.id = new.request_id);
        ${ROWS('r.id = new.request_id')};
      END;
      CREATE TRIGGER request_search_attachment_update AFTER UPDATE OF request_id, file_name ON attachment BEGIN
        DELETE FROM request_search WHERE rowid IN (SELECT ${KEY('r')} FROM request r WHERE r.id IN (old.request_id, new.request_id));
        ${ROWS('r.id IN (old.request_id, new.request_id)')};
      END;
      CREATE TRIGGER request_search_attachment_delete AFTER DELETE ON attachment BEGIN
        DELETE FROM request_search WHERE rowid = (SELECT ${KEY('r')} FROM request r WHERE r.id = old.request_id);
        ${ROWS('r.id = old.request_id')};
      END;

      DROP INDEX request_by_fy_quarter;
      DROP INDEX request_by_category;
      DROP INDEX request_by_requester;
      DROP INDEX request_by_filters;
      CREATE INDEX request_by_filters ON request
        (fiscal_year, status, category_code, request_date, fiscal_quarter, requester_id, publish_until, updated_at);
      CREATE INDEX request_by_filters_title ON request (fiscal_year, status, category_code, title);
      CREATE INDEX request_list_keys ON request
        (id, fiscal_year, status, category_code, fiscal_quarter, requester_id, request_date, publish_until, updated_at);

      ${ROWS('1')} ORDER BY 1;
      ANALYZE request;
    `)
  }
}
