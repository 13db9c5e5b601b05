/**
 * The secret store of the desktop app: Electron's safeStorage, asynchronous API only (the
 * synchronous one is deprecated in Electron 45 and removed in 46). Construct it in the Electron
 * main process after `app.whenReady()` and pass it to openAppServices; this module imports
 * nothing from Electron itself, so the services stay loadable under plain Node.
 *
 * The backend: no async encryption → 'unavailable'. On Linux, safeStorage names the password
 * store it selected; `basic_text` means no secret service was found and strings are "encrypted"
 * with a key hard-coded in Chromium, i.e. readable by anyone with the file — reported as
 * 'basic_text' so the person is asked before a password is stored that way. 'unknown' (asked
 * before the app was ready) is treated the same: the safe side. macOS (Keychain) and Windows
 * (DPAPI) are 'os'.
 */
import type { SecretBackend } from '@shared/domain/publishing'
import type { SecretStore } from './secret-store'

/** The part of Electron's `safeStorage` this store uses (typed here so Electron is not imported). */
export interface SafeStorageAsync {
  isAsyncEncryptionAvailable(): Promise<boolean>
  encryptStringAsync(plainText: string): Promise<Buffer>
  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }>
  getSelectedStorageBackend(): string
}

export function electronSecretStore(safeStorage: SafeStorageAsync, platform: NodeJS.Platform = process.platform): SecretStore {
  let backend: SecretBackend = 'unavailable'
  const stale = new WeakSet<Buffer>()
  // Never rejects: a keychain that cannot be asked is one that cannot be used ('unavailable').
  const ready = (async () => {
    try {
      if (!(await safeStorage.isAsyncEncryptionAvailable())) return
      if (platform !== 'linux') {
        backend = 'os'
        return
      }
      const selected = safeStorage.getSelectedStorageBackend()
      backend = selected === 'basic_text' || selected === 'unknown' ? 'basic_text' : 'os'
    } catch {
      backend = 'unavailable'
    }
  })()
  return {
    backend: () => backend,
    ready: () => ready,
    async encrypt(plain) {
      await ready
      if (backend === 'unavailable') throw new Error('safeStorage: asynchronous encryption is not available')
      return safeStorage.encryptStringAsync(plain)
    },
    async decrypt(secret) {
      await ready
      if (backend === 'unavailable') throw new Error('safeStorage: asynchronous encryption is not available')
      const { shouldReEncrypt, result } = await safeStorage.decryptStringAsync(secret)
      if (shouldReEncrypt) stale.add(secret)
      return result
    },
    shouldReEncrypt: (secret) => stale.has(secret)
  }
}
