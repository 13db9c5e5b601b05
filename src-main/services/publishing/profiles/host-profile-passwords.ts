/**
 * A host profile's FTP password: kept encrypted by the OS keychain (SecretStore), or in this
 * process's memory (SessionPasswords) where there is no keychain or the person chose so, and
 * found again when an upload or a test needs it.
 *
 * The password itself never reaches the register in plain text, the audit log, an error message
 * or a log line: the audit records only where it was kept, and a keychain failure becomes a Thai
 * message of our own (the keychain's could echo its input).
 */
import type { AuditAction } from '@shared/domain/audit-vocabulary'
import { hostPasswordInput, type HostPasswordInput, type HostProfile, type StoredSecretBackend } from '@shared/domain/publishing'
import { AppError } from '@shared/result'
import type { AuditLog } from '../../audit/audit-log'
import { writeTransaction, type ServiceContext } from '../../context'
import { parseInput } from '../../validate'
import type { SecretStore, SessionPasswords } from '../secrets'
import type { HostProfileRows } from './host-profile-rows'
import { TH } from './host-profile-text'

/** Asks the person for the password (a CLI prompt); null or '' when they gave none. */
export type PasswordPrompt = (profile: HostProfile) => Promise<string | null>

export interface ResolvePasswordOptions {
  prompt?: PasswordPrompt
}

export class HostProfilePasswords {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly audit: AuditLog,
    private readonly secrets: SecretStore,
    private readonly session: SessionPasswords,
    private readonly rows: HostProfileRows
  ) {}

  /**
   * Keeps the password: encrypted by the OS keychain, or (no keychain, or the person chose so) in
   * memory until the program closes. basic_text needs `acceptWeakEncryption`. Returns the id.
   */
  async set(input: HostPasswordInput, actorId: number | null): Promise<number> {
    const { id, password, acceptWeakEncryption, sessionOnly } = parseInput(hostPasswordInput, input)
    this.rows.byId(id)
    await this.secrets.ready()
    const backend = this.secrets.backend()
    if (sessionOnly || backend === 'unavailable') {
      writeTransaction(this.ctx.db, () => {
        const had = this.rows.byId(id).password_secret !== null
        // The stored one is superseded: leaving it would bring the old password back next time.
        if (had) this.clearStored(id)
        this.audit.append({ actorId, action: 'host-profile.password', entity: 'host-profile', entityId: id, detail: { kept: 'session', removedStored: had } })
      })
      this.session.set(id, password)
      return id
    }
    if (backend === 'basic_text' && !acceptWeakEncryption) {
      throw new AppError('invalid-input', TH.weakEncryption, { acceptWeakEncryption: TH.weakEncryptionField })
    }
    let secret: Buffer
    try {
      secret = await this.secrets.encrypt(password)
    } catch {
      // The keychain's own message is not for people and is not logged (it could echo its input).
      throw new AppError('internal', TH.encryptFailed)
    }
    this.storeSecret(id, secret, backend, actorId, 'host-profile.password')
    this.session.forget(id)
    return id
  }

  /** Removes the stored password and the one held for this session. */
  forget(id: number, actorId: number | null): void {
    writeTransaction(this.ctx.db, () => {
      this.rows.byId(id)
      this.clearStored(id)
      this.audit.append({ actorId, action: 'host-profile.password-forget', entity: 'host-profile', entityId: id })
    })
    this.session.forget(id)
  }

  /**
   * The password to log in with: the stored secret (when this process can decrypt it), else the
   * one held for this session, else what `prompt` returns (then held for the session), else an
   * AppError 'password-required' with a Thai message saying where to enter it.
   */
  async resolve(profileId: number, options: ResolvePasswordOptions = {}): Promise<string> {
    const row = this.rows.byId(profileId)
    let why: 'none' | 'unreadable' | 'elsewhere' = 'none'
    if (row.password_secret !== null) {
      await this.secrets.ready()
      if (this.secrets.backend() === 'unavailable') {
        why = 'elsewhere'
      } else {
        try {
          const plain = await this.secrets.decrypt(row.password_secret)
          if (this.secrets.shouldReEncrypt?.(row.password_secret)) await this.reEncrypt(profileId, plain)
          return plain
        } catch {
          why = 'unreadable'
        }
      }
    }
    const held = this.session.get(profileId)
    if (held !== undefined) return held
    if (options.prompt) {
      const typed = await options.prompt(this.rows.toProfile(row))
      if (typed) {
        this.session.set(profileId, typed)
        return typed
      }
    }
    throw new AppError('password-required', TH.passwordRequired(row.name, why))
  }

  private clearStored(id: number): void {
    this.ctx.db.prepare('UPDATE host_profile SET password_secret = NULL, secret_backend = NULL, updated_at = ? WHERE id = ?').run(this.ctx.clock.now(), id)
  }

  private storeSecret(id: number, secret: Buffer, backend: StoredSecretBackend, actorId: number | null, action: AuditAction): void {
    writeTransaction(this.ctx.db, () => {
      this.rows.byId(id)
      this.ctx.db.prepare('UPDATE host_profile SET password_secret = ?, secret_backend = ?, updated_at = ? WHERE id = ?').run(secret, backend, this.ctx.clock.now(), id)
      this.audit.append({ actorId, action, entity: 'host-profile', entityId: id, detail: { kept: backend } })
    })
  }

  /** The keychain rotated its key: store the password under the new one (best effort; the old still decrypts). */
  private async reEncrypt(id: number, plain: string): Promise<void> {
    const backend = this.secrets.backend()
    if (backend === 'unavailable') return
    try {
      this.storeSecret(id, await this.secrets.encrypt(plain), backend, null, 'host-profile.password-reencrypt')
    } catch {
      // Kept as it was: it still decrypts.
    }
  }
}
