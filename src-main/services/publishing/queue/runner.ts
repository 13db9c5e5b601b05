/**
 * Scheduling of the upload queue: how many connections work for each profile (up to the profile's
 * parallel_connections), when a job waiting out a back-off is tried again, and stopping running
 * jobs from outside (pause, cancel, shutdown). The rules for one job are in worker.ts; the rows in
 * job-store.ts.
 *
 * Bytes at the server are written to the register at most a few times a second (progress.ts).
 * Every change of a job's state is announced to `onSettled`, which the publish service uses to
 * record a publication once every file of a request is done.
 */
import type { HostSeam } from '../host-seam'
import { TH } from '../publishing-text'
import { backoffMs, DEFAULT_RETRY, type RetryPolicy } from './backoff'
import type { JobRow, JobStore } from './job-store'
import { ProgressMeter, STORE_INTERVAL_MS, type Rate } from './progress'
import type { JobControl, RunnerContext, StopReason } from './runner-context'
import { tempPathOf, Worker } from './worker'

export interface RunnerOptions {
  store: JobStore
  seam: HostSeam
  password(profileId: number): Promise<string>
  localPath(sha256: string): string
  retry?: RetryPolicy
  /** Inactivity limit of each FTP connection. */
  timeoutMs?: number
  /** A job changed state (done, failed, paused, cancelled, queued again). */
  onSettled?(job: JobRow): void
  /** Something went wrong outside any job (e.g. the register closed under a worker). */
  onError?(error: unknown): void
  /** Work only on this request's jobs (the CLI's `upload REQUEST_ID`); every queued job when absent. */
  onlyRequest?: number
}

class Control implements JobControl {
  readonly controller = new AbortController()
  reason: StopReason | null = null
  get signal(): AbortSignal {
    return this.controller.signal
  }
  stop(reason: StopReason): void {
    if (this.reason === null) this.reason = reason
    this.controller.abort()
  }
}

export class QueueRunner implements RunnerContext {
  readonly seam: HostSeam
  readonly timeoutMs: number
  private readonly store: JobStore
  private readonly retry: RetryPolicy
  private readonly meter = new ProgressMeter()
  private readonly controls = new Map<number, Control>()
  /** Jobs waiting out a back-off: id → when they may go again (ms since epoch). */
  private readonly waiting = new Map<number, number>()
  private readonly workers = new Map<number, Set<Promise<void>>>()
  private readonly cleanups = new Map<number, string[]>()
  private readonly deferred = new Map<number, string[]>()
  /** Bytes reported too soon after the last write, written when the interval has passed. */
  private readonly pendingBytes = new Map<number, { bytes: number; timer: NodeJS.Timeout }>()
  private timer: NodeJS.Timeout | null = null
  private closed = false
  private readonly only: number | null
  private idleWaiters: (() => void)[] = []

  constructor(private readonly options: RunnerOptions) {
    this.store = options.store
    this.seam = options.seam
    this.retry = options.retry ?? DEFAULT_RETRY
    this.timeoutMs = options.timeoutMs ?? 30_000
    this.only = options.onlyRequest ?? null
  }

  get stopped(): boolean {
    return this.closed
  }

  // -------------------------------------------------------------------------------------------
  // Scheduling

  /** Starts connections where queued jobs (or cleanups) wait and fewer than allowed are working. */
  kick(): void {
    if (this.closed) return
    const profiles = new Set([...this.store.profilesWithQueued(this.only), ...this.cleanups.keys()])
    for (const profileId of profiles) {
      const running = this.workers.get(profileId) ?? new Set<Promise<void>>()
      const ready = this.store.queuedOf(profileId, this.only).filter((j) => !this.isWaiting(j.id)).length
      const wanted = Math.max(ready > 0 ? Math.min(this.parallelOf(profileId), ready) : 0, this.cleanups.has(profileId) ? 1 : 0)
      for (let i = running.size; i < wanted; i++) this.startWorker(profileId, running)
    }
    this.armTimer()
    this.checkIdle()
  }

  private parallelOf(profileId: number): number {
    try {
      return this.seam.profile(profileId).parallelConnections
    } catch {
      return 1
    }
  }

  private startWorker(profileId: number, running: Set<Promise<void>>): void {
    this.workers.set(profileId, running)
    const done: Promise<void> = new Worker(this, profileId)
      .run()
      .catch((error: unknown) => {
        if (!this.closed) this.options.onError?.(error)
      })
      .finally(() => {
        running.delete(done)
        if (running.size === 0) this.workers.delete(profileId)
        // A job may have been queued (retry, resume) while this connection was finishing.
        if (!this.closed) this.kick()
      })
    running.add(done)
  }

  private isWaiting(jobId: number): boolean {
    const until = this.waiting.get(jobId)
    if (until === undefined) return false
    if (until <= Date.now()) {
      this.waiting.delete(jobId)
      return false
    }
    return true
  }

  private armTimer(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    if (this.closed || this.waiting.size === 0) return
    const next = Math.min(...this.waiting.values())
    this.timer = setTimeout(() => {
      this.timer = null
      this.kick()
    }, Math.max(0, next - Date.now()) + 5)
  }

  /** When the next try of a job waiting out a back-off is due (ISO), or null. */
  retryAt(jobId: number): string | null {
    const until = this.waiting.get(jobId)
    return until === undefined ? null : new Date(until).toISOString()
  }

  rate(jobId: number, sizeBytes: number): Rate {
    return this.meter.rate(jobId, sizeBytes)
  }

  isRunning(jobId: number): boolean {
    return this.controls.has(jobId)
  }

  /** Resolves when no connection is working and no job waits for a retry. */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      this.idleWaiters.push(resolve)
      this.checkIdle()
    })
  }

  private checkIdle(): void {
    if (this.workers.size > 0 || this.waiting.size > 0 || this.idleWaiters.length === 0) return
    if (!this.closed && this.store.profilesWithQueued(this.only).length > 0) return
    const waiters = this.idleWaiters
    this.idleWaiters = []
    for (const w of waiters) w()
  }

  // -------------------------------------------------------------------------------------------
  // From outside: pause, cancel, shutdown

  /** Stops a running job; false when it is not running here. */
  stopJob(jobId: number, reason: 'pause' | 'cancel'): boolean {
    const control = this.controls.get(jobId)
    if (!control) return false
    control.stop(reason)
    return true
  }

  forgetWaiting(jobId: number): void {
    this.waiting.delete(jobId)
  }

  /** The temporary file of a job cancelled while not running, to be removed on the host. */
  removeTempOf(job: JobRow): void {
    this.addCleanup(job.profile_id, tempPathOf(job))
    this.kick()
  }

  /** Stops at once: running uploads are cut (their jobs are recovered at the next start). */
  close(): void {
    this.closed = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    for (const control of this.controls.values()) control.stop('shutdown')
    for (const id of [...this.pendingBytes.keys()]) this.clearPending(id)
    this.waiting.clear()
    this.checkIdle()
  }

  /** Like close, but waits until every connection has put its job back in the queue. */
  async shutdown(): Promise<void> {
    this.close()
    await Promise.all([...this.workers.values()].flatMap((set) => [...set]))
  }

  // -------------------------------------------------------------------------------------------
  // RunnerContext (for the workers)

  password(profileId: number): Promise<string> {
    return this.options.password(profileId)
  }

  localPath(sha256: string): string {
    return this.options.localPath(sha256)
  }

  plannedUrl(job: JobRow): string {
    return this.seam.publicUrl(this.seam.profile(job.profile_id), job.remote_dir, job.remote_name)
  }

  claim(profileId: number): JobRow | null {
    for (;;) {
      if (this.closed) return null
      const waiting = new Set([...this.waiting.keys()].filter((id) => this.isWaiting(id)))
      const job = this.store.claim(profileId, waiting, this.only)
      if (!job) return null
      // Edited after approval (back to "submitted"): its files must not go up without a new decision.
      if (this.stillApproved(job)) return job
      this.failed(job, job.attempts, TH.noLongerApproved)
    }
  }

  stillApproved(job: JobRow): boolean {
    return this.store.requestStatus(job.request_id) === 'approved'
  }

  begin(jobId: number): JobControl {
    const control = new Control()
    this.controls.set(jobId, control)
    return control
  }

  end(jobId: number): void {
    this.controls.delete(jobId)
    this.meter.forget(jobId)
    this.clearPending(jobId)
  }

  private addCleanup(profileId: number, path: string): void {
    const list = this.cleanups.get(profileId) ?? []
    if (!list.includes(path)) list.push(path)
    this.cleanups.set(profileId, list)
  }

  takeCleanups(profileId: number): string[] {
    const list = this.cleanups.get(profileId) ?? []
    this.cleanups.delete(profileId)
    return list
  }

  /** The host could not be reached to remove it: tried again the next time a connection opens. */
  deferCleanup(profileId: number, path: string): void {
    const list = this.deferred.get(profileId) ?? []
    if (!list.includes(path)) list.push(path)
    this.deferred.set(profileId, list)
  }

  progress(job: JobRow, bytes: number): void {
    if (this.closed) return
    if (this.meter.record(job.id, bytes)) {
      this.clearPending(job.id)
      this.store.progress(job.id, bytes)
      return
    }
    // Too soon to write again; but the transfer layer's last report (the file all handed to the
    // network) often comes right after another, so the latest value is written a moment later.
    const pending = this.pendingBytes.get(job.id)
    if (pending) {
      pending.bytes = bytes
      return
    }
    const entry = {
      bytes,
      timer: setTimeout(() => {
        this.pendingBytes.delete(job.id)
        if (!this.closed && this.controls.has(job.id)) this.store.progress(job.id, entry.bytes)
      }, STORE_INTERVAL_MS)
    }
    this.pendingBytes.set(job.id, entry)
  }

  private clearPending(jobId: number): void {
    const pending = this.pendingBytes.get(jobId)
    if (pending) clearTimeout(pending.timer)
    this.pendingBytes.delete(jobId)
  }

  verifying(job: JobRow): void {
    if (!this.closed) this.store.verifying(job.id, job.size_bytes)
  }

  finish(job: JobRow, attempts: number, result: { remotePath: string; publicUrl: string; bytes: number }): void {
    this.settle(job, () => this.store.done(job.id, attempts, result))
    // Cleanups deferred for this profile can be tried again now that the host answers.
    const deferred = this.deferred.get(job.profile_id)
    if (deferred) {
      this.deferred.delete(job.profile_id)
      for (const path of deferred) this.addCleanup(job.profile_id, path)
    }
  }

  retryLater(job: JobRow, attempts: number, message: string): void {
    if (attempts >= this.retry.maxAttempts) return this.failed(job, attempts, TH.gaveUp(attempts, message))
    this.settle(job, () => {
      this.store.requeue(job.id, attempts, message)
      this.waiting.set(job.id, Date.now() + backoffMs(attempts, this.retry))
    })
  }

  failed(job: JobRow, attempts: number, message: string): void {
    this.settle(job, () => this.store.fail(job.id, attempts, message))
  }

  failProfile(job: JobRow, attempts: number, message: string): void {
    this.failed(job, attempts, message)
    if (this.closed) return
    const others = this.store.queuedOf(job.profile_id, this.only)
    const moved = this.store.move(others.map((j) => j.id), ['queued'], 'failed', { lastError: message })
    for (const id of moved) this.announce(this.store.get(id))
  }

  paused(job: JobRow): void {
    this.settle(job, () => this.store.move([job.id], ['uploading', 'verifying', 'queued'], 'paused'))
  }

  cancelled(job: JobRow): void {
    this.settle(job, () => {
      this.store.move([job.id], ['uploading', 'verifying', 'queued', 'paused'], 'cancelled')
      this.addCleanup(job.profile_id, tempPathOf(job))
    })
  }

  interrupted(job: JobRow): void {
    this.settle(job, () => this.store.requeue(job.id, job.attempts, job.last_error))
  }

  /** Writes an outcome unless the register is closed (then the next start recovers the job). */
  private settle(job: JobRow, write: () => void): void {
    if (this.closed) {
      try {
        write()
      } catch {
        // The register closed under a running upload: the job stays 'uploading' and is recovered.
      }
      return
    }
    write()
    this.announce(this.store.get(job.id))
  }

  private announce(job: JobRow): void {
    try {
      this.options.onSettled?.(job)
    } catch (error) {
      this.options.onError?.(error)
    }
  }
}
