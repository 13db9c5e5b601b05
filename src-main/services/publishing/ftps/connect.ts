/**
 * Opening an FTPS connection and logging in, with the certificate checked before the password
 * leaves the machine.
 *
 * The steps of basic-ftp's `access()` are done one by one (connect, TLS, certificate check,
 * login, default settings) so the check sits between the handshake and USER/PASS.
 *
 * Verified mode (no pin): the connection that will carry the password uses Node's strict
 * verification (`rejectUnauthorized: true`, system CAs or the profile's CA), so no bug of ours
 * can log in over an unverified socket. When that handshake is refused for a certificate reason,
 * a second, separate connection with verification off is opened ONLY to read the certificate
 * (subject, issuer, validity, SHA-256) for the person to decide on; it never sends USER or PASS
 * and is closed at once. (The refused socket is destroyed by Node before its certificate can be
 * read, and `checkServerIdentity` is not called for a certificate that failed verification.)
 *
 * Pinned mode: verification is off and the control connection's fingerprint must equal the pin
 * before login; data connections are held to the same pin (pinning.ts).
 */
import { Client } from 'basic-ftp'
import { isIP } from 'node:net'
import { TLSSocket, type ConnectionOptions } from 'node:tls'
import { AppError } from '@shared/result'
import { normalizeSha256, summarizeCertificate } from './certificate'
import { errorCode, FtpsError, isCertificateError, toFtpsError, type FailureContext } from './ftps-error'
import { certificateProblem, TH } from './ftps-text'
import { guardDataConnections } from './pinning'
import type { CertificateSummary, ConnectionInfo, FtpsProfile, TrustSettings } from './types'

export const DEFAULT_TIMEOUT_MS = 30_000

export interface FtpsConnection {
  client: Client
  info: ConnectionInfo
}

/** Host, port and user of each open client, so later errors can name them. */
const contexts = new WeakMap<Client, Omit<FailureContext, 'stage'>>()

export function failureContext(client: Client, stage: FailureContext['stage'], path?: string): FailureContext {
  const known = contexts.get(client) ?? { host: 'เซิร์ฟเวอร์', port: 0, user: '', timeoutMs: DEFAULT_TIMEOUT_MS }
  return path === undefined ? { ...known, stage } : { ...known, stage, path }
}

/** basic-ftp has no timeout on the TLS upgrade after AUTH TLS: a silent server would hang forever. */
async function withDeadline<T>(work: Promise<T>, ms: number, client: Client): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      client.close()
      reject(new Error('Timeout (TLS handshake)'))
    }, ms)
  })
  try {
    return await Promise.race([work, deadline])
  } finally {
    clearTimeout(timer)
  }
}

/** Connects and completes TLS (if any); returns the welcome text. Sends no credentials. */
async function openChannel(client: Client, profile: FtpsProfile, tls: ConnectionOptions, ms: number, onStage: (s: FailureContext['stage']) => void): Promise<string> {
  if (profile.tls === 'implicit') {
    return (await withDeadline(client.connectImplicitTLS(profile.host, profile.port, tls), ms, client)).message
  }
  const welcome = await client.connect(profile.host, profile.port)
  if (profile.tls === 'explicit') {
    onStage('auth-tls')
    await withDeadline(client.useTLS(tls), ms, client)
  }
  return welcome.message
}

async function inspectCertificate(profile: FtpsProfile, tls: ConnectionOptions, ms: number): Promise<CertificateSummary | null> {
  const probe = new Client(ms)
  try {
    await openChannel(probe, profile, { ...tls, rejectUnauthorized: false }, ms, () => undefined)
    return probe.ftp.socket instanceof TLSSocket ? summarizeCertificate(probe.ftp.socket) : null
  } finally {
    probe.close()
  }
}

export async function connect(profile: FtpsProfile, secret: string, trust: TrustSettings = {}): Promise<FtpsConnection> {
  const timeoutMs = profile.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const pin = trust.pinnedSha256 === undefined ? null : normalizeSha256(trust.pinnedSha256)
  if (trust.pinnedSha256 !== undefined && pin === null) throw new AppError('invalid-input', TH.badPin, { pinnedSha256: TH.badPinField })
  const base = { host: profile.host, port: profile.port, user: profile.username, timeoutMs }
  const tls: ConnectionOptions = { host: profile.host, minVersion: 'TLSv1.2', rejectUnauthorized: pin === null }
  if (trust.caPem) tls.ca = trust.caPem
  // SNI, so a shared host serving many names presents the certificate for this one (not for IPs).
  if (isIP(profile.host) === 0) tls.servername = profile.host
  const plain = profile.tls === 'none'
  const client = new Client(timeoutMs)
  let stage: FailureContext['stage'] = 'connect'
  try {
    const greeting = await openChannel(client, profile, tls, timeoutMs, (s) => { stage = s })
    let certificate: CertificateSummary | null = null
    if (client.ftp.socket instanceof TLSSocket) {
      certificate = summarizeCertificate(client.ftp.socket)
      if (pin !== null && certificate?.sha256 !== pin) {
        const seen = certificate ?? { subject: '', issuer: '', validFrom: '', validTo: '', sha256: '-', subjectAltNames: '', selfSigned: false, verified: false }
        throw new FtpsError('certificate-changed', TH.changed(profile.host, pin, seen), { certificate: seen })
      }
      if (pin !== null) guardDataConnections(client, pin)
    }
    stage = 'login'
    // Before login so a Thai user name or password is sent as UTF-8 (as access() does).
    await client.sendIgnoringError('OPTS UTF8 ON')
    await client.login(profile.username, secret)
    await client.useDefaultSettings()
    contexts.set(client, base)
    const tlsVersion = client.ftp.socket instanceof TLSSocket ? client.ftp.socket.getProtocol() : null
    return { client, info: { tlsVersion, certificate, trustedBy: plain ? 'none' : pin !== null ? 'pin' : 'ca', greeting } }
  } catch (err) {
    client.close()
    if (pin === null && isCertificateError(err)) {
      const certificate = await inspectCertificate(profile, tls, timeoutMs).catch(() => null)
      if (certificate) {
        const problem = certificateProblem(errorCode(err), profile.host)
        throw new FtpsError('certificate-untrusted', TH.untrusted(profile.host, problem, certificate), { certificate })
      }
    }
    throw toFtpsError(err, { ...base, stage, plain })
  }
}
