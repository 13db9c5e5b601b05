/**
 * The upload queue as the app and the CLI use it: put an approved request's files in the queue,
 * read their progress, pause, resume, cancel, retry. Scheduling is the runner's; the rows are the
 * store's; this file holds the rules about which request and which job may do what.
 */
import { statSync } from 'node:fs'
import { AppError } from '@shared/result'
import { STATUS_LABELS } from '@shared/domain/request-status'
import type { RequestDetail } from '@shared/domain/records'
import { UPLOAD_ACTIVE_STATES, type UploadJobStatus, type UploadOverall, type UploadPhase, type UploadState } from '@shared/domain/uploads'
import type { AttachmentService } from '../../attachments/attachment-service'
import type { AuditLog } from '../../audit/audit-log'
import { writeTransaction, type ServiceContext } from '../../context'
import type { PeopleService } from '../../people/people-service'
import type { RequestService } from '../../requests/request-service'
import type { HostSeam } from '../host-seam'
import { TH } from '../publishing-text'
import type { JobRow, JobStore, NewJob } from './job-store'
import type { QueueRunner } from './runner'

export interface UploadQueueDeps {
  ctx: ServiceContext
  store: JobStore
  seam: HostSeam
  requests: RequestService
  attachments: AttachmentService
  people: PeopleService
  audit: AuditLog
  /** The runner, started on first need (it holds the register's one runner lock). */
  runner(): QueueRunner
}

const isActive = (s: UploadState): boolean => UPLOAD_ACTIVE_STATES.includes(s)

export class UploadQueue {
  constructor(private readonly d: UploadQueueDeps) {}

  /** One queued job per attachment of an approved request; returns the jobs now current. */
  enqueue(requestId: number, profileId: number, byId: number): JobRow[] {
    const { ctx, store, seam, requests, attachments, people, audit } = this.d
    const actor = people.requireActor(byId, ['webmaster'], 'อัปโหลดขึ้นเว็บไซต์')
    const profile = seam.profile(profileId)
    const runner = this.d.runner()
    const jobs = writeTransaction(ctx.db, () => {
      const request = requests.get(requestId)
      if (request.status !== 'approved') throw new AppError('illegal-transition', TH.notApproved(STATUS_LABELS[request.status]))
      if (request.attachments.length === 0) throw new AppError('invalid-input', TH.noFiles)
      const current = new Map(store.current(requestId).map((j) => [j.attachment_id, j]))
      if ([...current.values()].some((j) => isActive(j.state))) throw new AppError('conflict', TH.alreadyQueued)
      const doneElsewhere = [...current.values()].find((j) => j.state === 'done' && j.profile_id !== profileId)
      if (doneElsewhere) throw new AppError('conflict', TH.otherProfile(seam.profile(doneElsewhere.profile_id).name))
      const toSend = request.attachments.filter((a) => current.get(a.id)?.state !== 'done')
      for (const a of toSend) {
        // The local copy as it is now, not as the register remembers it: an empty file is never sent.
        const onDisk = statSync(attachments.blobs.pathOf(a.sha256), { throwIfNoEntry: false })
        if (!onDisk?.isFile()) throw new AppError('not-found', TH.blobMissing(a.fileName))
        if (onDisk.size === 0 || a.sizeBytes === 0) throw new AppError('file-refused', TH.emptyFile(a.fileName))
        if (onDisk.size !== a.sizeBytes) throw new AppError('file-refused', TH.localChanged(a.fileName))
      }
      const planned: NewJob[] = toSend.map((a) => {
        const target = seam.target(profile, request, a)
        return {
          requestId,
          attachmentId: a.id,
          profileId,
          sha256: a.sha256,
          sizeBytes: a.sizeBytes,
          remoteDir: target.dir,
          remoteName: target.name,
          publicUrl: target.publicUrl,
          queuedBy: actor.id
        }
      })
      const added = store.insert(planned)
      audit.append({
        actorId: actor.id,
        action: 'request.upload-queued',
        entity: 'request',
        entityId: requestId,
        detail: {
          profile: profile.name,
          host: profile.host,
          files: added.map((j) => ({ jobId: j.id, fileName: nameOf(request, j), remoteDir: j.remote_dir, remoteName: j.remote_name, sizeBytes: j.size_bytes }))
        }
      })
      return added
    })
    runner.kick()
    return jobs
  }

  /** Pauses queued jobs at once and running ones after their current chunk. */
  pause(requestId: number, jobId?: number): void {
    const runner = this.d.runner()
    const jobs = this.targets(requestId, jobId).filter((j) => isActive(j.state) && j.state !== 'paused')
    const moved = new Set(this.d.store.move(jobs.map((j) => j.id), ['queued'], 'paused'))
    for (const j of jobs) {
      runner.forgetWaiting(j.id)
      if (!moved.has(j.id)) runner.stopJob(j.id, 'pause')
    }
  }

  resume(requestId: number, jobId?: number): void {
    const runner = this.d.runner()
    this.requireApproved(requestId)
    const paused = this.targets(requestId, jobId).filter((j) => j.state === 'paused')
    this.d.store.move(paused.map((j) => j.id), ['paused'], 'queued')
    runner.kick()
  }

  /**
   * Cancels: running jobs are cut, and the temporary file of every cancelled job is removed from
   * the host (a partial file never sits at a final name in any case).
   */
  cancel(requestId: number, jobId?: number): void {
    const runner = this.d.runner()
    const jobs = this.targets(requestId, jobId).filter((j) => j.state !== 'done' && j.state !== 'cancelled')
    const moved = new Set(this.d.store.move(jobs.map((j) => j.id), ['queued', 'paused', 'failed'], 'cancelled'))
    for (const j of jobs) {
      runner.forgetWaiting(j.id)
      if (!moved.has(j.id)) runner.stopJob(j.id, 'cancel')
      else if (j.bytes_sent > 0 || j.attempts > 0) runner.removeTempOf(j)
    }
  }

  /** Failed or cancelled jobs go back to the queue with their attempts counted afresh. */
  retry(requestId: number, jobId?: number): void {
    const runner = this.d.runner()
    this.requireApproved(requestId)
    const jobs = this.targets(requestId, jobId).filter((j) => j.state === 'failed' || j.state === 'cancelled')
    if (jobs.length === 0) throw new AppError('conflict', TH.nothingToRetry)
    this.d.store.move(jobs.map((j) => j.id), ['failed', 'cancelled'], 'queued', { lastError: '', resetAttempts: true })
    runner.kick()
  }

  /** The request's current jobs with speed and time left, and the whole upload's totals. */
  jobs(requestId: number, runner: QueueRunner | null): { jobs: UploadJobStatus[]; overall: UploadOverall } {
    const rows = this.d.store.current(requestId)
    const names = new Map(this.d.attachments.listFor(requestId).map((a) => [a.id, a.fileName]))
    const profiles = new Map<number, string>()
    const profileName = (id: number): string => {
      if (!profiles.has(id)) profiles.set(id, safeName(() => this.d.seam.profile(id).name, `#${id}`))
      return profiles.get(id) ?? `#${id}`
    }
    const jobs = rows.map((j): UploadJobStatus => {
      const moving = j.state === 'uploading' || j.state === 'verifying'
      const rate = moving && runner ? runner.rate(j.id, j.size_bytes) : { speedBytesPerSecond: null, etaSeconds: null }
      return {
        id: j.id,
        requestId: j.request_id,
        attachmentId: j.attachment_id,
        fileName: names.get(j.attachment_id) ?? j.remote_name,
        profileId: j.profile_id,
        profileName: profileName(j.profile_id),
        state: j.state,
        bytesSent: j.bytes_sent,
        sizeBytes: j.size_bytes,
        attempts: j.attempts,
        lastError: j.last_error,
        remoteDir: j.remote_dir,
        remoteName: j.remote_name,
        remotePath: j.remote_path,
        publicUrl: j.state === 'done' ? j.public_url : null,
        finishedAt: j.finished_at,
        speedBytesPerSecond: rate.speedBytesPerSecond,
        etaSeconds: rate.etaSeconds,
        retryAt: j.state === 'queued' && runner ? runner.retryAt(j.id) : null
      }
    })
    return { jobs, overall: overallOf(jobs) }
  }

  private targets(requestId: number, jobId?: number): JobRow[] {
    const current = this.d.store.current(requestId)
    if (jobId === undefined) return current
    const job = current.find((j) => j.id === jobId)
    if (!job) throw new AppError('not-found', TH.notCurrentJob(jobId))
    return [job]
  }

  private requireApproved(requestId: number): void {
    const status = this.d.requests.get(requestId).status
    if (status !== 'approved') throw new AppError('illegal-transition', TH.notApproved(STATUS_LABELS[status]))
  }
}

function nameOf(request: RequestDetail, job: JobRow): string {
  return request.attachments.find((a) => a.id === job.attachment_id)?.fileName ?? job.remote_name
}

function safeName(read: () => string, fallback: string): string {
  try {
    return read()
  } catch {
    return fallback
  }
}

function phaseOf(jobs: readonly UploadJobStatus[]): UploadPhase {
  if (jobs.length === 0) return 'none'
  const has = (s: UploadState) => jobs.some((j) => j.state === s)
  if (has('queued') || has('uploading') || has('verifying')) return 'active'
  if (has('paused')) return 'paused'
  if (has('failed')) return 'failed'
  if (has('cancelled')) return 'cancelled'
  return 'done'
}

export function overallOf(jobs: readonly UploadJobStatus[]): UploadOverall {
  const sizeBytes = jobs.reduce((n, j) => n + j.sizeBytes, 0)
  const bytesSent = jobs.reduce((n, j) => n + Math.min(j.bytesSent, j.sizeBytes), 0)
  const speeds = jobs.map((j) => j.speedBytesPerSecond).filter((s): s is number => s !== null)
  const speed = speeds.length > 0 ? speeds.reduce((a, b) => a + b, 0) : null
  const remaining = jobs.filter((j) => j.state !== 'cancelled' && j.state !== 'failed').reduce((n, j) => n + Math.max(0, j.sizeBytes - j.bytesSent), 0)
  return {
    phase: phaseOf(jobs),
    files: jobs.length,
    filesDone: jobs.filter((j) => j.state === 'done').length,
    bytesSent,
    sizeBytes,
    speedBytesPerSecond: speed,
    etaSeconds: speed && speed > 0 ? Math.ceil(remaining / speed) : null
  }
}
