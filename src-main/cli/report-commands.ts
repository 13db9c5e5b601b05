/**
 * `report quarter|round|follow-up|yearly-set`: the quarterly log, the follow-up memo and the MOIT 1
 * yearly set from the register, through the same ReportService as the app. As with `doc`, the text
 * is proofed before a file is written: findings are listed and the file is refused unless
 * --accept-findings says they were read. A memo's book number is given only when its file is made.
 */
import { accessSync, constants, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { EXPORT_FORMATS, type DocumentFinding, type ExportFormat } from '@shared/domain/documents-schemas'
import type { ReportPeriod } from '@shared/domain/report-period'
import type { FollowUpSpecInput, QuarterLogSpecInput } from '@shared/domain/report-schemas'
import { AppError } from '@shared/result'
import { toArabicDigits } from '@shared/thai'
import { writeFileAtomic } from '../fs/atomic-write'
import type { AppServices } from '../services/app-services'
import type { CliContext } from './cli-context'
import { exportActor, findingLines, memoOptions, memoSpecParts, outputFormat, proofedFileOptions, readJsonObject, stageOutput, type MemoCliOptions } from './doc-output'
import { fiscalYearBE, isoDate, oneOf, periodOfOptions, personId, quarter, roundMonths } from './options'
import type { ThaiCommand } from './thai-command'

interface CommonOptions {
  fy: number
  date?: string
  digits?: 'thai' | 'arabic'
  by?: number
  from?: number
  acceptFindings?: boolean
}

interface FileOptions extends CommonOptions {
  out: string
  format?: ExportFormat
}

interface LogOptions extends FileOptions {
  quarter?: 1 | 2 | 3 | 4
  months?: 6 | 12
  notes?: string
}

interface FollowUpOptions extends LogOptions, MemoCliOptions {
  fileRequest?: boolean
  category?: string
}

interface YearlyOptions extends CommonOptions {
  out: string
  reportDate?: string
  bookNo?: boolean
}

function common(command: ThaiCommand): ThaiCommand {
  return proofedFileOptions(command.requiredOption('--fy <year>', 'ปีงบประมาณ (พ.ศ.) ที่รายงาน (ต้องระบุ) เช่น 2569', fiscalYearBE))
}

function fileOptions(command: ThaiCommand): ThaiCommand {
  return common(command)
    .requiredOption('--out <file>', 'ไฟล์ที่จะบันทึก (ต้องระบุ) เช่น รายงานไตรมาส4.pdf')
    .option('--format <format>', 'รูปแบบไฟล์ docx หรือ pdf (ถ้าไม่ระบุ ดูจากนามสกุลของ --out)', oneOf(EXPORT_FORMATS))
    .option('--date <date>', 'วันที่ของรายงาน ปปปป-ดด-วว (ค.ศ.) ถ้าไม่ระบุ ใช้วันนี้', isoDate)
}

/** The log of a quarter or of a round: the rows' notes and the reporter, then the file options. */
function logOptions(command: ThaiCommand): ThaiCommand {
  return fileOptions(
    command
      .option('--notes <file>', 'ไฟล์ JSON หมายเหตุรายแถวตามเลขที่คำขอ เช่น {"12": "ฉบับแก้ไข"} (ใช้กับการพิมพ์ครั้งนี้เท่านั้น)')
      .option('--from <id>', 'รหัสบุคลากรผู้รายงาน (ถ้าไม่ระบุ ใช้ผู้ดูแลเว็บไซต์คนแรก)', personId)
  )
}

export function registerReportCommands(program: ThaiCommand, ctx: CliContext): void {
  const report = program.command('report').description('รายงานผลการเผยแพร่ข้อมูลรายไตรมาส รอบการประเมิน MOIT และชุดเอกสาร MOIT ๑ ประจำปี')

  logOptions(
    report
      .command('quarter')
      .description('บันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์ของไตรมาส (ตารางรายการที่เผยแพร่แล้ว)')
      .requiredOption('--quarter <n>', 'ไตรมาสของปีงบประมาณ 1–4 (ต้องระบุ) — 1 = ต.ค.–ธ.ค., 4 = ก.ค.–ก.ย.', quarter)
  ).action((opts: LogOptions, command: ThaiCommand) => exportLog(ctx, command, opts))

  logOptions(
    report
      .command('round')
      .description('บันทึกรายงานผลการเผยแพร่ข้อมูลผ่านเว็บไซต์ของรอบการประเมิน MOIT (๖ หรือ ๑๒ เดือน)')
      .requiredOption('--months <6|12>', 'รอบการประเมิน: 6 (ต.ค.–มี.ค.) หรือ 12 เดือน (ทั้งปีงบประมาณ) (ต้องระบุ)', roundMonths)
  ).action((opts: LogOptions, command: ThaiCommand) => exportLog(ctx, command, opts))

  fileOptions(
    memoOptions(
      report
        .command('follow-up')
        .description('บันทึกข้อความรายงานผลการติดตามการดำเนินงานและสรุปปัญหาอุปสรรคการเผยแพร่ข้อมูล ของไตรมาสหรือรอบการประเมิน')
        .option('--months <6|12>', 'รอบการประเมิน 6 หรือ 12 เดือน (ระบุอย่างใดอย่างหนึ่งกับ --quarter)', roundMonths)
        .option('--quarter <n>', 'ไตรมาส 1–4 (ระบุอย่างใดอย่างหนึ่งกับ --months)', quarter),
      'ไฟล์ JSON ข้อความของแต่ละส่วน เช่น {"problems": "…", "proposal": "…"}'
    )
      .option('--file-request', 'บันทึกเป็นคำขอเผยแพร่ (ร่าง) ในทะเบียนด้วย โดยแนบไฟล์ PDF ของบันทึก (ต้องใช้ --format pdf)')
      .option('--category <code>', 'หมวดหมู่ของคำขอเมื่อใช้ --file-request (ถ้าไม่ระบุ ใช้ 1.1)')
  ).action((opts: FollowUpOptions, command: ThaiCommand) => exportFollowUp(ctx, command, opts))

  common(
    report
      .command('yearly-set')
      .description('ชุดเอกสาร MOIT ๑ ของปีงบประมาณ (PDF): ประกาศ บันทึกขออนุมัติ แบบฟอร์ม และรายงานผลการติดตามรอบ ๑๒ เดือนของปีก่อน พร้อมบันทึกและแบบฟอร์ม')
      .requiredOption('--out <dir>', 'โฟลเดอร์ที่จะบันทึกไฟล์ทั้งชุด (ต้องระบุ; สร้างให้ถ้ายังไม่มี)')
      .option('--date <date>', 'วันที่ของประกาศและบันทึกของประกาศ ปปปป-ดด-วว (ค.ศ.) ถ้าไม่ระบุ ใช้วันนี้', isoDate)
      .option('--report-date <date>', 'วันที่ของรายงานผลการติดตามของปีก่อน (ถ้าไม่ระบุ ใช้วันสิ้นปีงบประมาณก่อน หรือวันนี้ถ้ายังไม่ถึง)', isoDate)
      .option('--from <id>', 'รหัสบุคลากรผู้เสนอบันทึก (ถ้าไม่ระบุ ใช้ผู้ช่วยหัวหน้าหน่วยงาน)', personId)
      .option('--no-book-no', 'ไม่ออกเลขที่หนังสือให้บันทึกในชุด เว้นช่อง “ที่” ไว้เขียนด้วยมือ')
  ).action((opts: YearlyOptions, command: ThaiCommand) => yearlySet(ctx, command, opts))
}

/** The period from --quarter or --months; exactly one of them. */
function periodOf(ctx: CliContext, command: ThaiCommand, opts: LogOptions): ReportPeriod {
  if (opts.quarter !== undefined && opts.months !== undefined) throw ctx.usageError(command, 'ระบุ --quarter หรือ --months อย่างใดอย่างหนึ่งเท่านั้น')
  const period = periodOfOptions(opts.fy, opts)
  if (period) return period
  throw ctx.usageError(command, 'ยังไม่ได้ระบุช่วงเวลา — ระบุ --quarter 1–4 หรือ --months 6 หรือ 12')
}

/** Row notes from a JSON file: request id (Arabic or Thai digits) → note. */
export function readNotes(path: string): Record<string, string> {
  const data = readJsonObject(path, 'ไฟล์หมายเหตุ', 'เลขที่คำขอ → หมายเหตุ', '{"12": "ฉบับแก้ไข"}')
  const notes: Record<string, string> = {}
  for (const [key, value] of Object.entries(data)) {
    const id = toArabicDigits(key.trim())
    if (!/^[1-9][0-9]*$/.test(id)) throw new AppError('invalid-input', `ไฟล์ “${path}”: “${key}” ไม่ใช่เลขที่คำขอ — ชื่อแต่ละช่องต้องเป็นเลขที่คำขอ เช่น "12"`)
    if (typeof value !== 'string') throw new AppError('invalid-input', `ไฟล์ “${path}”: หมายเหตุของคำขอเลขที่ ${id} ต้องเป็นข้อความ (string)`)
    notes[id] = value
  }
  return notes
}

function digits(opts: CommonOptions): { thaiDigits?: boolean } {
  return opts.digits !== undefined ? { thaiDigits: opts.digits === 'thai' } : {}
}

/** Lists findings and refuses unless --accept-findings; gives the ids to acknowledge. */
function acknowledge(ctx: CliContext, findings: readonly DocumentFinding[], accepted: boolean | undefined, target: string): string[] {
  if (findings.length > 0 && !accepted) {
    if (ctx.json) ctx.print({ written: false, findings }, () => '')
    else ctx.io.err(`พบจุดที่ควรตรวจในเอกสาร ${findings.length} รายการ:\n${findingLines(findings).join('\n')}\n`)
    throw new AppError(
      'invalid-input',
      `ยังไม่ได้บันทึก ${target} เพราะพบจุดที่ควรตรวจ ${findings.length} รายการ — แก้ข้อมูลในทะเบียนหรือข้อความแล้วสั่งใหม่ หรือเพิ่ม --accept-findings เพื่อยืนยันว่าอ่านแล้ว`
    )
  }
  if (findings.length > 0 && !ctx.json) ctx.warn(`บันทึกโดยยืนยันจุดที่ตรวจพบ ${findings.length} รายการ:\n${findingLines(findings).join('\n')}`)
  return findings.map((f) => f.id)
}

function printWritten(ctx: CliContext, path: string, file: { bookNo: string | null; sha256: string; fileName: string }, extra: Record<string, unknown> = {}, lines: string[] = []): void {
  ctx.print({ written: true, path, fileName: file.fileName, bookNo: file.bookNo, sha256: file.sha256, ...extra }, () =>
    [`บันทึกไฟล์แล้ว: ${path}`, ...(file.bookNo ? [`เลขที่หนังสือ: ${file.bookNo}`] : []), `SHA-256: ${file.sha256}`, ...lines].join('\n')
  )
}

async function exportLog(ctx: CliContext, command: ThaiCommand, opts: LogOptions): Promise<void> {
  ctx.fieldOptions = { period: '--quarter/--months', date: '--date', from: '--from', notes: '--notes' }
  const format = outputFormat(ctx, command, opts.out, opts.format)
  const period = periodOf(ctx, command, opts)
  const s = ctx.open('setup')
  const spec: QuarterLogSpecInput = {
    period,
    ...(opts.date !== undefined ? { date: opts.date } : {}),
    ...(opts.from !== undefined ? { from: opts.from } : {}),
    ...(opts.notes !== undefined ? { notes: readNotes(opts.notes) } : {}),
    ...digits(opts)
  }
  const actor = exportActor(s, ctx, command, opts.by)
  const acknowledged = acknowledge(ctx, s.reports.proofQuarterLog(spec), opts.acceptFindings, `ไฟล์ ${opts.out}`)
  const file = await s.reports.exportQuarterLog({ ...spec, format, acknowledged }, actor, { stage: stageOutput(opts.out) })
  const { period: info, rows } = s.reports.quarterLogRows(spec)
  printWritten(ctx, resolve(opts.out), file, { period: info, rows: rows.length }, [`${info.label}: ${rows.length} รายการ`])
}

async function exportFollowUp(ctx: CliContext, command: ThaiCommand, opts: FollowUpOptions): Promise<void> {
  ctx.fieldOptions = { period: '--quarter/--months', date: '--date', from: '--from', sections: '--sections', bookNo: '--book-no', 'bookNo.value': '--book-no', categoryCode: '--category' }
  const format = outputFormat(ctx, command, opts.out, opts.format)
  if (opts.fileRequest && format !== 'pdf') throw ctx.usageError(command, '--file-request แนบไฟล์ PDF ของบันทึกกับคำขอ — ใช้ --format pdf (หรือชื่อไฟล์ลงท้าย .pdf)')
  if (!opts.fileRequest && opts.category !== undefined) throw ctx.usageError(command, '--category ใช้คู่กับ --file-request เท่านั้น')
  const period = periodOf(ctx, command, opts)
  const s = ctx.open('setup')
  const spec: FollowUpSpecInput = {
    period,
    ...memoSpecParts(opts),
    ...(opts.date !== undefined ? { date: opts.date } : {}),
    ...digits(opts)
  }
  const actor = exportActor(s, ctx, command, opts.by)
  const acknowledged = acknowledge(ctx, s.reports.proofFollowUp(spec), opts.acceptFindings, `ไฟล์ ${opts.out}`)
  const path = resolve(opts.out)
  if (!opts.fileRequest) {
    const file = await s.reports.exportFollowUp({ ...spec, format, acknowledged }, actor, { stage: stageOutput(opts.out) })
    printWritten(ctx, path, file)
    return
  }
  const result = await s.reports.createFollowUpRequest({ ...spec, acknowledged, ...(opts.category !== undefined ? { categoryCode: opts.category } : {}) }, actor)
  try {
    writeFileAtomic(path, Buffer.from(result.file.contentBase64, 'base64'))
  } catch (e) {
    throw new AppError(
      'file-refused',
      `บันทึกเป็นคำขอเลขที่ ${result.request.id} แล้ว (ไฟล์ PDF แนบอยู่กับคำขอ) แต่เขียนไฟล์ ${path} ไม่ได้ (${(e as NodeJS.ErrnoException).code ?? String(e)}) — ตรวจสอบโฟลเดอร์ แล้วใช้ไฟล์จากคำขอแทน`
    )
  }
  printWritten(ctx, path, result.file, { requestId: result.request.id, notices: result.notices }, result.notices)
}

/** The folder must take files before anything is numbered: made if missing, then checked writable. */
function outputDir(dir: string): string {
  const path = resolve(dir)
  try {
    mkdirSync(path, { recursive: true })
    accessSync(path, constants.W_OK)
  } catch (e) {
    throw new AppError('file-refused', `ใช้โฟลเดอร์ ${path} บันทึกไฟล์ไม่ได้ (${(e as NodeJS.ErrnoException).code ?? String(e)}) — เลือกโฟลเดอร์ที่เขียนได้ (ยังไม่มีการออกเลขที่หนังสือ)`)
  }
  return path
}

async function yearlySet(ctx: CliContext, command: ThaiCommand, opts: YearlyOptions): Promise<void> {
  ctx.fieldOptions = { fiscalYear: '--fy', date: '--date', reportDate: '--report-date', from: '--from' }
  const dir = outputDir(opts.out)
  const s: AppServices = ctx.open('setup')
  const actor = exportActor(s, ctx, command, opts.by)
  const input = {
    fiscalYear: opts.fy,
    bookNumbers: opts.bookNo === false ? ('none' as const) : ('allocate' as const),
    ...(opts.date !== undefined ? { date: opts.date } : {}),
    ...(opts.reportDate !== undefined ? { reportDate: opts.reportDate } : {}),
    ...(opts.from !== undefined ? { from: opts.from } : {}),
    ...digits(opts)
  }
  const found = s.reports.proofYearlySet(input, actor)
  if (found.length > 0 && !opts.acceptFindings && !ctx.json) {
    ctx.io.err(found.map((x) => `${x.label}:\n${findingLines([x.finding]).join('\n')}`).join('\n') + '\n')
  }
  const acknowledged = acknowledge(ctx, found.map((x) => x.finding), opts.acceptFindings, `ชุดเอกสารในโฟลเดอร์ ${dir}`)
  const set = await s.reports.yearlySet({ ...input, acknowledged }, actor)
  const written: { role: string; label: string; path: string; bookNo: string | null }[] = []
  set.documents.forEach((d, i) => {
    const path = join(dir, `${String(i + 1).padStart(2, '0')}-${d.fileName}`)
    try {
      writeFileAtomic(path, Buffer.from(d.contentBase64, 'base64'))
    } catch (e) {
      throw new AppError('file-refused', `เขียนไฟล์ ${path} ไม่ได้ (${(e as NodeJS.ErrnoException).code ?? String(e)}) — ไฟล์ก่อนหน้านี้บันทึกแล้ว สั่งใหม่ได้ (บันทึกจะใช้เลขที่หนังสือเดิม)`)
    }
    written.push({ role: d.role, label: d.label, path, bookNo: d.bookNo })
  })
  ctx.print({ written: true, dir, fiscalYear: set.fiscalYear, documents: written, requests: set.requests, notices: set.notices }, () =>
    [
      `บันทึกชุดเอกสาร MOIT ๑ ปีงบประมาณ ${set.fiscalYear} แล้ว ${written.length} ไฟล์ ใน ${dir}:`,
      ...written.map((w) => `  ${w.path}${w.bookNo ? ` (ที่ ${w.bookNo})` : ''} — ${w.label}`),
      ...set.notices
    ].join('\n')
  )
}
