/**
 * Recording a publication once every file of a request is on the host: in ONE write transaction,
 * a published_file row per attachment, an audit entry per file (remote path and public URL), and
 * the request's move to "published" by the webmaster who queued the upload, with the first file's
 * address as the request's public URL. Either all of it is in the register or none of it: a
 * request is never shown as published with a file missing, and a file is never recorded for a
 * request that is not published.
 */
import { STATUS_LABELS } from '@shared/domain/request-status'
import type { AuditLog } from '../audit/audit-log'
import { writeTransaction, type ServiceContext } from '../context'
import type { AttachmentService } from '../attachments/attachment-service'
import type { RequestService } from '../requests/request-service'
import type { HostSeam } from './host-seam'
import { PublishedFiles } from './published-files'
import { TH } from './publishing-text'
import type { JobRow, JobStore } from './queue/job-store'

export type RecordOutcome =
  | { recorded: true }
  | { recorded: false; waiting: true }
  /** Every file is done but the request cannot be published: the reason, in Thai. */
  | { recorded: false; waiting: false; problem: string }

export class PublishRecorder {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly deps: { store: JobStore; files: PublishedFiles; attachments: AttachmentService; requests: RequestService; audit: AuditLog; seam: HostSeam }
  ) {}

  /** Records the publication if every file of the request is done; harmless to call again. */
  tryRecord(requestId: number): RecordOutcome {
    const { store, files, attachments, requests, audit, seam } = this.deps
    return writeTransaction(this.ctx.db, (): RecordOutcome => {
      const jobs = new Map<number, JobRow>(store.current(requestId).map((j) => [j.attachment_id, j]))
      const list = attachments.listFor(requestId)
      const done = list.flatMap((attachment) => {
        const job = jobs.get(attachment.id)
        return job?.state === 'done' && job.remote_path !== null && job.public_url !== null && job.finished_at !== null
          ? [{ attachment, job, remotePath: job.remote_path, publicUrl: job.public_url, finishedAt: job.finished_at }]
          : []
      })
      if (list.length === 0 || done.length < list.length) return { recorded: false, waiting: true }
      const status = this.ctx.db.prepare<[number], { status: keyof typeof STATUS_LABELS }>('SELECT status FROM request WHERE id = ?').get(requestId)?.status
      if (status !== 'approved') {
        // Already recorded (a second call) is not a problem; anything else is.
        if (status === 'published' && done.every((d) => files.hasJob(d.job.id))) return { recorded: true }
        return { recorded: false, waiting: false, problem: TH.cannotRecord(status ? STATUS_LABELS[status] : '-') }
      }
      const first = done[0]
      if (!first) return { recorded: false, waiting: true }
      for (const { attachment, job, remotePath, publicUrl, finishedAt } of done) {
        const profile = seam.profile(job.profile_id)
        const id = files.insert({
          requestId,
          attachmentId: job.attachment_id,
          profileId: job.profile_id,
          uploadJobId: job.id,
          remotePath,
          publicUrl,
          sha256: job.sha256,
          sizeBytes: job.size_bytes,
          publishedAt: finishedAt,
          publishedBy: job.queued_by
        })
        audit.append({
          actorId: job.queued_by,
          action: 'request.file-published',
          entity: 'request',
          entityId: requestId,
          detail: {
            publishedFileId: id,
            fileName: attachment.fileName,
            sha256: job.sha256,
            sizeBytes: job.size_bytes,
            profile: profile.name,
            host: profile.host,
            remotePath,
            publicUrl,
            uploadedAt: finishedAt,
            attempts: job.attempts
          }
        })
      }
      requests.transition({ id: requestId, action: 'publish', byId: first.job.queued_by, publicUrl: first.publicUrl })
      return { recorded: true }
    })
  }
}
