/** A stored host profile as the FTPS transfer layer takes it: connection settings and certificate trust. */
import type { HostProfile } from '@shared/domain/publishing'
import type { FtpsProfile, TrustSettings } from '../ftps'

export interface TransferSettings {
  profile: FtpsProfile
  trust: TrustSettings
}

export function toTransferSettings(p: Pick<HostProfile, 'host' | 'port' | 'tls' | 'username' | 'caPem' | 'pinnedSha256'>, timeoutMs?: number): TransferSettings {
  const profile: FtpsProfile = { host: p.host, port: p.port, tls: p.tls, username: p.username }
  if (timeoutMs !== undefined) profile.timeoutMs = timeoutMs
  // The pin wins when both are set: it names the one certificate the person accepted.
  const trust: TrustSettings = p.pinnedSha256 ? { pinnedSha256: p.pinnedSha256 } : p.caPem ? { caPem: p.caPem } : {}
  return { profile, trust }
}
