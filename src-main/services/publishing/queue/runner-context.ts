/**
 * What a worker may ask of the runner: the next job, the password, where the file is, and how to
 * record each outcome. Kept as an interface so the worker's rules can be read without the
 * scheduling around them.
 */
import type { HostSeam } from '../host-seam'
import type { JobRow } from './job-store'

/** Why a running job was stopped from outside. */
export type StopReason = 'pause' | 'cancel' | 'shutdown'

export interface JobControl {
  readonly signal: AbortSignal
  readonly reason: StopReason | null
}

export interface RunnerContext {
  readonly seam: HostSeam
  readonly stopped: boolean
  readonly timeoutMs: number
  password(profileId: number): Promise<string>
  /** The local copy of an attachment (the blob store). */
  localPath(sha256: string): string
  plannedUrl(job: JobRow): string
  claim(profileId: number): JobRow | null
  /** False once the request was edited after approval (back to "submitted"). */
  stillApproved(job: JobRow): boolean
  begin(jobId: number): JobControl
  end(jobId: number): void
  takeCleanups(profileId: number): string[]
  deferCleanup(profileId: number, path: string): void
  progress(job: JobRow, bytes: number): void
  /** Every byte is at the server; it is being checked and renamed. */
  verifying(job: JobRow): void
  finish(job: JobRow, attempts: number, result: { remotePath: string; publicUrl: string; bytes: number }): void
  retryLater(job: JobRow, attempts: number, message: string): void
  failed(job: JobRow, attempts: number, message: string): void
  /** Fails this job and every queued job of its profile (a refused login or certificate). */
  failProfile(job: JobRow, attempts: number, message: string): void
  paused(job: JobRow): void
  cancelled(job: JobRow): void
  /** Stopped by a shutdown: back to the queue as it was (no attempt counted). */
  interrupted(job: JobRow): void
}
