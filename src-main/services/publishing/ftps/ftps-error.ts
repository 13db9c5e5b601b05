/**
 * Every failure of the transfer layer becomes one FtpsError: a Thai message a person can act on,
 * and `retryable`, which the queue uses to decide between retrying with back-off (the network
 * dropped, the server was busy) and failing at once (wrong password, no permission, disk full,
 * untrusted certificate). Dropped connections are reported with varying texts (EPIPE,
 * ECONNRESET, "Server sent FIN packet unexpectedly"), so anything that is neither an FTP reply
 * nor a recognised TLS or name problem counts as a network error: retrying those is the safe side.
 */
import { FTPError } from 'basic-ftp'
import { AppError, type ErrorCode } from '@shared/result'
import { certificateProblem, TH } from './ftps-text'
import type { CertificateSummary } from './types'

export type FtpsFailure =
  | 'auth' | 'permission' | 'quota' | 'server-refused' | 'tls-required' | 'no-explicit-tls'
  | 'certificate-untrusted' | 'certificate-changed' | 'tls'
  | 'refused' | 'dns' | 'timeout' | 'network' | 'server-busy'
  | 'empty-file' | 'not-a-file' | 'bad-name' | 'name-exists' | 'verify-failed' | 'cancelled'

const RETRYABLE: ReadonlySet<FtpsFailure> = new Set(['refused', 'dns', 'timeout', 'network', 'server-busy', 'verify-failed'])

const CODE: Record<FtpsFailure, ErrorCode> = {
  auth: 'forbidden', permission: 'forbidden', quota: 'file-refused', 'server-refused': 'forbidden',
  'tls-required': 'invalid-input', 'no-explicit-tls': 'invalid-input', 'certificate-untrusted': 'forbidden',
  'certificate-changed': 'forbidden', tls: 'invalid-input', refused: 'host-unavailable', dns: 'host-unavailable',
  timeout: 'host-unavailable', network: 'host-unavailable', 'server-busy': 'host-unavailable',
  'empty-file': 'file-refused', 'not-a-file': 'not-found', 'bad-name': 'invalid-input', 'name-exists': 'conflict',
  'verify-failed': 'host-unavailable', cancelled: 'conflict'
}

export class FtpsError extends AppError {
  readonly kind: FtpsFailure
  /** True when trying again later (reconnecting first) may succeed. */
  readonly retryable: boolean
  readonly ftpCode?: number
  /** The certificate a person has to decide about (untrusted or changed). */
  readonly certificate?: CertificateSummary

  constructor(kind: FtpsFailure, message: string, extra: { ftpCode?: number; certificate?: CertificateSummary } = {}) {
    super(CODE[kind], message)
    this.name = 'FtpsError'
    this.kind = kind
    this.retryable = RETRYABLE.has(kind)
    if (extra.ftpCode !== undefined) this.ftpCode = extra.ftpCode
    if (extra.certificate) this.certificate = extra.certificate
  }
}

/** Where the failure happened: the same reply code means different things at login and upload. */
export interface FailureContext {
  host: string
  port: number
  user: string
  timeoutMs: number
  stage: 'connect' | 'auth-tls' | 'login' | 'transfer'
  /** The remote path being worked on, for permission messages. */
  path?: string
  plain?: boolean
}

const TLS_CERT_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'CERT_UNTRUSTED', 'CERT_SIGNATURE_FAILURE', 'CERT_REVOKED'
])

/** Node's error code ('ECONNREFUSED', 'DEPTH_ZERO_SELF_SIGNED_CERT', …) or ''. */
export function errorCode(err: unknown): string {
  if (typeof err !== 'object' || err === null || !('code' in err)) return ''
  return typeof err.code === 'string' ? err.code : ''
}

export function isCertificateError(err: unknown): boolean {
  return TLS_CERT_CODES.has(errorCode(err))
}

/** The reply text without its leading code and continuation lines, short enough for a message. */
function replyText(message: string): string {
  const lines = message.split(/\r?\n/).map((l) => l.replace(/^\d{3}[- ]?/, '').trim()).filter(Boolean)
  return (lines[lines.length - 1] ?? '').slice(0, 200)
}

function fromReply(code: number, message: string, ctx: FailureContext): FtpsError {
  const text = replyText(message)
  const at = { ftpCode: code }
  if (ctx.stage === 'auth-tls' && code >= 500) return new FtpsError('no-explicit-tls', TH.noExplicitTls(ctx.host, code, text), at)
  // A server that refuses cleartext says so with 421 or 530 before (or instead of) asking for a password.
  if (ctx.plain && (ctx.stage === 'connect' || ctx.stage === 'login') && (code === 421 || code === 530 || code === 534) && /tls|ssl|secur|encrypt/i.test(message)) {
    return new FtpsError('tls-required', TH.tlsRequired(ctx.host), at)
  }
  if (code === 530 && ctx.stage === 'login') return new FtpsError('auth', TH.auth(ctx.user, code, text), at)
  if (code === 452 || code === 552) return new FtpsError('quota', TH.quota(code, text), at)
  if (code === 550 || code === 553 || code === 530) return new FtpsError('permission', TH.permission(ctx.path ?? '/', code, text), at)
  if (code >= 500) return new FtpsError('server-refused', TH.refusedPermanent(code, text), at)
  // 421 (closing), 425/426 (data connection failed or aborted), 450/451 (busy, local error).
  return new FtpsError('server-busy', TH.refusedTransient(code, text), at)
}

/** Maps anything thrown by basic-ftp, Node's net/tls or our own checks to an FtpsError. */
export function toFtpsError(err: unknown, ctx: FailureContext): FtpsError {
  if (err instanceof FtpsError) return err
  if (err instanceof FTPError) return fromReply(err.code, err.message, ctx)
  const e = err instanceof Error ? err : new Error(String(err))
  const code = errorCode(e)
  if (code === 'ECONNREFUSED') return new FtpsError('refused', TH.refused(ctx.host, ctx.port))
  if (code === 'ENOTFOUND') return new FtpsError('dns', TH.dns(ctx.host))
  if (code === 'ETIMEDOUT' || /^Timeout \(/.test(e.message)) {
    return new FtpsError('timeout', TH.timeout(ctx.host, Math.round(ctx.timeoutMs / 1000)))
  }
  if (TLS_CERT_CODES.has(code)) return new FtpsError('tls', TH.tls(ctx.host, certificateProblem(code, ctx.host)))
  if (code.startsWith('ERR_SSL_') || code === 'EPROTO' || code.startsWith('ERR_TLS_')) {
    // OpenSSL's short reason ('wrong version number') rather than its long internal message.
    const reason = 'reason' in e && typeof e.reason === 'string' ? e.reason : e.message.replace(/\s*\((control|data) socket\)$/, '')
    return new FtpsError('tls', TH.tls(ctx.host, reason.slice(0, 160)))
  }
  return new FtpsError('network', TH.network(ctx.host, (code || e.message).slice(0, 160)))
}
