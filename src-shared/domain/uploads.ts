/**
 * The upload queue and the record of published files as the app, the CLI and the IPC contract see
 * them: one job per file of an approved request, its progress, and what went where. The labels a
 * person reads are here so the app and the CLI say the same thing.
 */
import { z } from 'zod'
import { id } from './schemas'

export const UPLOAD_STATES = ['queued', 'uploading', 'verifying', 'done', 'failed', 'cancelled', 'paused'] as const
export type UploadState = (typeof UPLOAD_STATES)[number]

export const UPLOAD_STATE_LABELS: Record<UploadState, string> = {
  queued: 'รอคิว',
  uploading: 'กำลังอัปโหลด',
  verifying: 'กำลังตรวจสอบไฟล์บนโฮสต์',
  done: 'อัปโหลดเสร็จ',
  failed: 'ไม่สำเร็จ',
  cancelled: 'ยกเลิกแล้ว',
  paused: 'หยุดชั่วคราว'
}

/** States in which a job is still the queue's business (it will move on its own or on resume). */
export const UPLOAD_ACTIVE_STATES: readonly UploadState[] = ['queued', 'uploading', 'verifying', 'paused']

export interface UploadJobStatus {
  id: number
  requestId: number
  attachmentId: number
  /** The attachment's own name (the host may hold an ASCII name). */
  fileName: string
  profileId: number
  profileName: string
  state: UploadState
  /** Bytes at the server so far. */
  bytesSent: number
  sizeBytes: number
  attempts: number
  /** Thai; '' when there was none. */
  lastError: string
  /** Where the file is going (folder and name on the host). */
  remoteDir: string
  remoteName: string
  /** Set once done. */
  remotePath: string | null
  publicUrl: string | null
  finishedAt: string | null
  /** Measured over the last seconds while uploading; null when not moving. */
  speedBytesPerSecond: number | null
  etaSeconds: number | null
  /** When a retry after a network error is due (ISO), while waiting for it. */
  retryAt: string | null
}

/**
 * The whole of one request's upload: `phase` says what a person should see — nothing queued yet,
 * moving, stopped by a person, finished with problems, or every file done (and, once recorded,
 * the request published).
 */
export type UploadPhase = 'none' | 'active' | 'paused' | 'failed' | 'cancelled' | 'done'

export interface UploadOverall {
  phase: UploadPhase
  files: number
  filesDone: number
  bytesSent: number
  sizeBytes: number
  speedBytesPerSecond: number | null
  etaSeconds: number | null
}

export interface PublishedFileRecord {
  id: number
  requestId: number
  attachmentId: number
  fileName: string
  profileId: number
  profileName: string
  remotePath: string
  publicUrl: string
  sha256: string
  sizeBytes: number
  publishedAt: string
  publishedById: number
  publishedByName: string
  removedAt: string | null
  removal: 'deleted' | 'archived' | null
  archivePath: string | null
}

export interface UploadRequestStatus {
  requestId: number
  jobs: UploadJobStatus[]
  overall: UploadOverall
  /** Every file of the request ever put on the host by the app, live or removed. */
  published: PublishedFileRecord[]
  /** Thai: why finished uploads could not be recorded as a publication (e.g. the request was edited meanwhile). */
  problem: string | null
  /** Thai: the public index page could not be brought up to date after the last publish or take-down. */
  siteIndexProblem: string | null
}

/** A request whose publish-until date has passed or comes soon (the take-down list). */
export interface DueItem {
  id: number
  title: string
  ownerUnit: string
  publishUntil: string
  /** Negative: days past the date. */
  daysLeft: number
  overdue: boolean
  /** Files of it still on the host (published by the app). */
  liveFiles: number
}

/** Whether a public address answered (an optional check after publishing; it never undoes one). */
export interface UrlCheck {
  url: string
  ok: boolean
  /** HTTP status; null when nothing answered. */
  status: number | null
  /** Thai, when not ok. */
  message: string
}

export const uploadEnqueueInput = z.object({
  requestId: id,
  profileId: id,
  /** The webmaster who puts it on the website (recorded as the publisher). */
  byId: id
})
export type UploadEnqueueInput = z.input<typeof uploadEnqueueInput>

export const uploadStatusInput = z.object({ requestId: id })

/** Pause, resume, cancel or retry: one job, or every job of the request when `jobId` is absent. */
export const uploadControlInput = z.object({ requestId: id, jobId: id.optional() })
export type UploadControlInput = z.input<typeof uploadControlInput>

export const takedownInput = z.object({
  id,
  byId: id,
  reason: z
    .string({ error: 'กรุณากรอกเหตุผลที่นำออก' })
    .trim()
    .min(1, { error: 'กรุณากรอกเหตุผลที่นำออก' })
    .max(2000, { error: 'เหตุผลยาวเกิน 2000 ตัวอักษร' })
})
export type TakedownInput = z.input<typeof takedownInput>

export const publishingDueInput = z.object({ withinDays: z.number().int().min(0).max(3650).default(30) }).default({ withinDays: 30 })
