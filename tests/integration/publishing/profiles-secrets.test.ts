/**
 * The desktop app's secret store over Electron's safeStorage (its asynchronous API). Electron's
 * binary cannot run on these machines, so safeStorage is replaced by an object with the same four
 * methods that behaves as Electron documents them: which backend is reported per platform and
 * Linux password store, and a rotated key (`shouldReEncrypt`) making the service store the
 * password again under the new key.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openFixture, type RegisterFixture } from '../../helpers/register-fixtures'
import { electronSecretStore, type SafeStorageAsync } from '../../../src-main/services/publishing/secrets'
import { profileInput, profileServiceWith } from './profiles-fixtures'

class FakeSafeStorage implements SafeStorageAsync {
  calls: string[] = []
  rotated = false
  constructor(
    private readonly available: boolean,
    private readonly linuxBackend = 'gnome_libsecret'
  ) {}

  async isAsyncEncryptionAvailable(): Promise<boolean> {
    this.calls.push('isAsyncEncryptionAvailable')
    return this.available
  }

  async encryptStringAsync(plainText: string): Promise<Buffer> {
    this.calls.push('encryptStringAsync')
    // A reversible stand-in; what matters here is which bytes the service stores and when.
    return Buffer.from(`${this.rotated ? 'v2' : 'v1'}:${Buffer.from(plainText).toString('hex').split('').reverse().join('')}`)
  }

  async decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }> {
    this.calls.push('decryptStringAsync')
    const [version, body] = encrypted.toString().split(':') as [string, string]
    const result = Buffer.from(body.split('').reverse().join(''), 'hex').toString()
    return { shouldReEncrypt: this.rotated && version === 'v1', result }
  }

  getSelectedStorageBackend(): string {
    this.calls.push('getSelectedStorageBackend')
    return this.linuxBackend
  }
}

describe('electronSecretStore backend', () => {
  it('is unavailable until asked and when the OS offers no asynchronous encryption', async () => {
    const store = electronSecretStore(new FakeSafeStorage(false), 'win32')
    await store.ready()
    expect(store.backend()).toBe('unavailable')
    await expect(store.encrypt('x')).rejects.toThrow(/not available/)
  })

  it('is unavailable, never a rejected promise, when safeStorage cannot be asked at all', async () => {
    const broken: SafeStorageAsync = {
      isAsyncEncryptionAvailable: () => Promise.reject(new Error('no keychain')),
      encryptStringAsync: () => Promise.reject(new Error('no keychain')),
      decryptStringAsync: () => Promise.reject(new Error('no keychain')),
      getSelectedStorageBackend: () => 'unknown'
    }
    const store = electronSecretStore(broken, 'linux')
    await expect(store.ready()).resolves.toBeUndefined()
    expect(store.backend()).toBe('unavailable')
  })

  it("is 'os' on Windows and macOS, without asking for a Linux password store", async () => {
    for (const platform of ['win32', 'darwin'] as const) {
      const safe = new FakeSafeStorage(true)
      const store = electronSecretStore(safe, platform)
      await store.ready()
      expect(store.backend()).toBe('os')
      expect(safe.calls).not.toContain('getSelectedStorageBackend')
    }
  })

  it("on Linux is 'os' with a secret service and 'basic_text' without one (or before the app was ready)", async () => {
    for (const [selected, expected] of [['gnome_libsecret', 'os'], ['kwallet6', 'os'], ['basic_text', 'basic_text'], ['unknown', 'basic_text']] as const) {
      const store = electronSecretStore(new FakeSafeStorage(true, selected), 'linux')
      await store.ready()
      expect(store.backend(), selected).toBe(expected)
    }
  })

  it('uses only the asynchronous API', async () => {
    const safe = new FakeSafeStorage(true)
    const store = electronSecretStore(safe, 'linux')
    expect(await store.decrypt(await store.encrypt('รหัสผ่าน'))).toBe('รหัสผ่าน')
    expect(new Set(safe.calls)).toEqual(new Set(['isAsyncEncryptionAvailable', 'getSelectedStorageBackend', 'encryptStringAsync', 'decryptStringAsync']))
  })
})

describe('HostProfileService over electronSecretStore', () => {
  let f: RegisterFixture
  beforeEach(() => {
    f = openFixture()
  })
  afterEach(() => f.cleanup())

  it('stores the password as safeStorage encrypted it, and stores it again when the key was rotated', async () => {
    const safe = new FakeSafeStorage(true)
    const service = profileServiceWith(f, electronSecretStore(safe, 'darwin'))
    const p = service.save(profileInput(), f.ids.webmaster)
    await service.setPassword({ id: p.id, password: 'ลับ-123' }, f.ids.webmaster)
    const stored = () => (f.services.db.prepare('SELECT password_secret AS s FROM host_profile WHERE id = ?').get(p.id) as { s: Buffer }).s.toString()
    expect(stored().startsWith('v1:')).toBe(true)
    expect(stored()).not.toContain('ลับ-123')

    safe.rotated = true
    expect(await service.resolvePassword(p.id)).toBe('ลับ-123')
    expect(stored().startsWith('v2:')).toBe(true)
    expect(await service.resolvePassword(p.id)).toBe('ลับ-123')
    const actions = f.services.audit.list({ entity: 'host-profile', entityId: String(p.id) }).map((a) => a.action)
    expect(actions.filter((a) => a === 'host-profile.password-reencrypt')).toHaveLength(1)
  })
})
