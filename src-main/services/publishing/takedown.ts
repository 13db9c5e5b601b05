/**
 * Taking a request's files off the website: each live file is deleted on the host, or moved to
 * the profile's archive folder (keeping its path under the remote root), then the files are
 * marked removed and the request moves to "withdrawn" in one write transaction with an audit
 * entry per file.
 *
 * The host is connected to before anything is touched: if it cannot be reached, nothing is done
 * and nothing is recorded. If the connection drops half-way, the files that did come down are
 * recorded as removed (that is the truth on the host) and the request stays published, with a
 * message naming the files still up, so a second take-down finishes the job.
 */
import { FTPError, type Client } from 'basic-ftp'
import { AppError } from '@shared/result'
import { ACTION_RULES, STATUS_LABELS } from '@shared/domain/request-status'
import type { PublishedFileRecord } from '@shared/domain/uploads'
import type { RequestDetail } from '@shared/domain/records'
import type { AuditLog } from '../audit/audit-log'
import { writeTransaction, type ServiceContext } from '../context'
import type { PeopleService } from '../people/people-service'
import type { RequestService } from '../requests/request-service'
import { connect } from './ftps'
import { failureContext } from './ftps/connect'
import { toFtpsError } from './ftps/ftps-error'
import { joinRemote, withNumberSuffix } from './ftps/remote-path'
import { connectionOf, type HostSeam, type PasswordSource } from './host-seam'
import type { PublishedFiles } from './published-files'
import { TH } from './publishing-text'

export interface TakedownDeps {
  ctx: ServiceContext
  seam: HostSeam
  files: PublishedFiles
  requests: RequestService
  people: PeopleService
  audit: AuditLog
  password: PasswordSource
  timeoutMs?: number
}

interface Removed {
  file: PublishedFileRecord
  removal: 'deleted' | 'archived'
  archivePath: string | null
  /** The file was not on the host any more. */
  missing: boolean
}

const isMissing = (err: unknown): boolean => err instanceof FTPError && err.code === 550

async function exists(client: Client, path: string): Promise<boolean> {
  try {
    await client.size(path)
    return true
  } catch (err) {
    if (isMissing(err)) return false
    throw err
  }
}

/** Where an archived file goes: the archive folder, then its path under the remote root. */
export function archivePathFor(remotePath: string, remoteRoot: string, archiveFolder: string): string {
  const root = remoteRoot === '/' ? '' : remoteRoot.replace(/\/+$/, '')
  const relative = root && remotePath.startsWith(`${root}/`) ? remotePath.slice(root.length) : remotePath
  return `${archiveFolder.replace(/\/+$/, '')}${relative.startsWith('/') ? '' : '/'}${relative}`
}

async function deleteFile(client: Client, file: PublishedFileRecord): Promise<Removed> {
  try {
    await client.remove(file.remotePath)
    return { file, removal: 'deleted', archivePath: null, missing: false }
  } catch (err) {
    if (isMissing(err) && !(await exists(client, file.remotePath))) return { file, removal: 'deleted', archivePath: null, missing: true }
    throw err
  }
}

async function archiveFile(client: Client, file: PublishedFileRecord, remoteRoot: string, archiveFolder: string): Promise<Removed> {
  if (!(await exists(client, file.remotePath))) return { file, removal: 'deleted', archivePath: null, missing: true }
  const wanted = archivePathFor(file.remotePath, remoteRoot, archiveFolder)
  const cut = wanted.lastIndexOf('/')
  const dir = cut <= 0 ? '/' : wanted.slice(0, cut)
  const name = wanted.slice(cut + 1)
  await client.ensureDir(dir)
  // An earlier take-down of a file with the same path may have left one there: never overwrite evidence.
  let target = joinRemote(dir, name)
  for (let n = 2; await exists(client, target); n++) target = joinRemote(dir, withNumberSuffix(name, n))
  await client.rename(file.remotePath, target)
  return { file, removal: 'archived', archivePath: target, missing: false }
}

export class Takedown {
  constructor(private readonly deps: TakedownDeps) {}

  async run(requestId: number, byId: number, reason: string): Promise<RequestDetail> {
    const { ctx, seam, files, requests, people, audit } = this.deps
    const before = requests.get(requestId)
    const rule = ACTION_RULES.withdraw
    if (before.status !== 'published' && before.status !== 'withdrawn') throw new AppError('illegal-transition', TH.notPublished(STATUS_LABELS[before.status]))
    const actor = people.requireActor(byId, rule.roles, rule.label)
    const live = files.live(requestId)
    // A request withdrawn by hand while its files stayed up may still have its files taken down.
    if (before.status === 'withdrawn' && live.length === 0) throw new AppError('illegal-transition', TH.notPublished(STATUS_LABELS.withdrawn))

    const byProfile = new Map<number, PublishedFileRecord[]>()
    for (const f of live) byProfile.set(f.profileId, [...(byProfile.get(f.profileId) ?? []), f])
    const clients = await this.connectAll([...byProfile.keys()])
    const removed: Removed[] = []
    const left: { file: PublishedFileRecord; error: string }[] = []
    try {
      for (const [profileId, client] of clients) {
        const profile = seam.profile(profileId)
        for (const file of byProfile.get(profileId) ?? []) {
          try {
            removed.push(profile.takedown === 'archive' ? await archiveFile(client, file, profile.remoteRoot, profile.archiveFolder) : await deleteFile(client, file))
          } catch (err) {
            // Once the connection has dropped, the remaining files fail the same way and are listed too.
            left.push({ file, error: toFtpsError(err, failureContext(client, 'transfer', file.remotePath)).message })
          }
        }
      }
    } finally {
      for (const c of clients.values()) c.close()
    }

    writeTransaction(ctx.db, () => {
      const at = ctx.clock.now()
      for (const r of removed) {
        files.markRemoved(r.file.id, { at, by: actor.id, removal: r.removal, archivePath: r.archivePath })
        audit.append({
          actorId: actor.id,
          action: 'request.file-removed',
          entity: 'request',
          entityId: requestId,
          detail: {
            publishedFileId: r.file.id,
            fileName: r.file.fileName,
            profile: r.file.profileName,
            remotePath: r.file.remotePath,
            publicUrl: r.file.publicUrl,
            removal: r.removal,
            archivePath: r.archivePath,
            note: r.missing ? TH.alreadyGone : '',
            reason
          }
        })
      }
      if (left.length === 0 && before.status === 'published') requests.transition({ id: requestId, action: 'withdraw', byId: actor.id, reason })
    })
    if (left.length > 0) {
      throw new AppError('host-unavailable', TH.takedownPartial(removed.length, left.map((l) => l.file.fileName), left[0]?.error ?? ''))
    }
    return requests.get(requestId)
  }

  /** One connection per profile, all opened before anything is touched. */
  private async connectAll(profileIds: number[]): Promise<Map<number, Client>> {
    const clients = new Map<number, Client>()
    try {
      for (const id of profileIds) {
        const profile = this.deps.seam.profile(id)
        const { ftps, trust } = connectionOf(profile)
        try {
          const password = await this.deps.password(id)
          clients.set(id, (await connect({ ...ftps, timeoutMs: this.deps.timeoutMs ?? 30_000 }, password, trust)).client)
        } catch (err) {
          throw new AppError(err instanceof AppError ? err.code : 'host-unavailable', TH.takedownUnreachable(profile.name, err instanceof Error ? err.message : String(err)))
        }
      }
      return clients
    } catch (err) {
      for (const c of clients.values()) c.close()
      throw err
    }
  }
}
