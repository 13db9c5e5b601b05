/**
 * How a host profile's certificate is trusted: a pinned SHA-256 fingerprint, a CA (or a
 * self-signed certificate) the person supplied, or the system's CAs. The modes exclude each
 * other, so setting one clears the others; every change is written to the audit log with what
 * identifies the certificate, never the PEM itself.
 */
import { X509Certificate } from 'node:crypto'
import { hostTrustInput, type HostTrustInput } from '@shared/domain/publishing'
import { AppError } from '@shared/result'
import type { AuditLog } from '../../audit/audit-log'
import type { ServiceContext } from '../../context'
import { parseInput } from '../../validate'
import type { HostProfileRows } from './host-profile-rows'
import { TH } from './host-profile-text'

/** Sets the profile's trust mode. Call it inside a write transaction (the caller's). */
export function applyTrust(ctx: ServiceContext, audit: AuditLog, rows: HostProfileRows, input: HostTrustInput, actorId: number | null): void {
  const t = parseInput(hostTrustInput, input)
  rows.byId(t.id)
  const now = ctx.clock.now()
  let detail: Record<string, unknown>
  if (t.mode === 'pin') {
    ctx.db.prepare('UPDATE host_profile SET pinned_sha256 = ?, ca_pem = NULL, updated_at = ? WHERE id = ?').run(t.sha256, now, t.id)
    detail = { mode: 'pin', sha256: t.sha256 }
  } else if (t.mode === 'ca') {
    let cert: X509Certificate
    try {
      cert = new X509Certificate(t.caPem)
    } catch {
      throw new AppError('invalid-input', TH.badCa, { caPem: TH.badCaField })
    }
    ctx.db.prepare('UPDATE host_profile SET ca_pem = ?, pinned_sha256 = NULL, updated_at = ? WHERE id = ?').run(t.caPem, now, t.id)
    detail = { mode: 'ca', subject: cert.subject.replace(/\n/g, ', '), sha256: cert.fingerprint256, validTo: cert.validTo }
  } else {
    ctx.db.prepare('UPDATE host_profile SET ca_pem = NULL, pinned_sha256 = NULL, updated_at = ? WHERE id = ?').run(now, t.id)
    detail = { mode: 'system' }
  }
  audit.append({ actorId, action: 'host-profile.trust', entity: 'host-profile', entityId: t.id, detail })
}
