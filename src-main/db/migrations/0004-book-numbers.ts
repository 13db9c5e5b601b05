import type { Migration } from './types'

/**
 * The outgoing-document register (ทะเบียนหนังสือส่ง): one row per book number (ที่) the office
 * gave a document, allocated by the app or typed from the paper register.
 *
 * Running numbers restart every year, so "นภ 0332/1" exists once per year: the number is unique
 * within its numbering year (kind + Buddhist-Era year), and that is enforced here, not only in
 * the service, so that two processes (the app and the CLI) or a hand-typed number cannot break
 * it. `book_no` is stored canonical (Arabic digits, one spelling of the spaces) so that the Thai
 * and Arabic spellings of one number collide. Issued numbers are never changed or removed:
 * removing the last one would let the next allocation hand the same number out again.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'book-numbers',
  up: (db) => {
    db.exec(`
      CREATE TABLE book_number (
        id INTEGER PRIMARY KEY,
        prefix TEXT NOT NULL,
        year_kind TEXT NOT NULL CHECK (year_kind IN ('calendar','fiscal')),
        year INTEGER NOT NULL CHECK (year BETWEEN 2400 AND 2900),
        number INTEGER CHECK (number IS NULL OR number > 0),
        book_no TEXT NOT NULL CHECK (length(trim(book_no)) > 0),
        manual INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)),
        document_kind TEXT NOT NULL,
        subject TEXT NOT NULL,
        request_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(request_ids) AND json_type(request_ids) = 'array'),
        document_date TEXT NOT NULL,
        allocated_at TEXT NOT NULL,
        allocated_by INTEGER NOT NULL REFERENCES person(id),
        CHECK (manual = 1 OR number IS NOT NULL),
        UNIQUE (year_kind, year, book_no)
      );
      -- The sequence: max(number) + 1 per prefix and numbering year, read from this index.
      CREATE UNIQUE INDEX book_number_sequence ON book_number (prefix, year_kind, year, number) WHERE number IS NOT NULL;
      CREATE INDEX book_number_by_year ON book_number (year, id);
      CREATE TRIGGER book_number_no_update BEFORE UPDATE ON book_number
        BEGIN SELECT RAISE(ABORT, 'book_number is append-only: an issued book number is never changed'); END;
      CREATE TRIGGER book_number_no_delete BEFORE DELETE ON book_number
        BEGIN SELECT RAISE(ABORT, 'book_number is append-only: an issued book number is never removed'); END;
    `)
  }
}
