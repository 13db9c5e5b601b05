/**
 * The one place the upload queue and the take-down reach the host profiles, their passwords and
 * the remote layout, which another part of the app owns (publishing/profiles, secrets, layout).
 * Everything else in publishing/ goes through `HostSeam`.
 */
import type { AttachmentRecord, RequestDetail } from '@shared/domain/records'
import type { HostProfile } from '@shared/domain/publishing'
import type { FtpsProfile, NameExistsPolicy, TrustSettings } from './ftps'
import { publicUrlFor, remoteTargetFor, type RemoteTarget } from './layout'
import { toTransferSettings, type HostProfileService } from './profiles'

export type { RemoteTarget }

/** Where a password comes from: the encrypted store, this session's memory, the CLI's prompt. */
export type PasswordSource = (profileId: number) => Promise<string>

export interface HostSeam {
  profile(id: number): HostProfile
  profileByName(name: string): HostProfile
  /** The profile marked default; null when there is none. */
  defaultProfile(): HostProfile | null
  target(profile: HostProfile, request: RequestDetail, attachment: AttachmentRecord): RemoteTarget
  /** The public address of a file on the profile's host. */
  publicUrl(profile: HostProfile, dir: string, name: string): string
  /** Stored (decrypted) or held for this session; AppError 'password-required' otherwise. */
  password: PasswordSource
}

/** What a connection needs from a profile (the transfer layer's shapes). */
export function connectionOf(profile: HostProfile): { ftps: FtpsProfile; trust: TrustSettings; ifExists: NameExistsPolicy } {
  const { profile: ftps, trust } = toTransferSettings(profile)
  return { ftps, trust, ifExists: profile.ifExists }
}

export function createHostSeam(profiles: HostProfileService): HostSeam {
  return {
    profile: (id) => profiles.get(id),
    profileByName: (name) => profiles.getByName(name),
    defaultProfile: () => profiles.getDefault(),
    target: (profile, request, attachment) => remoteTargetFor(profile, request, attachment),
    publicUrl: (profile, dir, name) => publicUrlFor(profile, dir, name),
    password: (id) => profiles.resolvePassword(id)
  }
}
