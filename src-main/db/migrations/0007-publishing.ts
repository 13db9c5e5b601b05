import type { Migration } from './types'

/**
 * Publishing over FTPS: where the office's website lives (host profiles), the upload queue that
 * survives a restart, and the record of every file put on (and taken off) the website.
 *
 * - `host_profile` holds what a connection needs and how files are laid out on the host. The
 *   password is only ever stored encrypted (`password_secret`, by Electron's safeStorage); its
 *   `secret_backend` says which OS backend encrypted it, so a profile saved under Linux's
 *   basic_text backend (no real encryption, which the person accepted explicitly) stays visible as such.
 *   The certificate is trusted by the system's CAs, by `ca_pem`, or by the pinned SHA-256 the
 *   person accepted after seeing it.
 * - `upload_job` is one file of one request going to one profile: its state, bytes at the server,
 *   attempts and last error. The temporary remote name is derived from the final one, so an
 *   interrupted job resumes from the server's copy after a restart.
 * - `published_file` says, per attachment, where it went and when — and when and how it came
 *   down (deleted, or moved to the profile's archive folder). It is the evidence behind a
 *   published request's public links and the public index page.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'publishing',
  up: (db) => {
    db.exec(`
      CREATE TABLE host_profile (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        host TEXT NOT NULL CHECK (length(trim(host)) > 0),
        port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
        tls TEXT NOT NULL CHECK (tls IN ('explicit','implicit','none')),
        username TEXT NOT NULL,
        remote_root TEXT NOT NULL CHECK (substr(remote_root, 1, 1) = '/'),
        public_base_url TEXT NOT NULL,
        folder_pattern TEXT NOT NULL,
        file_naming TEXT NOT NULL CHECK (file_naming IN ('ascii-dated','keep-name')),
        if_exists TEXT NOT NULL CHECK (if_exists IN ('overwrite','suffix','fail')),
        takedown TEXT NOT NULL CHECK (takedown IN ('delete','archive')),
        archive_folder TEXT NOT NULL DEFAULT '',
        parallel_connections INTEGER NOT NULL DEFAULT 2 CHECK (parallel_connections BETWEEN 1 AND 8),
        ca_pem TEXT,
        pinned_sha256 TEXT,
        password_secret BLOB,
        secret_backend TEXT,
        is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (takedown = 'delete' OR length(trim(archive_folder)) > 0),
        CHECK ((password_secret IS NULL) = (secret_backend IS NULL))
      );
      CREATE UNIQUE INDEX host_profile_one_default ON host_profile (is_default) WHERE is_default = 1;

      CREATE TABLE upload_job (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES request(id),
        attachment_id INTEGER NOT NULL REFERENCES attachment(id),
        profile_id INTEGER NOT NULL REFERENCES host_profile(id),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
        remote_dir TEXT NOT NULL CHECK (substr(remote_dir, 1, 1) = '/'),
        remote_name TEXT NOT NULL CHECK (length(remote_name) > 0),
        state TEXT NOT NULL CHECK (state IN ('queued','uploading','verifying','done','failed','cancelled','paused')),
        bytes_sent INTEGER NOT NULL DEFAULT 0 CHECK (bytes_sent >= 0),
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT NOT NULL DEFAULT '',
        remote_path TEXT,
        public_url TEXT,
        queued_by INTEGER NOT NULL REFERENCES person(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        finished_at TEXT,
        CHECK (state <> 'done' OR (remote_path IS NOT NULL AND public_url IS NOT NULL AND finished_at IS NOT NULL))
      );
      CREATE INDEX upload_job_by_state ON upload_job (state, id);
      CREATE INDEX upload_job_by_request ON upload_job (request_id, id);

      CREATE TABLE published_file (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES request(id),
        attachment_id INTEGER NOT NULL REFERENCES attachment(id),
        profile_id INTEGER NOT NULL REFERENCES host_profile(id),
        upload_job_id INTEGER REFERENCES upload_job(id),
        remote_path TEXT NOT NULL,
        public_url TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
        published_at TEXT NOT NULL,
        published_by INTEGER NOT NULL REFERENCES person(id),
        removed_at TEXT,
        removed_by INTEGER REFERENCES person(id),
        removal TEXT CHECK (removal IN ('deleted','archived')),
        archive_path TEXT,
        CHECK ((removed_at IS NULL) = (removal IS NULL)),
        CHECK (removal IS NOT 'archived' OR archive_path IS NOT NULL)
      );
      CREATE INDEX published_file_by_request ON published_file (request_id, id);
      -- One live copy of an attachment per profile: publishing it again replaces the record only after removal.
      CREATE UNIQUE INDEX published_file_live ON published_file (attachment_id, profile_id) WHERE removed_at IS NULL;
    `)
  }
}
