/**
 * The host_profile table as the services read it: its row shape, reading a row by id (with the
 * Thai "not found" error), and the conversion to the HostProfile the rest of the app sees.
 * Shared by the service, the trust and the password modules so each reads rows the same way.
 */
import type { HostProfile } from '@shared/domain/publishing'
import { AppError } from '@shared/result'
import type { ServiceContext } from '../../context'
import type { SessionPasswords } from '../secrets'
import { TH } from './host-profile-text'

export interface HostProfileRow {
  id: number
  name: string
  host: string
  port: number
  tls: HostProfile['tls']
  username: string
  remote_root: string
  public_base_url: string
  folder_pattern: string
  file_naming: HostProfile['fileNaming']
  if_exists: HostProfile['ifExists']
  takedown: HostProfile['takedown']
  archive_folder: string
  parallel_connections: number
  ca_pem: string | null
  pinned_sha256: string | null
  password_secret: Buffer | null
  secret_backend: string | null
  is_default: number
  created_at: string
  updated_at: string
}

export class HostProfileRows {
  constructor(
    private readonly ctx: ServiceContext,
    /** Asked only whether a password is held for this session (the profile's passwordInSession). */
    private readonly session: SessionPasswords
  ) {}

  all(sql: string): HostProfileRow[] {
    return this.ctx.db.prepare<[], HostProfileRow>(sql).all()
  }

  /** The row with this id, or a Thai "not found" AppError. */
  byId(id: number): HostProfileRow {
    const row = this.ctx.db.prepare<[number], HostProfileRow>('SELECT * FROM host_profile WHERE id = ?').get(id)
    if (!row) throw new AppError('not-found', TH.notFound(id))
    return row
  }

  toProfile(r: HostProfileRow): HostProfile {
    const backend = r.secret_backend === 'os' || r.secret_backend === 'basic_text' ? r.secret_backend : null
    return {
      id: r.id,
      name: r.name,
      host: r.host,
      port: r.port,
      tls: r.tls,
      username: r.username,
      remoteRoot: r.remote_root,
      publicBaseUrl: r.public_base_url,
      folderPattern: r.folder_pattern,
      fileNaming: r.file_naming,
      ifExists: r.if_exists,
      takedown: r.takedown,
      archiveFolder: r.archive_folder,
      parallelConnections: r.parallel_connections,
      trust: r.pinned_sha256 ? 'pin' : r.ca_pem ? 'ca' : 'system',
      caPem: r.ca_pem,
      pinnedSha256: r.pinned_sha256,
      isDefault: r.is_default === 1,
      passwordStored: r.password_secret !== null,
      passwordBackend: backend,
      passwordInSession: this.session.has(r.id),
      createdAt: r.created_at,
      updatedAt: r.updated_at
    }
  }
}
