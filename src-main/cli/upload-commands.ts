/**
 * `upload REQUEST_ID` and `takedown REQUEST_ID`: an approved request's files onto the office's
 * website over FTPS, and off it again, with the same queue, checks and record as the app.
 *
 * The FTP password comes from PUBLISH_DESK_FTP_PASSWORD or, on a terminal, a prompt that does not
 * echo; it is kept in memory for this command only and never written. Progress goes to stderr
 * (stdout stays the result, for scripts); a failure ends with the Thai error and exit code 1.
 * Ctrl+C stops the upload cleanly: the partial file stays under its temporary name on the host and
 * the same command later resumes from it.
 */
import type { HostProfile } from '@shared/domain/publishing'
import type { Person } from '@shared/domain/records'
import { UPLOAD_STATE_LABELS, type UploadJobStatus, type UploadRequestStatus } from '@shared/domain/uploads'
import { AppError } from '@shared/result'
import type { AppServices } from '../services/app-services'
import type { JobRow } from '../services/publishing/queue/job-store'
import type { CliContext } from './cli-context'
import { fieldList, fileSize } from './format'
import { personId, requestId } from './options'
import { PASSWORD_ENV, promptHidden } from './site-index-commands'
import type { ThaiCommand } from './thai-command'

const TEXT = {
  upload: 'อัปโหลดไฟล์ของคำขอที่อนุมัติแล้วขึ้นเว็บไซต์ (FTPS) แล้วบันทึกว่าเผยแพร่ — รหัสผ่านจากตัวแปร PUBLISH_DESK_FTP_PASSWORD หรือพิมพ์เมื่อถูกถาม',
  takedown: 'นำไฟล์ของคำขอที่เผยแพร่แล้วออกจากเว็บไซต์ (ลบ หรือย้ายไปโฟลเดอร์เก็บตามโปรไฟล์) แล้วบันทึกว่านำออก',
  requestArg: 'เลขที่คำขอ',
  profile: 'ชื่อโปรไฟล์โฮสต์ (ถ้าไม่ระบุ ใช้โปรไฟล์หลัก)',
  by: 'รหัสบุคลากรของผู้ดูแลเว็บไซต์ที่ดำเนินการ (ถ้าไม่ระบุ และมีผู้ดูแลเว็บไซต์คนเดียว ใช้คนนั้น)',
  reason: 'เหตุผลที่นำออก (ถ้าไม่ระบุ และเลยวันครบกำหนดแล้ว ใช้ “ครบกำหนดระยะเวลาเผยแพร่”)',
  dueReason: 'ครบกำหนดระยะเวลาเผยแพร่',
  needReason: 'คำขอนี้ยังไม่ถึงวันครบกำหนดนำออก — ระบุเหตุผลด้วย --reason "…"',
  needBy: (names: string[]) =>
    names.length === 0
      ? 'ยังไม่มีบุคลากรที่เป็นผู้ดูแลเว็บไซต์ — เพิ่มบทบาทผู้ดูแลเว็บไซต์ให้บุคลากร (person edit) ก่อน'
      : `มีผู้ดูแลเว็บไซต์หลายคน (${names.join(', ')}) — ระบุผู้ดำเนินการด้วย --by รหัสบุคลากร`,
  prompt: (p: HostProfile) => `รหัสผ่าน FTP ของโปรไฟล์ “${p.name}” (${p.username}@${p.host}): `,
  noTerminal: (name: string) =>
    `ต้องใช้รหัสผ่าน FTP ของโปรไฟล์ “${name}” — ตั้งตัวแปร ${PASSWORD_ENV} หรือเรียกคำสั่งจากหน้าจอที่พิมพ์รหัสผ่านได้`,
  start: (id: number, profile: string, files: number) => `อัปโหลดคำขอเลขที่ ${id} ขึ้นโฮสต์ “${profile}” (${files} ไฟล์)`,
  progress: (j: UploadJobStatus) => {
    const pct = j.sizeBytes > 0 ? Math.floor((Math.min(j.bytesSent, j.sizeBytes) * 100) / j.sizeBytes) : 0
    const speed = j.speedBytesPerSecond ? ` ${fileSize(j.speedBytesPerSecond)}/วินาที` : ''
    const eta = j.etaSeconds !== null ? ` เหลือประมาณ ${formatSeconds(j.etaSeconds)}` : ''
    return `  ${j.fileName}: ${fileSize(Math.min(j.bytesSent, j.sizeBytes))} / ${fileSize(j.sizeBytes)} (${pct}%)${speed}${eta}`
  },
  state: (name: string, j: JobRow) => {
    const base = `  ${name}: ${UPLOAD_STATE_LABELS[j.state]}`
    if (j.state === 'queued' && j.last_error) return `${base} — จะลองใหม่ (ครั้งที่ ${j.attempts + 1}) เพราะ ${j.last_error}`
    if (j.state === 'failed') return `${base} — ${j.last_error}`
    if (j.state === 'done') return `${base} → ${j.remote_path ?? ''}`
    return base
  },
  interrupted: 'หยุดอัปโหลดแล้วตามคำสั่ง (Ctrl+C) — ไฟล์ที่ส่งไม่ครบเก็บไว้ในชื่อชั่วคราวบนโฮสต์ เรียกคำสั่งเดิมอีกครั้งเพื่อส่งต่อจากที่ค้างไว้',
  failed: (n: number, first: string) => `อัปโหลดไม่สำเร็จ ${n} ไฟล์ คำขอยังไม่ถูกบันทึกว่าเผยแพร่: ${first}`,
  published: (s: UploadRequestStatus) =>
    [`เผยแพร่คำขอเลขที่ ${s.requestId} แล้ว (${s.jobs.length} ไฟล์)`, ...s.jobs.map((j) => fieldList([[j.fileName, `${j.remotePath ?? ''}\n  ${j.publicUrl ?? ''}`]]))].join('\n'),
  takenDown: (id: number, files: number) => `นำคำขอเลขที่ ${id} ออกจากเว็บไซต์แล้ว (${files} ไฟล์)`
}

function formatSeconds(s: number): string {
  if (s < 60) return `${s} วินาที`
  const m = Math.floor(s / 60)
  return m < 60 ? `${m} นาที ${s % 60} วินาที` : `${Math.floor(m / 60)} ชั่วโมง ${m % 60} นาที`
}

interface UploadOptions {
  profile?: string
  by?: number
}

interface TakedownOptions {
  reason?: string
  by?: number
}

export function registerUploadCommands(program: ThaiCommand, ctx: CliContext): void {
  program
    .command('upload')
    .description(TEXT.upload)
    .argument('<id>', TEXT.requestArg, requestId)
    .option('--profile <name>', TEXT.profile)
    .option('--by <id>', TEXT.by, personId)
    .action((id: number, opts: UploadOptions) => upload(ctx, id, opts))

  program
    .command('takedown')
    .description(TEXT.takedown)
    .argument('<id>', TEXT.requestArg, requestId)
    .option('--reason <text>', TEXT.reason)
    .option('--by <id>', TEXT.by, personId)
    .action(function (this: ThaiCommand, id: number, opts: TakedownOptions) {
      return takedown(ctx, this, id, opts)
    })
}

/** The named webmaster, or the only active one. */
function actorOf(s: AppServices, by: number | undefined): number {
  if (by !== undefined) return by
  const webmasters = s.people.list(false).filter((p: Person) => p.roles.includes('webmaster'))
  const only = webmasters[0]
  if (webmasters.length !== 1 || !only) throw new AppError('invalid-input', TEXT.needBy(webmasters.map((p) => `${p.id} ${p.displayName}`)), { byId: TEXT.needBy([]) })
  return only.id
}

/** The environment variable, else what this session knows, else a prompt (kept in memory for this command). */
function usePasswords(ctx: CliContext, s: AppServices): void {
  const fromEnv = ctx.io.env[PASSWORD_ENV]
  s.publishing.usePasswords(async (profileId) => {
    if (fromEnv) return fromEnv
    return s.hostProfiles.resolvePassword(profileId, {
      prompt: async (p) => {
        const typed = await promptHidden(TEXT.prompt(p))
        if (typed === null) throw new AppError('password-required', TEXT.noTerminal(p.name))
        return typed
      }
    })
  })
}

async function upload(ctx: CliContext, id: number, opts: UploadOptions): Promise<void> {
  ctx.fieldOptions = { byId: '--by', profileId: '--profile' }
  const s = ctx.open('setup')
  const profile = opts.profile !== undefined ? s.hostProfiles.getByName(opts.profile) : s.hostProfiles.requireDefault()
  const byId = actorOf(s, opts.by)
  usePasswords(ctx, s)
  // Only this request's jobs: another request's queue (maybe for another host) is the app's business.
  s.publishing.start({ onlyRequest: id })
  const names = new Map(s.requests.get(id).attachments.map((a) => [a.id, a.fileName]))
  const err = (text: string) => ctx.io.err(`${text}\n`)
  const stopListening = s.publishing.onJobChange((j) => {
    if (j.request_id === id) err(TEXT.state(names.get(j.attachment_id) ?? j.remote_name, j))
  })
  let interrupted = false
  const onSigint = () => {
    interrupted = true
    void s.publishing.shutdown()
  }
  process.once('SIGINT', onSigint)
  const ticker = setInterval(() => {
    for (const j of s.publishing.status(id).jobs) if (j.state === 'uploading' && j.bytesSent > 0) err(TEXT.progress(j))
  }, 1000)
  try {
    const before = s.publishing.status(id)
    const active = before.jobs.some((j) => j.state === 'queued' || j.state === 'paused' || j.state === 'uploading' || j.state === 'verifying')
    // A run cut short (Ctrl+C, a crash, a pause in the app) is carried on rather than queued again.
    const started = active ? s.publishing.resume({ requestId: id }) : await s.publishing.enqueue({ requestId: id, profileId: profile.id, byId })
    err(TEXT.start(id, started.jobs[0]?.profileName ?? profile.name, started.jobs.length))
    await s.publishing.whenIdle()
  } finally {
    clearInterval(ticker)
    stopListening()
    process.removeListener('SIGINT', onSigint)
  }
  if (interrupted) throw new AppError('conflict', TEXT.interrupted)
  const status = s.publishing.status(id)
  if (status.problem) throw new AppError('conflict', status.problem)
  const failed = status.jobs.filter((j) => j.state !== 'done')
  if (failed.length > 0) throw new AppError('host-unavailable', TEXT.failed(failed.length, failed.find((j) => j.lastError)?.lastError ?? UPLOAD_STATE_LABELS[failed[0]?.state ?? 'failed']))
  if (status.siteIndexProblem) ctx.warn(status.siteIndexProblem)
  ctx.print(status, () => TEXT.published(status))
}

async function takedown(ctx: CliContext, command: ThaiCommand, id: number, opts: TakedownOptions): Promise<void> {
  ctx.fieldOptions = { byId: '--by', reason: '--reason' }
  const s = ctx.open('setup')
  const request = s.requests.get(id)
  const due = request.publishUntil !== null && request.publishUntil <= s.publishing.today()
  if (opts.reason === undefined && !due) throw ctx.usageError(command, TEXT.needReason)
  const byId = actorOf(s, opts.by)
  usePasswords(ctx, s)
  const live = s.publishing.status(id).published.filter((p) => p.removedAt === null).length
  const after = await s.publishing.takedown({ id, byId, reason: opts.reason ?? TEXT.dueReason })
  await s.publishing.whenIdle()
  const status = s.publishing.status(id)
  if (status.siteIndexProblem) ctx.warn(status.siteIndexProblem)
  ctx.print({ request: after, files: status.published }, () => TEXT.takenDown(id, live))
}
