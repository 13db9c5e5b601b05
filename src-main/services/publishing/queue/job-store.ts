/**
 * The upload queue's rows (upload_job) and nothing else: SQL only, no scheduling. A job is one
 * file of one request going to one profile. When a request is queued again after its jobs failed
 * or were cancelled, new rows are added and the old ones stay as history: the CURRENT job of an
 * attachment is its newest row.
 *
 * Claiming a job (queued → uploading) is one UPDATE guarded by the state, so two runners could
 * never take the same job even if the lock that keeps one runner per register were bypassed.
 */
import type { UploadState } from '@shared/domain/uploads'
import { writeTransaction, type ServiceContext } from '../../context'

export interface JobRow {
  id: number
  request_id: number
  attachment_id: number
  profile_id: number
  sha256: string
  size_bytes: number
  remote_dir: string
  remote_name: string
  state: UploadState
  bytes_sent: number
  attempts: number
  last_error: string
  remote_path: string | null
  public_url: string | null
  queued_by: number
  created_at: string
  updated_at: string
  finished_at: string | null
}

export interface NewJob {
  requestId: number
  attachmentId: number
  profileId: number
  sha256: string
  sizeBytes: number
  remoteDir: string
  remoteName: string
  /** The planned public address (the layout's); replaced by the final one when done. */
  publicUrl: string
  queuedBy: number
}

const CURRENT = `j.id = (SELECT max(k.id) FROM upload_job k WHERE k.request_id = j.request_id AND k.attachment_id = j.attachment_id)`

export class JobStore {
  constructor(private readonly ctx: ServiceContext) {}

  private get db() {
    return this.ctx.db
  }

  private now(): string {
    return this.ctx.clock.now()
  }

  /** Adds the jobs; call inside the transaction that checked the request. */
  insert(jobs: readonly NewJob[]): JobRow[] {
    const insert = this.db.prepare(
      `INSERT INTO upload_job (request_id, attachment_id, profile_id, sha256, size_bytes, remote_dir, remote_name, public_url, state, queued_by, created_at, updated_at)
       VALUES (@requestId, @attachmentId, @profileId, @sha256, @sizeBytes, @remoteDir, @remoteName, @publicUrl, 'queued', @queuedBy, @now, @now)`
    )
    const now = this.now()
    return jobs.map((j) => this.get(Number(insert.run({ ...j, now }).lastInsertRowid)))
  }

  get(id: number): JobRow {
    const row = this.find(id)
    if (!row) throw new Error(`upload_job ${id} not found`)
    return row
  }

  find(id: number): JobRow | undefined {
    return this.db.prepare<[number], JobRow>('SELECT * FROM upload_job WHERE id = ?').get(id)
  }

  /** The newest job of each attachment of the request, in the attachments' order. */
  current(requestId: number): JobRow[] {
    return this.db.prepare<[number], JobRow>(`SELECT * FROM upload_job j WHERE j.request_id = ? AND ${CURRENT} ORDER BY j.attachment_id`).all(requestId)
  }

  isCurrent(job: JobRow): boolean {
    return this.current(job.request_id).some((j) => j.id === job.id)
  }

  /**
   * Takes the oldest queued job of the profile that is not waiting out a back-off, and marks it
   * uploading. Null when there is none.
   */
  claim(profileId: number, waiting: ReadonlySet<number>, onlyRequest: number | null = null): JobRow | null {
    return writeTransaction(this.db, () => {
      const candidates = this.db
        .prepare<[number, number | null, number | null, number], { id: number }>(
          `SELECT id FROM upload_job WHERE state = 'queued' AND profile_id = ? AND (? IS NULL OR request_id = ?) ORDER BY id LIMIT ?`
        )
        .all(profileId, onlyRequest, onlyRequest, waiting.size + 1)
      const pick = candidates.find((c) => !waiting.has(c.id))
      if (!pick) return null
      const changed = this.db.prepare(`UPDATE upload_job SET state = 'uploading', updated_at = ? WHERE id = ? AND state = 'queued'`).run(this.now(), pick.id).changes
      return changed === 1 ? this.get(pick.id) : null
    })
  }

  /** The request's status now (a request edited after approval goes back to "submitted"). */
  requestStatus(requestId: number): string | undefined {
    return this.db.prepare<[number], { status: string }>('SELECT status FROM request WHERE id = ?').get(requestId)?.status
  }

  /** Profiles that have queued jobs (where runners have work), of one request when given. */
  profilesWithQueued(onlyRequest: number | null = null): number[] {
    return this.db
      .prepare<[number | null, number | null], { p: number }>(`SELECT DISTINCT profile_id AS p FROM upload_job WHERE state = 'queued' AND (? IS NULL OR request_id = ?) ORDER BY p`)
      .all(onlyRequest, onlyRequest)
      .map((r) => r.p)
  }

  queuedOf(profileId: number, onlyRequest: number | null = null): JobRow[] {
    return this.db
      .prepare<[number, number | null, number | null], JobRow>(`SELECT * FROM upload_job WHERE state = 'queued' AND profile_id = ? AND (? IS NULL OR request_id = ?) ORDER BY id`)
      .all(profileId, onlyRequest, onlyRequest)
  }

  progress(id: number, bytesSent: number): void {
    this.db.prepare(`UPDATE upload_job SET bytes_sent = ?, updated_at = ? WHERE id = ? AND state IN ('uploading','verifying')`).run(bytesSent, this.now(), id)
  }

  verifying(id: number, bytesSent: number): void {
    this.db.prepare(`UPDATE upload_job SET state = 'verifying', bytes_sent = ?, updated_at = ? WHERE id = ? AND state = 'uploading'`).run(bytesSent, this.now(), id)
  }

  done(id: number, attempts: number, result: { remotePath: string; publicUrl: string; bytes: number }): void {
    const now = this.now()
    this.db
      .prepare(
        `UPDATE upload_job SET state = 'done', bytes_sent = @bytes, remote_path = @remotePath, public_url = @publicUrl, last_error = '',
           attempts = @attempts, finished_at = @now, updated_at = @now WHERE id = @id`
      )
      .run({ ...result, attempts, now, id })
  }

  /** Back to the queue after a network error (or a shutdown), counting the attempt. */
  requeue(id: number, attempts: number, lastError: string): void {
    this.db.prepare(`UPDATE upload_job SET state = 'queued', attempts = ?, last_error = ?, updated_at = ? WHERE id = ?`).run(attempts, lastError, this.now(), id)
  }

  fail(id: number, attempts: number, lastError: string): void {
    this.db.prepare(`UPDATE upload_job SET state = 'failed', attempts = ?, last_error = ?, updated_at = ? WHERE id = ?`).run(attempts, lastError, this.now(), id)
  }

  /** Moves jobs between states, only from the states given (a job that moved on meanwhile stays). */
  move(ids: readonly number[], from: readonly UploadState[], to: UploadState, extra: { lastError?: string; resetAttempts?: boolean } = {}): number[] {
    if (ids.length === 0) return []
    return writeTransaction(this.db, () => {
      const moved: number[] = []
      const states = from.map((s) => `'${s}'`).join(',')
      const sets = [`state = @to`, `updated_at = @now`]
      if (extra.lastError !== undefined) sets.push('last_error = @lastError')
      if (extra.resetAttempts) sets.push('attempts = 0')
      const update = this.db.prepare(`UPDATE upload_job SET ${sets.join(', ')} WHERE id = @id AND state IN (${states})`)
      for (const id of ids) {
        if (update.run({ id, to, now: this.now(), lastError: extra.lastError ?? '' }).changes === 1) moved.push(id)
      }
      return moved
    })
  }

  /** After a crash: jobs that were being sent or checked go back to the queue (resumed from the server's copy). */
  recoverInterrupted(): number {
    return this.db.prepare(`UPDATE upload_job SET state = 'queued', updated_at = ? WHERE state IN ('uploading','verifying')`).run(this.now()).changes
  }

  /** Requests whose every current job is done while the request is still approved: publication not yet recorded. */
  requestsAwaitingRecord(): number[] {
    return this.db
      .prepare<[], { id: number }>(
        `SELECT r.id FROM request r WHERE r.status = 'approved'
           AND EXISTS (SELECT 1 FROM upload_job j WHERE j.request_id = r.id)
           AND NOT EXISTS (SELECT 1 FROM upload_job j WHERE j.request_id = r.id AND ${CURRENT} AND j.state <> 'done')`
      )
      .all()
      .map((r) => r.id)
  }
}
