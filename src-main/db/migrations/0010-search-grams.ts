import type { Migration } from './types'

/**
 * The search index is rebuilt on strided grams (src-main/db/search-grams.ts) instead of FTS5's
 * trigram tokenizer: a long common term is counted from a few selective grams instead of one
 * trigram per character ("แผนปฏิบัติการ" 4 doclists instead of 11; issue 2's benchmark). What a
 * search finds becomes exactly what LIKE finds: ASCII letters fold as LIKE folds them (the
 * trigram tokenizer also folded other scripts), and a term no longer matches across two file names
 * (0009 joined them with " / ").
 *
 * - Columns g0, g1, g2: the grams of 3, 4 and 5 characters of the title, details, owning unit and
 *   each file name, spelt as `ascii` words by the SQL function search_grams (registered on every
 *   connection by open-database.ts, before the migrations run).
 * - Facet columns as in 0009, spelt as plain words: the status as it is ("published"), the fiscal
 *   year, quarter and requester id as numbers, the category code through search_word; every
 *   value can now be spelt, so a filter never falls back to the request table for want of a token.
 * - The key (search key: request date's day number × 2^32 + id), the triggers' shape and the final
 *   merge (`optimize`) as in 0009.
 */
const COLUMNS = 'g0, g1, g2, f_status, f_year, f_category, f_quarter, f_requester'

/** The file names of request `id`, oldest first, as a JSON array. */
const NAMES = (id: string) => `(SELECT json_group_array(file_name) FROM (SELECT file_name FROM attachment WHERE request_id = ${id} ORDER BY id))`

/** The values of COLUMNS for request `r` (a row alias or new/old) whose file names are `names`. */
const VALUES = (r: string, names: string) => {
  const grams = (c: number) => `search_grams(${c}, ${names}, ${r}.title, ${r}.details, ${r}.owner_unit)`
  return [
    grams(0),
    grams(1),
    grams(2),
    `${r}.status`,
    `coalesce(${r}.fiscal_year, '')`,
    `coalesce(search_word(${r}.category_code), '')`,
    `coalesce(${r}.fiscal_quarter, '')`,
    `coalesce(${r}.requester_id, '')`
  ].join(',\n            ')
}

/** As in 0006: the day number of the request date in the high bits, the id in the low 32. */
const KEY = (r: string) => `(coalesce(CAST(julianday(${r}.request_date) AS INTEGER), 0) * 4294967296 + ${r}.id)`

/** The index rows of the requests `r` that meet `where`. */
const ROWS = (where: string) => `INSERT INTO request_search (rowid, ${COLUMNS})
          SELECT ${KEY('r')}, ${VALUES('r', NAMES('r.id'))}
          FROM request r WHERE ${where}`

export const migration0010: Migration = {
  version: 10,
  name: 'search-grams',
  up: (db) => {
    db.exec(`
      DROP TRIGGER request_search_insert;
      DROP TRIGGER request_search_update;
      DROP TRIGGER request_search_delete;
      DROP TRIGGER request_search_attachment_insert;
      DROP TRIGGER request_search_attachment_update;
      DROP TRIGGER request_search_attachment_delete;
      DROP TABLE request_search;

      CREATE VIRTUAL TABLE request_search USING fts5(
        ${COLUMNS},
        content = '', contentless_delete = 1, tokenize = 'ascii'
      );

      CREATE TRIGGER request_search_insert AFTER INSERT ON request BEGIN
        INSERT INTO request_search (rowid, ${COLUMNS})
          VALUES (${KEY('new')}, ${VALUES('new', "'[]'")});
      END;
      CREATE TRIGGER request_search_update AFTER UPDATE OF id, request_date, title, details, owner_unit,
        status, fiscal_year, category_code, fiscal_quarter, requester_id ON request BEGIN
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

      ${ROWS('1')} ORDER BY 1;
      INSERT INTO request_search (request_search) VALUES ('optimize');
    `)
  }
}
