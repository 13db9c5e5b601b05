/**
 * Shared bits of the host-profile tests: a stand-in for the OS keychain (real AES-256-GCM with a
 * key that lives only in this process, like the keychain's key lives outside the register), a
 * HostProfileService over a fixture's register with that store, and a valid profile input.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { HostProfileInput, SecretBackend } from '@shared/domain/publishing'
import { HostProfileService } from '../../../src-main/services/publishing/profiles'
import type { SecretStore } from '../../../src-main/services/publishing/secrets'
import type { RegisterFixture } from '../../helpers/register-fixtures'

export class TestKeychain implements SecretStore {
  private readonly key = randomBytes(32)
  encrypted = 0

  constructor(private readonly kind: SecretBackend) {}

  backend(): SecretBackend {
    return this.kind
  }

  ready(): Promise<void> {
    return Promise.resolve()
  }

  async encrypt(plain: string): Promise<Buffer> {
    if (this.kind === 'unavailable') throw new Error('unavailable')
    this.encrypted++
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.key, iv)
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
    return Buffer.concat([iv, cipher.getAuthTag(), body])
  }

  async decrypt(secret: Buffer): Promise<string> {
    const decipher = createDecipheriv('aes-256-gcm', this.key, secret.subarray(0, 12))
    decipher.setAuthTag(secret.subarray(12, 28))
    return Buffer.concat([decipher.update(secret.subarray(28)), decipher.final()]).toString('utf8')
  }
}

/** A HostProfileService over the fixture's register with its own password store (as another app run would have). */
export function profileServiceWith(f: RegisterFixture, store: SecretStore): HostProfileService {
  return new HostProfileService({ db: f.services.db, dataDir: f.dir, clock: f.clock }, f.services.audit, store)
}

export function profileInput(overrides: Partial<HostProfileInput> = {}): HostProfileInput {
  return {
    name: 'เว็บไซต์ สสอ.ศรีบุญเรือง',
    host: 'ftp.sbr-sso.go.th',
    username: 'sbrsso',
    remoteRoot: '/public_html',
    publicBaseUrl: 'https://www.sbr-sso.go.th',
    ...overrides
  }
}
