import type { Migration } from './types'

/**
 * Thai substring search: FTS5 with the trigram tokenizer (Thai has no spaces between words, so a
 * word tokenizer would miss substrings). One row per request, rowid = request id, kept in step by
 * triggers so that no code path can forget it. Attachment names are folded into one column.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'search-index',
  up: (db) => {
    db.exec(`
      CREATE VIRTUAL TABLE request_search USING fts5(
        title, details, owner_unit, attachment_names,
        tokenize = 'trigram'
      );

      CREATE TRIGGER request_search_insert AFTER INSERT ON request BEGIN
        INSERT INTO request_search (rowid, title, details, owner_unit, attachment_names)
        VALUES (new.id, new.title, new.details, new.owner_unit, '');
      END;
      CREATE TRIGGER request_search_update AFTER UPDATE OF title, details, owner_unit ON request BEGIN
        UPDATE request_search SET title = new.title, details = new.details, owner_unit = new.owner_unit
        WHERE rowid = new.id;
      END;
      CREATE TRIGGER request_search_delete AFTER DELETE ON request BEGIN
        DELETE FROM request_search WHERE rowid = old.id;
      END;
      CREATE TRIGGER request_search_attachment_insert AFTER INSERT ON attachment BEGIN
        UPDATE request_search SET attachment_names =
          (SELECT coalesce(group_concat(file_name, ' / '), '') FROM attachment WHERE request_id = new.request_id)
        WHERE rowid = new.request_id;
      END;
      CREATE TRIGGER request_search_attachment_delete AFTER DELETE ON attachment BEGIN
        UPDATE request_search SET attachment_names =
          (SELECT coalesce(group_concat(file_name, ' / '), '') FROM attachment WHERE request_id = old.request_id)
        WHERE rowid = old.request_id;
      END;

      INSERT INTO request_search (rowid, title, details, owner_unit, attachment_names)
        SELECT r.id, r.title, r.details, r.owner_unit,
               coalesce((SELECT group_concat(a.file_name, ' / ') FROM attachment a WHERE a.request_id = r.id), '')
        FROM request r;
    `)
  }
}
