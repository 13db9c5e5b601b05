/**
 * Publishing a request's files on the office's website and taking them down again: the upload
 * queue (queue/), the record of a finished publication (publish-recorder.ts), the take-down
 * (takedown.ts), the list of items due for take-down, and the optional check that the public
 * addresses answer. The app, the web bridge and the CLI use this one object.
 *
 * The queue's runner is started on first need (or by `start()` when the app opens, which also
 * puts back jobs a crash left half-done). Only one process per register runs it: see
 * queue/runner-lock.ts.
 */
import { join } from 'node:path'
import { AppError, type Result } from '@shared/result'
import type { RequestDetail } from '@shared/domain/records'
import { STATUS_LABELS } from '@shared/domain/request-status'
import {
  takedownInput,
  uploadControlInput,
  uploadEnqueueInput,
  type DueItem,
  type TakedownInput,
  type UploadControlInput,
  type UploadEnqueueInput,
  type UploadRequestStatus,
  type UrlCheck
} from '@shared/domain/uploads'
import { todayIso } from '@shared/thai'
import type { AttachmentService } from '../attachments/attachment-service'
import type { AuditLog } from '../audit/audit-log'
import type { ServiceContext } from '../context'
import type { PeopleService } from '../people/people-service'
import type { RequestService } from '../requests/request-service'
import { parseInput } from '../validate'
import type { HostSeam, PasswordSource } from './host-seam'
import { PublishRecorder } from './publish-recorder'
import { PublishedFiles } from './published-files'
import { TH } from './publishing-text'
import type { RetryPolicy } from './queue/backoff'
import { JobStore, type JobRow } from './queue/job-store'
import { QueueRunner } from './queue/runner'
import { acquireRunnerLock, type RunnerLock } from './queue/runner-lock'
import { UploadQueue } from './queue/upload-queue'
import { Takedown } from './takedown'
import { checkUrls } from './url-check'

/**
 * The public index page (site-index/SiteIndexService): after a publication is recorded and after a
 * take-down, the page of the request's fiscal year is regenerated and uploaded to each host the
 * request's files are on. Its failure is reported (status.siteIndexProblem), never undoes the
 * publication or the take-down.
 */
export interface SiteIndexHook {
  refresh(fiscalYear: number, profileId: number, password: string): Promise<Result<unknown>>
}

export interface PublishServiceDeps {
  ctx: ServiceContext
  seam: HostSeam
  requests: RequestService
  attachments: AttachmentService
  people: PeopleService
  audit: AuditLog
  /** Options for tests and the CLI. */
  retry?: RetryPolicy
  timeoutMs?: number
  /** The public index page to refresh after each publish and take-down (see SiteIndexHook). */
  siteIndex?: SiteIndexHook
  /** Problems outside any request (a failed index refresh); default: stderr. */
  log?(message: string, error?: unknown): void
}

export class PublishService {
  private readonly store: JobStore
  private readonly files: PublishedFiles
  private readonly queue: UploadQueue
  private readonly recorder: PublishRecorder
  private passwordSource: PasswordSource
  private runnerInstance: QueueRunner | null = null
  private lock: RunnerLock | null = null
  private closed = false
  /** Why finished uploads could not be recorded, per request (cleared when recorded). */
  private readonly problems = new Map<number, string>()
  /** Why the index page could not be brought up to date after the last change, per request. */
  private readonly indexProblems = new Map<number, string>()
  private readonly listeners = new Set<(job: JobRow) => void>()
  private readonly pendingHooks = new Set<Promise<void>>()

  constructor(private readonly d: PublishServiceDeps) {
    this.store = new JobStore(d.ctx)
    this.files = new PublishedFiles(d.ctx.db)
    this.passwordSource = d.seam.password
    this.recorder = new PublishRecorder(d.ctx, { store: this.store, files: this.files, attachments: d.attachments, requests: d.requests, audit: d.audit, seam: d.seam })
    this.queue = new UploadQueue({ ...d, store: this.store, runner: () => this.runner() })
  }

  /** Where passwords come from: the CLI's environment variable or prompt; the app keeps the seam's. */
  usePasswords(source: PasswordSource): void {
    this.passwordSource = source
  }

  /**
   * Takes the register's runner lock, puts jobs a crash left uploading back in the queue, records
   * publications a crash left unrecorded, and starts the queue. Refused (Thai) when another
   * process runs the queue.
   */
  start(options: { onlyRequest?: number } = {}): void {
    this.runner(options.onlyRequest)
  }

  private runner(onlyRequest?: number): QueueRunner {
    if (this.runnerInstance) return this.runnerInstance
    if (this.closed) throw new AppError('conflict', TH.runnerBusy(process.pid))
    const lock = acquireRunnerLock(join(this.d.ctx.dataDir, 'upload-queue.lock'))
    if ('heldBy' in lock) throw new AppError('conflict', TH.runnerBusy(lock.heldBy))
    this.lock = lock
    this.store.recoverInterrupted()
    const runner = new QueueRunner({
      store: this.store,
      seam: this.d.seam,
      password: (id) => this.passwordSource(id),
      localPath: (sha) => this.d.attachments.blobs.pathOf(sha),
      ...(this.d.retry ? { retry: this.d.retry } : {}),
      ...(this.d.timeoutMs ? { timeoutMs: this.d.timeoutMs } : {}),
      onSettled: (job) => this.settled(job),
      onError: (error) => this.log('คิวอัปโหลดขัดข้อง', error),
      ...(onlyRequest === undefined ? {} : { onlyRequest })
    })
    this.runnerInstance = runner
    for (const requestId of this.store.requestsAwaitingRecord()) this.record(requestId)
    runner.kick()
    return runner
  }

  // -------------------------------------------------------------------------------------------
  // The queue

  async enqueue(input: UploadEnqueueInput): Promise<UploadRequestStatus> {
    const r = parseInput(uploadEnqueueInput, input)
    this.d.seam.profile(r.profileId)
    // Asked before queueing, so "no password" is said now and not as a failed job later.
    await this.passwordSource(r.profileId)
    this.problems.delete(r.requestId)
    this.queue.enqueue(r.requestId, r.profileId, r.byId)
    return this.status(r.requestId)
  }

  status(requestId: number): UploadRequestStatus {
    const detail = this.d.requests.get(requestId)
    const { jobs, overall } = this.queue.jobs(requestId, this.runnerInstance)
    let problem = this.problems.get(requestId) ?? null
    if (problem === null && overall.phase === 'done' && detail.status !== 'published' && detail.status !== 'approved') {
      problem = TH.cannotRecord(STATUS_LABELS[detail.status])
    }
    return { requestId, jobs, overall, published: this.files.listFor(requestId), problem, siteIndexProblem: this.indexProblems.get(requestId) ?? null }
  }

  pause(input: UploadControlInput): UploadRequestStatus {
    const c = parseInput(uploadControlInput, input)
    this.queue.pause(c.requestId, c.jobId)
    return this.status(c.requestId)
  }

  resume(input: UploadControlInput): UploadRequestStatus {
    const c = parseInput(uploadControlInput, input)
    this.queue.resume(c.requestId, c.jobId)
    return this.status(c.requestId)
  }

  cancel(input: UploadControlInput): UploadRequestStatus {
    const c = parseInput(uploadControlInput, input)
    this.queue.cancel(c.requestId, c.jobId)
    return this.status(c.requestId)
  }

  retry(input: UploadControlInput): UploadRequestStatus {
    const c = parseInput(uploadControlInput, input)
    this.problems.delete(c.requestId)
    this.queue.retry(c.requestId, c.jobId)
    return this.status(c.requestId)
  }

  /** Calls `listener` on every change of a job's state (the CLI's progress lines, tests). */
  onJobChange(listener: (job: JobRow) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Resolves when no upload is running or waiting for a retry (and the index hooks have run). */
  async whenIdle(): Promise<void> {
    await this.runnerInstance?.whenIdle()
    await Promise.all([...this.pendingHooks])
  }

  private settled(job: JobRow): void {
    if (job.state === 'done') this.record(job.request_id)
    for (const l of this.listeners) l(job)
  }

  private record(requestId: number): void {
    let outcome
    try {
      outcome = this.recorder.tryRecord(requestId)
    } catch (error) {
      this.problems.set(requestId, TH.recordFailed(error instanceof Error ? error.message : String(error)))
      return
    }
    if (outcome.recorded) {
      this.problems.delete(requestId)
      this.afterChange(requestId)
    } else if (!outcome.waiting) {
      this.problems.set(requestId, outcome.problem)
    }
  }

  // -------------------------------------------------------------------------------------------
  // Take-down, due list, URL check

  async takedown(input: TakedownInput): Promise<RequestDetail> {
    const t = parseInput(takedownInput, input)
    const takedown = new Takedown({ ...this.d, files: this.files, password: (id) => this.passwordSource(id), ...(this.d.timeoutMs ? { timeoutMs: this.d.timeoutMs } : {}) })
    try {
      return await takedown.run(t.id, t.byId, t.reason)
    } finally {
      // Also after a partial take-down: the files that came down leave the index page.
      this.afterChange(t.id)
    }
  }

  /** Today in Thailand, by the register's clock (what "due" is measured from). */
  today(): string {
    return todayIso(new Date(this.d.ctx.clock.now()))
  }

  /** Published requests whose publish-until date has passed or comes within `withinDays` days. */
  due(withinDays = 30): DueItem[] {
    return this.files.due(this.today(), withinDays)
  }

  /** Whether each live public address of the request answers (reports only). */
  checkUrls(requestId: number, timeoutMs?: number): Promise<UrlCheck[]> {
    return checkUrls(this.files.live(requestId).map((f) => f.publicUrl), timeoutMs)
  }

  /** Refreshes the index page of the request's fiscal year on each host its files went to. */
  private afterChange(requestId: number): void {
    const siteIndex = this.d.siteIndex
    if (!siteIndex) return
    const fiscalYear = this.d.requests.get(requestId).fiscalYear
    const profileIds = [...new Set(this.files.listFor(requestId).map((f) => f.profileId))]
    const run = (async () => {
      const problems: string[] = []
      for (const profileId of profileIds) {
        try {
          const result = await siteIndex.refresh(fiscalYear, profileId, await this.passwordSource(profileId))
          if (!result.ok) problems.push(result.error.message)
        } catch (error) {
          problems.push(error instanceof Error ? error.message : String(error))
        }
      }
      if (problems.length > 0) this.indexProblems.set(requestId, TH.siteIndexFailed(problems.join(' / ')))
      else this.indexProblems.delete(requestId)
    })().finally(() => this.pendingHooks.delete(run))
    this.pendingHooks.add(run)
  }

  private log(message: string, error?: unknown): void {
    if (this.d.log) return this.d.log(message, error)
    process.stderr.write(`${message}: ${error instanceof Error ? error.message : String(error ?? '')}\n`)
  }

  /** Stops at once (running uploads are resumed at the next start) and releases the runner lock. */
  close(): void {
    this.closed = true
    this.runnerInstance?.close()
    this.lock?.release()
    this.lock = null
  }

  /** Like close, but waits until running uploads are back in the queue (the CLI on Ctrl+C). */
  async shutdown(): Promise<void> {
    this.closed = true
    await this.runnerInstance?.shutdown()
    this.lock?.release()
    this.lock = null
  }
}
