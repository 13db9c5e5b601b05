/**
 * Reading the server's certificate off a TLS socket into the summary a person decides on, and
 * comparing fingerprints the way people copy them (with or without colons, any case).
 */
import type { PeerCertificate, TLSSocket } from 'node:tls'
import type { CertificateSummary } from './types'

/** 'AB:CD:…' from any spelling of a SHA-256 fingerprint; null when it is not one. */
export function normalizeSha256(input: string): string | null {
  const hex = input.replace(/^sha-?256\s*(fingerprint)?\s*[=:]?\s*/i, '').replace(/[\s:]/g, '').toUpperCase()
  if (!/^[0-9A-F]{64}$/.test(hex)) return null
  return hex.match(/../g)?.join(':') ?? null
}

function distinguishedName(name: PeerCertificate['subject'] | undefined): string {
  if (!name) return ''
  return Object.entries(name)
    .map(([key, value]: [string, string | string[] | undefined]) => `${key}=${Array.isArray(value) ? value.join('+') : value ?? ''}`)
    .join(', ')
}

const iso = (openSslDate: string | undefined): string => {
  const t = openSslDate ? Date.parse(openSslDate) : NaN
  return Number.isNaN(t) ? '' : new Date(t).toISOString()
}

/** The peer's certificate, or null when the socket has none (closed, or not TLS). */
export function summarizeCertificate(socket: TLSSocket): CertificateSummary | null {
  const cert = socket.getPeerCertificate(false)
  if (!cert || !cert.fingerprint256) return null
  const subject = distinguishedName(cert.subject)
  const issuer = distinguishedName(cert.issuer)
  const summary: CertificateSummary = {
    subject,
    issuer,
    validFrom: iso(cert.valid_from),
    validTo: iso(cert.valid_to),
    sha256: normalizeSha256(cert.fingerprint256) ?? cert.fingerprint256,
    subjectAltNames: cert.subjectaltname ?? '',
    selfSigned: subject === issuer,
    verified: socket.authorized
  }
  if (!socket.authorized && socket.authorizationError) summary.verifyError = String(socket.authorizationError)
  return summary
}
