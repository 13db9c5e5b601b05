/**
 * "Test connection" of a stored host profile against a real pure-ftpd (TLS required) on
 * 127.0.0.1: an unverifiable certificate comes back for the person to decide on (nothing sent),
 * trusting it pins it and the test passes with TLS version, certificate, greeting and a test file
 * written and removed; a CA works too; a folder without write permission is reported; a changed
 * certificate after pinning is refused with the transfer layer's message.
 */
import { chownSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HostProfile } from '@shared/domain/publishing'
import { AppError } from '@shared/result'
import { FtpsError } from '../../../src-main/services/publishing/ftps'
import { openFixture, type RegisterFixture } from '../../helpers/register-fixtures'
import { startFtpsServer, type FtpsServer } from '../../helpers/ftps-server'

let server: FtpsServer
let f: RegisterFixture
let profile: HostProfile

beforeAll(async () => {
  server = await startFtpsServer()
  f = openFixture()
  const thai = join(server.root, 'เว็บไซต์ สสอ')
  mkdirSync(thai)
  chownSync(thai, 65534, 65534)
  profile = f.services.hostProfiles.save(
    {
      name: 'เครื่องทดสอบ',
      host: server.host,
      port: server.port,
      tls: 'explicit',
      username: server.user,
      remoteRoot: '/เว็บไซต์ สสอ',
      publicBaseUrl: 'https://www.sbr-sso.example'
    },
    f.ids.webmaster
  )
})

afterAll(async () => {
  f?.cleanup()
  await server?.stop()
})

async function thrown(work: Promise<unknown>): Promise<unknown> {
  return work.then(() => {
    throw new Error('expected a refusal')
  }, (e: unknown) => e)
}

describe('test connection through the host profile', { timeout: 90_000 }, () => {
  it('needs a password first, and says where to give it', async () => {
    const err = await thrown(f.services.hostProfiles.test(profile.id))
    expect(err).toBeInstanceOf(AppError)
    expect((err as AppError).code).toBe('password-required')
  })

  it('shows an unverifiable certificate for the person to decide on, without logging in', async () => {
    await f.services.hostProfiles.setPassword({ id: profile.id, password: server.password }, f.ids.webmaster)
    const result = await f.services.hostProfiles.test(profile.id, { timeoutMs: 20_000 })
    if (result.outcome !== 'trust-needed') throw new Error(`expected trust-needed, got ${result.outcome}`)
    expect(result.certificate.sha256).toBe(server.fingerprint())
    expect(result.certificate.subject).toBe('CN=127.0.0.1')
    expect(result.certificate.selfSigned).toBe(true)
    expect(result.message).toContain('ยังไม่ได้ส่งรหัสผ่าน')
    expect(f.services.hostProfiles.get(profile.id).trust).toBe('system')
  })

  it('passes once the person trusts that certificate: TLS version, certificate, greeting, test file written and removed (Thai folder)', async () => {
    const first = await f.services.hostProfiles.test(profile.id, { timeoutMs: 20_000 })
    if (first.outcome !== 'trust-needed') throw new Error('expected trust-needed')
    const pinned = f.services.hostProfiles.trustCertificate(profile.id, first.certificate.sha256, f.ids.webmaster)
    expect(pinned.pinnedSha256).toBe(server.fingerprint())
    const result = await f.services.hostProfiles.test(profile.id, { timeoutMs: 20_000 })
    expect(result).toMatchObject({ outcome: 'connected', trustedBy: 'pin', canWrite: true, canRemove: true, problem: null, remoteDir: '/เว็บไซต์ สสอ' })
    if (result.outcome !== 'connected') return
    expect(result.tlsVersion).toMatch(/^TLSv1\.[23]$/)
    expect(result.greeting).toContain('Pure-FTPd')
    expect(result.certificate?.sha256).toBe(server.fingerprint())
    expect(readdirSync(join(server.root, 'เว็บไซต์ สสอ'))).toEqual([])
  })

  it('passes with the certificate given as CA instead of a pin', async () => {
    f.services.hostProfiles.setCa(profile.id, server.caPem(), f.ids.webmaster)
    const result = await f.services.hostProfiles.test(profile.id, { timeoutMs: 20_000 })
    expect(result).toMatchObject({ outcome: 'connected', trustedBy: 'ca', canWrite: true })
  })

  it('reports a remote root it cannot write to, with what did work', async () => {
    const readOnly = f.services.hostProfiles.save({ ...profileFields(), id: profile.id, remoteRoot: '/read-only' }, f.ids.webmaster)
    const result = await f.services.hostProfiles.test(readOnly.id, { timeoutMs: 20_000 })
    expect(result).toMatchObject({ outcome: 'connected', canWrite: false, canRemove: false })
    if (result.outcome === 'connected') expect(result.problem).toContain('/read-only')
    f.services.hostProfiles.save({ ...profileFields(), id: profile.id }, f.ids.webmaster)
  })

  it('refuses a different certificate after pinning, with the clear message of the transfer layer', async () => {
    f.services.hostProfiles.trustCertificate(profile.id, server.fingerprint(), f.ids.webmaster)
    const pinned = server.fingerprint()
    await server.replaceCertificate()
    expect(server.fingerprint()).not.toBe(pinned)
    const err = await thrown(f.services.hostProfiles.test(profile.id, { timeoutMs: 20_000 }))
    expect(err).toBeInstanceOf(FtpsError)
    expect((err as FtpsError).kind).toBe('certificate-changed')
    expect((err as FtpsError).message).toContain('ไม่ใช่ใบที่เคยเชื่อถือไว้')
    expect((err as FtpsError).message).toContain(pinned)
  })
})

function profileFields() {
  const p = f.services.hostProfiles.get(profile.id)
  return {
    name: p.name,
    host: p.host,
    port: p.port,
    tls: p.tls,
    username: p.username,
    remoteRoot: p.remoteRoot,
    publicBaseUrl: p.publicBaseUrl
  }
}
