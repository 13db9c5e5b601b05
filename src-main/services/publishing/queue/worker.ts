/**
 * One connection's loop: take the next queued job of a profile, send it (reusing the connection
 * from the previous file), record the outcome, take the next; stop when there is none. The runner
 * decides how many of these run at once; this file decides what happens to one job.
 *
 * Outcomes of one job:
 * - sent, verified and renamed → done;
 * - a network error (the transfer layer says `retryable`) → back to the queue with a back-off and
 *   a fresh connection, until the attempts run out → failed;
 * - a permanent error (550/553, quota, a name that exists) → failed at once with the transfer
 *   layer's Thai message; a refused login or certificate fails every queued job of the profile,
 *   since each would be refused the same way;
 * - stopped by a person → paused (the partial file stays under its temporary name, to resume) or
 *   cancelled (the runner removes the temporary file); stopped by a shutdown → queued as it was.
 */
import { AppError } from '@shared/result'
import { FtpsError, connect, uploadAtomic, type UploadResult } from '../ftps'
import type { Client } from 'basic-ftp'
import { createHash } from 'node:crypto'
import { Writable } from 'node:stream'
import { remoteSha256 } from '../ftps/remote-hash'
import { joinRemote, normalizeRemoteDir, tempNameFor } from '../ftps/remote-path'
import { connectionOf } from '../host-seam'
import { TH } from '../publishing-text'
import type { JobRow } from './job-store'
import type { RunnerContext, StopReason } from './runner-context'

/** Errors that concern the connection (who we are, whom we talk to), not the file. */
const CONNECTION_LEVEL = new Set(['auth', 'certificate-untrusted', 'certificate-changed', 'tls', 'tls-required', 'no-explicit-tls'])

export function tempPathOf(job: Pick<JobRow, 'remote_dir' | 'remote_name' | 'sha256'>): string {
  return joinRemote(normalizeRemoteDir(job.remote_dir), tempNameFor(job.remote_name, job.sha256))
}

/** The public address of the name the file actually got (the 'suffix' policy may have numbered it). */
function urlFor(job: JobRow, planned: string, finalName: string): string {
  if (finalName === job.remote_name) return planned
  const cut = planned.lastIndexOf('/')
  return `${planned.slice(0, cut + 1)}${encodeURIComponent(finalName)}`
}

async function sha256Remote(client: Client, path: string): Promise<string> {
  const byServer = await remoteSha256(client, path)
  if (byServer !== null) return byServer
  const hash = createHash('sha256')
  await client.downloadTo(new Writable({ write(chunk: Buffer, _enc, done) { hash.update(chunk); done() } }), path)
  return hash.digest('hex')
}

/**
 * A job whose bytes were all sent before the program stopped may already have been renamed to its
 * final name (the stop came between the rename and the register's update). If the temporary file
 * is gone and the final name holds exactly these bytes, that file is this job's result; sending it
 * again would trip the name-exists policy or leave a numbered copy.
 */
async function alreadyPlaced(client: Client, job: JobRow): Promise<UploadResult | null> {
  const dir = normalizeRemoteDir(job.remote_dir)
  const finalPath = joinRemote(dir, job.remote_name)
  const sizeOf = (p: string) => client.size(p).catch(() => null)
  if ((await sizeOf(tempPathOf(job))) !== null) return null
  if ((await sizeOf(finalPath)) !== job.size_bytes) return null
  if ((await sha256Remote(client, finalPath)) !== job.sha256) return null
  return { remotePath: finalPath, finalName: job.remote_name, bytes: job.size_bytes, sha256: job.sha256, resumedFrom: job.size_bytes, verifiedBy: 'size+sha256' }
}

/**
 * Calls `then` when the file's bytes have all reached the server (the STOR or APPE command has
 * completed), which is when checking starts. Bytes written to the socket are no measure of that:
 * the operating system buffers megabytes, so they reach the file size long before the server has
 * them. The transfer layer has no hook for this moment, so the two transfer methods of this one
 * client are wrapped for the length of one job; the returned function removes the wrappers.
 */
function onTransferred(client: Client, then: () => void): () => void {
  const upload = client.uploadFrom.bind(client)
  const append = client.appendFrom.bind(client)
  client.uploadFrom = async (...args: Parameters<Client['uploadFrom']>) => {
    const reply = await upload(...args)
    then()
    return reply
  }
  client.appendFrom = async (...args: Parameters<Client['appendFrom']>) => {
    const reply = await append(...args)
    then()
    return reply
  }
  return () => {
    Reflect.deleteProperty(client, 'uploadFrom')
    Reflect.deleteProperty(client, 'appendFrom')
  }
}

export class Worker {
  private client: Client | null = null

  constructor(
    private readonly ctx: RunnerContext,
    readonly profileId: number
  ) {}

  async run(): Promise<void> {
    try {
      for (;;) {
        if (this.ctx.stopped) return
        await this.cleanUp()
        const job = this.ctx.claim(this.profileId)
        if (!job) return
        await this.process(job)
      }
    } finally {
      this.client?.close()
      this.client = null
    }
  }

  private async connection(): Promise<Client> {
    if (this.client && !this.client.closed) return this.client
    const profile = this.ctx.seam.profile(this.profileId)
    const { ftps, trust } = connectionOf(profile)
    const password = await this.ctx.password(this.profileId)
    this.client = (await connect({ ...ftps, timeoutMs: this.ctx.timeoutMs }, password, trust)).client
    return this.client
  }

  /** Removes the temporary files of cancelled jobs; one try each per run (the host may be away). */
  private async cleanUp(): Promise<void> {
    for (const path of this.ctx.takeCleanups(this.profileId)) {
      try {
        const client = await this.connection()
        await client.remove(path, true)
      } catch {
        this.client?.close()
        this.ctx.deferCleanup(this.profileId, path)
        return
      }
    }
  }

  private async process(job: JobRow): Promise<void> {
    const control = this.ctx.begin(job.id)
    const attempts = job.attempts + 1
    try {
      const client = await this.connection()
      if (control.signal.aborted) throw new FtpsError('cancelled', TH.stopped)
      const placed = job.bytes_sent >= job.size_bytes ? await alreadyPlaced(client, job) : null
      const unwrap = onTransferred(client, () => this.ctx.verifying(job))
      let result: UploadResult
      try {
        result =
          placed ??
          (await uploadAtomic(client, this.ctx.localPath(job.sha256), job.remote_dir, job.remote_name, {
            signal: control.signal,
            // The blob store names the file by its hash: no first read just to hash it again.
            sha256: job.sha256,
            ifExists: connectionOf(this.ctx.seam.profile(this.profileId)).ifExists,
            onProgress: (p) => this.ctx.progress(job, Math.min(p.bytesDone, job.size_bytes))
          }))
      } finally {
        unwrap()
      }
      if (result.sha256 !== job.sha256) {
        // The local copy is not what was approved: what went up is taken off, and sending again would not help.
        await client.remove(result.remotePath, true)
        return this.ctx.failed(job, attempts, TH.localChanged(job.remote_name))
      }
      if (!this.ctx.stillApproved(job)) {
        // Edited while this file was on its way: it must not stay public without a new decision.
        await client.remove(result.remotePath, true)
        return this.ctx.failed(job, attempts, TH.noLongerApproved)
      }
      const planned = job.public_url ?? this.ctx.plannedUrl(job)
      this.ctx.finish(job, attempts, { remotePath: result.remotePath, publicUrl: urlFor(job, planned, result.finalName), bytes: result.bytes })
    } catch (err) {
      this.settleFailure(job, attempts, control.reason, err)
    } finally {
      this.ctx.end(job.id)
    }
  }

  private settleFailure(job: JobRow, attempts: number, stoppedFor: StopReason | null, err: unknown): void {
    if (stoppedFor === 'pause') return this.ctx.paused(job)
    if (stoppedFor === 'cancel') return this.ctx.cancelled(job)
    if (stoppedFor === 'shutdown' || this.ctx.stopped) return this.ctx.interrupted(job)
    // After any failure the connection is suspect (a refused data connection leaves the control
    // connection open); the next job starts with a fresh one.
    this.client?.close()
    if (err instanceof FtpsError) {
      if (err.retryable) return this.ctx.retryLater(job, attempts, err.message)
      if (CONNECTION_LEVEL.has(err.kind)) return this.ctx.failProfile(job, attempts, err.message)
      return this.ctx.failed(job, attempts, err.message)
    }
    // No password, or the profile is gone: every job of the profile is stuck the same way.
    if (err instanceof AppError) return this.ctx.failProfile(job, attempts, err.message)
    return this.ctx.failed(job, attempts, TH.unexpected(job.remote_name, err instanceof Error ? err.message : String(err)))
  }
}
