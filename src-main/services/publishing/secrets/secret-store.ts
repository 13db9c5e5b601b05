/**
 * Where the FTP password is kept. The register stores a password only as the bytes an OS
 * keychain encrypted (Electron's safeStorage); under plain Node (the CLI, `npm run web`, tests)
 * there is no keychain, the store is 'unavailable' and a password lives only in memory for the
 * session (SessionPasswords) — asked again the next time the program starts.
 */
import type { SecretBackend } from '@shared/domain/publishing'

export interface SecretStore {
  /** What this computer offers now; 'unavailable' until ready() has settled. */
  backend(): SecretBackend
  /** Settles once the backend is known (the Electron store asks the OS asynchronously). */
  ready(): Promise<void>
  encrypt(plain: string): Promise<Buffer>
  decrypt(secret: Buffer): Promise<string>
  /** True when the last decrypt of `secret` said the key was rotated: encrypt it again and store that. */
  shouldReEncrypt?(secret: Buffer): boolean
}

/** Plain Node: nothing can be stored; callers keep passwords in SessionPasswords instead. */
export const unavailableSecretStore: SecretStore = {
  backend: () => 'unavailable',
  ready: () => Promise.resolve(),
  encrypt: () => Promise.reject(new Error('no secret store in this process (plain Node): keep the password for the session only')),
  decrypt: () => Promise.reject(new Error('no secret store in this process (plain Node): the stored password cannot be read here'))
}
