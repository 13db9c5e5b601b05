import { FTPError } from 'basic-ftp'
import { describe, expect, it } from 'vitest'
import { toFtpsError, type FailureContext } from './ftps-error'

const ctx: FailureContext = { host: 'ftp.example.go.th', port: 21, user: 'webmaster', timeoutMs: 30_000, stage: 'transfer', path: '/ita/a.pdf' }
const reply = (code: number, message: string): FTPError => new FTPError({ code, message: `${code} ${message}` })
const nodeError = (message: string, code?: string): Error => Object.assign(new Error(message), code ? { code } : {})

describe('toFtpsError', () => {
  it('fails at once on permanent FTP replies, with what to do', () => {
    const quota = toFtpsError(reply(552, 'Quota exceeded'), ctx)
    expect([quota.kind, quota.retryable, quota.ftpCode]).toEqual(['quota', false, 552])
    expect(quota.message).toContain('โควตา')
    expect(toFtpsError(reply(452, 'Disk full'), ctx).kind).toBe('quota')
    const denied = toFtpsError(reply(550, 'Permission denied'), ctx)
    expect([denied.kind, denied.retryable]).toEqual(['permission', false])
    expect(denied.message).toContain('/ita/a.pdf')
    expect(toFtpsError(reply(553, 'Bad name'), ctx).kind).toBe('permission')
    expect(toFtpsError(reply(530, 'Login incorrect'), { ...ctx, stage: 'login' }).kind).toBe('auth')
    expect(toFtpsError(reply(502, 'Not implemented'), { ...ctx, stage: 'auth-tls' }).kind).toBe('no-explicit-tls')
    expect(toFtpsError(reply(504, 'Whatever'), ctx).retryable).toBe(false)
  })

  it('retries transient replies and any dropped connection, whatever its wording', () => {
    for (const code of [421, 425, 426, 450, 451]) expect(toFtpsError(reply(code, 'x'), ctx).retryable).toBe(true)
    for (const e of [
      nodeError('write EPIPE', 'EPIPE'),
      nodeError('read ECONNRESET (data socket)', 'ECONNRESET'),
      nodeError('Server sent FIN packet unexpectedly, closing connection.'),
      nodeError('Client is closed because Server closed connection unexpectedly.')
    ]) {
      const mapped = toFtpsError(e, ctx)
      expect([mapped.kind, mapped.retryable, mapped.code]).toEqual(['network', true, 'host-unavailable'])
    }
    expect(toFtpsError(nodeError('Timeout (data socket)'), ctx).kind).toBe('timeout')
    expect(toFtpsError(nodeError('getaddrinfo ENOTFOUND x', 'ENOTFOUND'), ctx).kind).toBe('dns')
  })

  it('treats TLS protocol failures as a setting to fix, not a retry', () => {
    const e = toFtpsError(nodeError('wrong version number', 'ERR_SSL_WRONG_VERSION_NUMBER'), { ...ctx, stage: 'auth-tls' })
    expect([e.kind, e.retryable]).toEqual(['tls', false])
    expect(e.message).toContain('explicit/implicit')
  })
})
