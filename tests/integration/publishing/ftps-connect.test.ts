/**
 * Connecting to a real pure-ftpd (TLS required) on 127.0.0.1: certificate verification, the
 * details shown for an untrusted certificate, pinning, a changed certificate, wrong password,
 * plain FTP against a TLS-only server, a closed port, and "test connection".
 */
import { readdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect, FtpsError, testConnection } from '../../../src-main/services/publishing/ftps'
import { startFtpsServer, type FtpsServer } from '../../helpers/ftps-server'
import { profileFor } from './ftps-fixtures'

let server: FtpsServer

beforeAll(async () => {
  server = await startFtpsServer()
})

afterAll(async () => {
  await server?.stop()
})

async function refusal(work: Promise<unknown>): Promise<FtpsError> {
  const err = await work.then(() => null, (e: unknown) => e)
  if (!(err instanceof FtpsError)) throw new Error(`expected an FtpsError, got ${String(err)}`)
  return err
}

describe('FTPS connect against pure-ftpd', () => {
  it('connects over explicit TLS when the generated certificate is given as CA', async () => {
    const { client, info } = await connect(profileFor(server), server.password, { caPem: server.caPem() })
    try {
      expect(info.trustedBy).toBe('ca')
      expect(info.tlsVersion).toMatch(/^TLSv1\.[23]$/)
      expect(info.greeting).toContain('Pure-FTPd')
      expect(info.certificate?.sha256).toBe(server.fingerprint())
      expect(info.certificate?.verified).toBe(true)
      expect(await client.pwd()).toBe('/')
    } finally {
      client.close()
    }
  })

  it('refuses the self-signed certificate without a CA, showing what a person needs to decide', async () => {
    const err = await refusal(connect(profileFor(server), server.password))
    expect(err.kind).toBe('certificate-untrusted')
    expect(err.retryable).toBe(false)
    const cert = err.certificate
    expect(cert?.sha256).toBe(server.fingerprint())
    expect(cert?.subject).toBe('CN=127.0.0.1')
    expect(cert?.issuer).toBe('CN=127.0.0.1')
    expect(cert?.selfSigned).toBe(true)
    expect(cert?.verified).toBe(false)
    expect(cert?.subjectAltNames).toBe('IP Address:127.0.0.1')
    expect(Date.parse(cert?.validTo ?? '') - Date.parse(cert?.validFrom ?? '')).toBe(2 * 86_400_000)
    expect(err.message).toContain('self-signed')
    expect(err.message).toContain(server.fingerprint())
    expect(err.message).toContain('ยังไม่ได้ส่งรหัสผ่าน')
  })

  it('accepts exactly the pinned certificate, written any way a person copies it, and transfers data', async () => {
    const pin = server.fingerprint().replace(/:/g, '').toLowerCase()
    const { client, info } = await connect(profileFor(server), server.password, { pinnedSha256: pin })
    try {
      expect(info.trustedBy).toBe('pin')
      expect(info.certificate?.verified).toBe(false)
      // A data connection under the pin guard (listing opens one).
      expect(Array.isArray(await client.list('/'))).toBe(true)
    } finally {
      client.close()
    }
  })

  it('refuses a wrong password with a Thai message, as a permanent error', async () => {
    const err = await refusal(connect(profileFor(server), 'not-the-password', { caPem: server.caPem() }))
    expect(err.kind).toBe('auth')
    expect(err.ftpCode).toBe(530)
    expect(err.retryable).toBe(false)
    expect(err.code).toBe('forbidden')
    expect(err.message).toContain('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง')
    expect(err.message).toContain(server.user)
    expect(err.message).not.toContain('not-the-password')
  }, 60_000)

  it('says a TLS-only server refuses plain FTP, as a permanent error', async () => {
    const err = await refusal(connect(profileFor(server, { tls: 'none' }), server.password))
    expect(err.kind).toBe('tls-required')
    expect(err.retryable).toBe(false)
    expect(err.message).toContain('เข้ารหัส')
  })

  it('says to check the TLS mode when implicit TLS meets an explicit-TLS server', async () => {
    const err = await refusal(connect(profileFor(server, { tls: 'implicit' }), server.password, { caPem: server.caPem() }))
    expect(err.kind).toBe('tls')
    expect(err.retryable).toBe(false)
    expect(err.message).toContain('explicit/implicit')
    expect(err.message).toContain('wrong version number')
    expect(err.message).not.toContain('.c:')
  })

  it('reports a closed port as a network error the caller may retry', async () => {
    const err = await refusal(connect(profileFor(server, { port: 1 }), server.password, { caPem: server.caPem() }))
    expect(err.kind).toBe('refused')
    expect(err.retryable).toBe(true)
    expect(err.code).toBe('host-unavailable')
    expect(err.message).toContain('พอร์ต 1 ')
  })

  it('tests a connection: TLS version, certificate, greeting, a test file written and removed', async () => {
    const report = await testConnection(profileFor(server), server.password, { caPem: server.caPem() }, '/')
    expect(report.tlsVersion).toMatch(/^TLSv1\.[23]$/)
    expect(report.certificate?.sha256).toBe(server.fingerprint())
    expect(report.greeting).toContain('Pure-FTPd')
    expect(report).toMatchObject({ canWrite: true, canRemove: true })
    expect(report.problem).toBeUndefined()
    expect(readdirSync(server.root).filter((n) => n.startsWith('.publishdesk-test-'))).toEqual([])
  })

  it('tests a connection to a folder it may not write: connected, but says why writing failed', async () => {
    const report = await testConnection(profileFor(server), server.password, { caPem: server.caPem() }, '/read-only')
    expect(report.tlsVersion).not.toBeNull()
    expect(report.canWrite).toBe(false)
    expect(report.problem).toContain('ไม่ยอมให้เขียน')
  })

  // Last: it changes the server's certificate for the rest of this file.
  it('refuses a changed certificate after pinning, with the Thai "certificate changed" message', async () => {
    const oldPin = server.fingerprint()
    await server.replaceCertificate()
    expect(server.fingerprint()).not.toBe(oldPin)
    const err = await refusal(connect(profileFor(server), server.password, { pinnedSha256: oldPin }))
    expect(err.kind).toBe('certificate-changed')
    expect(err.retryable).toBe(false)
    expect(err.certificate?.sha256).toBe(server.fingerprint())
    expect(err.message).toContain('ไม่ใช่ใบที่เคยเชื่อถือไว้')
    expect(err.message).toContain('อาจมีผู้ดักการเชื่อมต่อ')
    expect(err.message).toContain(oldPin)
    expect(err.message).toContain(server.fingerprint())
    // The new certificate, pinned, is accepted.
    const { client } = await connect(profileFor(server), server.password, { pinnedSha256: server.fingerprint() })
    client.close()
  }, 60_000)
})
