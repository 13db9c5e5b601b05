import type { Migration } from './types'

/**
 * The search index of 0006 gains the list's filters, so that a search with filters is one FTS5
 * query (request-query.ts) instead of a lookup of every match in the request table; and a title
 * index for the list sorted by title. What a search finds does not change.
 *
 * - Facet columns. Each holds one token naming the request's status, fiscal year, category,
 *   quarter or requester: three characters (a kind, then a value in two characters) from the
 *   private-use area, so that the trigram tokenizer indexes each as exactly one trigram. FTS5 then
 *   intersects a search with "published, fiscal year 2568, category 1.8" by stepping through the
 *   doclists it reads anyway (~25 ns an entry) rather than looking each match up in an index
 *   (~1 µs each; 7,400 matches cost 7 ms). Queries name the facet columns (`f_status : …`), so text
 *   that happens to contain these characters cannot be taken for a facet.
 *   Values: status 1–6 in the order of the CHECK constraint of 0001; fiscal year, quarter and
 *   requester id as they are; a category code "a.b" (two whole numbers 0–255 written without
 *   leading zeros) as a × 256 + b. Any other value (a code such as "1.2.3", an id above 65,535)
 *   gets an empty column: request-query.ts then filters by the request table for that value.
 * - The triggers rewrite a request's row when a faceted column changes too (a status move, an
 *   edited category), as they already did for its texts, date and files.
 * - `request_by_title`: the list sorted by title without a sort of the whole register, and the
 *   title order that a title-sorted search walks (request-query.ts).
 * - The rebuilt index is merged into one segment (`optimize`): its first searches read one
 *   b-tree per term instead of the dozen an insert-by-insert build leaves.
 *
 * The character codes and the status numbers here are part of the file format: request-query.ts
 * builds the same tokens (tests/integration/migrations/0009-search-facets.test.ts holds the two
 * to each other), and a later change means a new migration that rebuilds the index.
 */
const KIND_BASE = 0xe000
const VALUE_BASE = 0xe100

/** The token of facet `kind` for the integer SQL expression `v`, or '' when `v` is out of range or NULL. */
const token = (kind: number, v: string) =>
  `CASE WHEN (${v}) BETWEEN 0 AND 65535 THEN char(${KIND_BASE + kind}, ${VALUE_BASE} + (${v}) / 256, ${VALUE_BASE} + (${v}) % 256) ELSE '' END`

const STATUS = (r: string) =>
  `CASE ${r}.status WHEN 'draft' THEN 1 WHEN 'submitted' THEN 2 WHEN 'approved' THEN 3 WHEN 'rejected' THEN 4 WHEN 'published' THEN 5 WHEN 'withdrawn' THEN 6 END`

/** "a.b" with a and b whole numbers 0–255 written as SQLite writes them: a × 256 + b; otherwise NULL. */
const CATEGORY = (r: string) => {
  const code = `${r}.category_code`
  const dot = `instr(${code}, '.')`
  const a = `substr(${code}, 1, ${dot} - 1)`
  const b = `substr(${code}, ${dot} + 1)`
  const whole = (part: string) => `CAST(CAST(${part} AS INTEGER) AS TEXT) = ${part} AND CAST(${part} AS INTEGER) BETWEEN 0 AND 255`
  return `CASE WHEN ${dot} > 1 AND ${whole(a)} AND ${whole(b)} THEN CAST(${a} AS INTEGER) * 256 + CAST(${b} AS INTEGER) END`
}

const FACETS = (r: string) =>
  [token(0, STATUS(r)), token(1, `${r}.fiscal_year`), token(2, CATEGORY(r)), token(3, `${r}.fiscal_quarter`), token(4, `${r}.requester_id`)].join(',\n            ')

const COLUMNS = 'title, details, owner_unit, attachment_names, f_status, f_year, f_category, f_quarter, f_requester'

/** As in 0006: the day number of the request date in the high bits, the id in the low 32. */
const KEY = (r: string) => `(coalesce(CAST(julianday(${r}.request_date) AS INTEGER), 0) * 4294967296 + ${r}.id)`

/** The index rows of the requests `r` that meet `where`. */
const ROWS = (where: string) => `INSERT INTO request_search (rowid, ${COLUMNS})
          SELECT ${KEY('r')}, r.title, r.details, r.owner_unit,
            coalesce((SELECT group_concat(file_name, ' / ') FROM (SELECT file_name FROM attachment WHERE request_id = r.id ORDER BY id)), ''),
            ${FACETS('r')}
          FROM request r WHERE ${where}`

export const migration0009: Migration = {
  version: 9,
  name: 'search-facets',
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
        content = '', contentless_delete = 1, tokenize = 'trigram'
      );

      CREATE TRIGGER request_search_insert AFTER INSERT ON request BEGIN
        INSERT INTO request_search (rowid, ${COLUMNS})
          VALUES (${KEY('new')}, new.title, new.details, new.owner_unit, '', ${FACETS('new')});
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

      -- In (title, id) order. request_date makes it look wider to the planner than request_by_date
      -- (which it rates by the declared columns): else, as the newest of equals, this index as
      -- wide as the titles would be the one SQLite reads to count the requests (10 times slower).
      CREATE INDEX request_by_title ON request (title, id, request_date);
      ANALYZE request;
    `)
  }
}
