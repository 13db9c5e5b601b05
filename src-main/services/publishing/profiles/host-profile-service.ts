/**
 * Host profiles: where the office's website lives, how files are laid out there, how its
 * certificate is trusted, and its FTP password.
 *
 * The password never enters the register in plain text, nor the audit log, an error message or a
 * log line. It is stored only as the bytes the OS keychain encrypted (SecretStore: Electron's
 * safeStorage); where that store offers only basic_text (no real encryption) the person must
 * accept that explicitly; where there is no store (plain Node: CLI, `npm run web`) it is held in
 * this process's memory (SessionPasswords) until the program ends.
 *
 * A profile's pin belongs to the server it was accepted from, and its password to the account:
 * changing the host or port drops the pin, changing the host or the user name drops the password,
 * so neither is ever sent to (or trusted for) a server the person did not choose it for.
 *
 * This file is the service's face and the profile's own fields (save, remove, the default); the
 * rest sits beside it, one concern a module: host-profile-rows.ts (the table's rows),
 * host-profile-trust.ts (certificate trust), host-profile-passwords.ts (the password) and
 * host-profile-connection-test.ts ("ทดสอบการเชื่อมต่อ").
 */
import {
  hostProfileInput,
  hostTrustInput,
  type HostPasswordInput,
  type HostProfile,
  type HostProfileInput,
  type HostProfileList,
  type HostProfileTestResult,
  type HostTrustInput,
  type SecretBackend
} from '@shared/domain/publishing'
import { AppError } from '@shared/result'
import type { AuditLog } from '../../audit/audit-log'
import { writeTransaction, type ServiceContext } from '../../context'
import { parseInput } from '../../validate'
import { SessionPasswords, type SecretStore } from '../secrets'
import { testHostConnection, type TestOptions } from './host-profile-connection-test'
import { HostProfilePasswords, type ResolvePasswordOptions } from './host-profile-passwords'
import { HostProfileRows, type HostProfileRow } from './host-profile-rows'
import { TH } from './host-profile-text'
import { applyTrust } from './host-profile-trust'
import { toTransferSettings, type TransferSettings } from './transfer-settings'

// Re-exported: callers import these option types with the service (see index.ts).
export type { PasswordPrompt, ResolvePasswordOptions } from './host-profile-passwords'
export type { TestOptions } from './host-profile-connection-test'

const COLUMNS = `name, host, port, tls, username, remote_root, public_base_url, folder_pattern, file_naming, if_exists,
  takedown, archive_folder, parallel_connections`

export class HostProfileService {
  readonly session: SessionPasswords
  private readonly rows: HostProfileRows
  private readonly passwords: HostProfilePasswords

  constructor(
    private readonly ctx: ServiceContext,
    private readonly audit: AuditLog,
    private readonly secrets: SecretStore,
    session: SessionPasswords = new SessionPasswords()
  ) {
    this.session = session
    this.rows = new HostProfileRows(ctx, session)
    this.passwords = new HostProfilePasswords(ctx, audit, secrets, session, this.rows)
  }

  /** What this computer offers for storing passwords right now. */
  secretBackend(): SecretBackend {
    return this.secrets.backend()
  }

  list(): HostProfile[] {
    return this.rows.all('SELECT * FROM host_profile ORDER BY is_default DESC, name COLLATE NOCASE').map((r) => this.rows.toProfile(r))
  }

  /**
   * The list and the password backend (the app's settings screen). Synchronous: the Electron
   * store learns its backend within moments of start-up, long before the screen asks; were it
   * not yet known it reads 'unavailable', and setPassword (which waits for it) still refuses a
   * basic_text store that was not accepted, so the form asks then.
   */
  listWithBackend(): HostProfileList {
    return { profiles: this.list(), secretBackend: this.secrets.backend() }
  }

  get(id: number): HostProfile {
    return this.rows.toProfile(this.rows.byId(id))
  }

  /** By name (any case), as the CLI names profiles. */
  getByName(name: string): HostProfile {
    const row = this.ctx.db.prepare<[string], HostProfileRow>('SELECT * FROM host_profile WHERE name = ? COLLATE NOCASE').get(name.trim())
    if (!row) throw new AppError('not-found', TH.notFoundByName(name, this.list().map((p) => p.name)))
    return this.rows.toProfile(row)
  }

  /** The profile uploads use when none is named; null when there is none. */
  getDefault(): HostProfile | null {
    const row = this.ctx.db.prepare<[], HostProfileRow>('SELECT * FROM host_profile WHERE is_default = 1').get()
    return row ? this.rows.toProfile(row) : null
  }

  /** The default profile, or a Thai error saying how to make one. */
  requireDefault(): HostProfile {
    const found = this.getDefault()
    if (!found) throw new AppError('not-found', TH.noDefault)
    return found
  }

  /**
   * Adds (no id) or changes a profile. `trust` sets how its certificate is trusted in the same
   * transaction (the CLI's --ca / --trust-fingerprint). The first profile becomes the default.
   */
  save(input: HostProfileInput, actorId: number | null, options: { trust?: Omit<Extract<HostTrustInput, { mode: 'pin' }>, 'id'> | Omit<Extract<HostTrustInput, { mode: 'ca' }>, 'id'> } = {}): HostProfile {
    const p = parseInput(hostProfileInput, input)
    const now = this.ctx.clock.now()
    const cleared: string[] = []
    const id = writeTransaction(this.ctx.db, () => {
      const clash = this.ctx.db
        .prepare<[string, number], { id: number }>('SELECT id FROM host_profile WHERE name = ? COLLATE NOCASE AND id != ?')
        .get(p.name, p.id ?? 0)
      if (clash) throw new AppError('conflict', TH.nameTaken(p.name), { name: TH.nameTakenField })
      const values = {
        name: p.name,
        host: p.host,
        port: p.port,
        tls: p.tls,
        username: p.username,
        remote_root: p.remoteRoot,
        public_base_url: p.publicBaseUrl,
        folder_pattern: p.folderPattern,
        file_naming: p.fileNaming,
        if_exists: p.ifExists,
        takedown: p.takedown,
        archive_folder: p.archiveFolder,
        parallel_connections: p.parallelConnections,
        now
      }
      let id: number
      if (p.id === undefined) {
        id = Number(
          this.ctx.db
            .prepare(
              `INSERT INTO host_profile (${COLUMNS}, created_at, updated_at)
               VALUES (@name, @host, @port, @tls, @username, @remote_root, @public_base_url, @folder_pattern, @file_naming, @if_exists,
                 @takedown, @archive_folder, @parallel_connections, @now, @now)`
            )
            .run(values).lastInsertRowid
        )
      } else {
        const before = this.rows.byId(p.id)
        id = before.id
        const sameHost = before.host.toLowerCase() === p.host.toLowerCase()
        const dropPin = before.pinned_sha256 !== null && (!sameHost || before.port !== p.port)
        const dropPassword = (before.password_secret !== null || this.session.has(id)) && (!sameHost || before.username !== p.username)
        if (dropPin) cleared.push('pinnedSha256')
        if (dropPassword) cleared.push('password')
        this.ctx.db
          .prepare(
            `UPDATE host_profile SET name = @name, host = @host, port = @port, tls = @tls, username = @username, remote_root = @remote_root,
               public_base_url = @public_base_url, folder_pattern = @folder_pattern, file_naming = @file_naming, if_exists = @if_exists,
               takedown = @takedown, archive_folder = @archive_folder, parallel_connections = @parallel_connections, updated_at = @now
               ${dropPin ? ', pinned_sha256 = NULL' : ''} ${dropPassword ? ', password_secret = NULL, secret_backend = NULL' : ''}
             WHERE id = @id`
          )
          .run({ ...values, id })
      }
      const { allowPlainFtp: _allow, isDefault: _isDefault, id: _id, ...fields } = p
      this.audit.append({
        actorId,
        action: p.id === undefined ? 'host-profile.create' : 'host-profile.update',
        entity: 'host-profile',
        entityId: id,
        detail: { ...fields, ...(cleared.length > 0 ? { cleared } : {}) }
      })
      if (options.trust) applyTrust(this.ctx, this.audit, this.rows, { ...options.trust, id }, actorId)
      const hasDefault = this.ctx.db.prepare('SELECT 1 FROM host_profile WHERE is_default = 1').get() !== undefined
      if (p.isDefault || !hasDefault) this.makeDefault(id, actorId)
      return id
    })
    if (cleared.includes('password')) this.session.forget(id)
    return this.get(id)
  }

  /** Removes a profile nothing was ever uploaded with (upload history is evidence). */
  remove(id: number, actorId: number | null): void {
    writeTransaction(this.ctx.db, () => {
      const row = this.rows.byId(id)
      const count = (table: string) => this.ctx.db.prepare<[number], { n: number }>(`SELECT count(*) AS n FROM ${table} WHERE profile_id = ?`).get(id)?.n ?? 0
      const jobs = count('upload_job')
      const files = count('published_file')
      if (jobs > 0 || files > 0) throw new AppError('conflict', TH.inUse(row.name, jobs, files))
      this.ctx.db.prepare('DELETE FROM host_profile WHERE id = ?').run(id)
      this.audit.append({ actorId, action: 'host-profile.remove', entity: 'host-profile', entityId: id, detail: { name: row.name, host: row.host } })
      if (row.is_default === 1) {
        const next = this.ctx.db.prepare<[], { id: number }>('SELECT id FROM host_profile ORDER BY id LIMIT 1').get()
        if (next) this.makeDefault(next.id, actorId)
      }
    })
    this.session.forget(id)
  }

  setDefault(id: number, actorId: number | null): HostProfile {
    writeTransaction(this.ctx.db, () => {
      this.rows.byId(id)
      this.makeDefault(id, actorId)
    })
    return this.get(id)
  }

  /** How the profile's certificate is trusted: a pinned fingerprint, a CA, or the system's CAs. */
  trust(input: HostTrustInput, actorId: number | null): HostProfile {
    const t = parseInput(hostTrustInput, input)
    writeTransaction(this.ctx.db, () => applyTrust(this.ctx, this.audit, this.rows, t, actorId))
    return this.get(t.id)
  }

  /** Pins the certificate the person saw and accepted (its SHA-256 fingerprint). */
  trustCertificate(profileId: number, sha256: string, actorId: number | null): HostProfile {
    return this.trust({ mode: 'pin', id: profileId, sha256 }, actorId)
  }

  /** Trusts certificates issued by this CA (or this self-signed certificate); null: the system's CAs again. */
  setCa(profileId: number, pem: string | null, actorId: number | null): HostProfile {
    return this.trust(pem === null ? { mode: 'system', id: profileId } : { mode: 'ca', id: profileId, caPem: pem }, actorId)
  }

  /**
   * Keeps the profile's password: encrypted by the OS keychain, or (no keychain, or the person
   * chose so) in memory until the program closes. basic_text needs `acceptWeakEncryption`.
   */
  async setPassword(input: HostPasswordInput, actorId: number | null): Promise<HostProfile> {
    return this.get(await this.passwords.set(input, actorId))
  }

  /** Removes the stored password and the one held for this session. */
  forgetPassword(id: number, actorId: number | null): HostProfile {
    this.passwords.forget(id, actorId)
    return this.get(id)
  }

  /**
   * The password to log in with: the stored secret (when this process can decrypt it), else the
   * one held for this session, else what `prompt` returns (then held for the session), else an
   * AppError 'password-required' with a Thai message saying where to enter it.
   */
  resolvePassword(profileId: number, options: ResolvePasswordOptions = {}): Promise<string> {
    return this.passwords.resolve(profileId, options)
  }

  /** The profile as the FTPS transfer layer takes it. */
  transferSettings(profileId: number, timeoutMs?: number): TransferSettings {
    return toTransferSettings(this.get(profileId), timeoutMs)
  }

  /**
   * "Test connection": TLS version, certificate, greeting, and whether a test file can be written
   * to the remote root and removed. A certificate that cannot be verified comes back as
   * `trust-needed` with its details (nothing was sent); every other refusal (wrong password,
   * a pinned profile seeing another certificate, a closed port) is thrown as the transfer
   * layer's FtpsError with its Thai message.
   */
  async test(profileId: number, options: TestOptions = {}): Promise<HostProfileTestResult> {
    const profile = this.get(profileId)
    const password = options.password ?? (await this.resolvePassword(profileId, options.prompt ? { prompt: options.prompt } : {}))
    return testHostConnection(profile, password, options.timeoutMs)
  }

  // ------------------------------------------------------------------------------------------

  /** Inside a transaction: one default at a time, and the change is audited. */
  private makeDefault(id: number, actorId: number | null): void {
    const current = this.ctx.db.prepare<[], { id: number }>('SELECT id FROM host_profile WHERE is_default = 1').get()
    if (current?.id === id) return
    this.ctx.db.prepare('UPDATE host_profile SET is_default = 0 WHERE is_default = 1').run()
    this.ctx.db.prepare('UPDATE host_profile SET is_default = 1 WHERE id = ?').run(id)
    this.audit.append({ actorId, action: 'host-profile.default', entity: 'host-profile', entityId: id, detail: { previous: current?.id ?? null } })
  }
}
