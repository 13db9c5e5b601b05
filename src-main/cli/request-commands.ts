/** `request add|list|show` and the lifecycle moves: the register of publication requests. */
import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import type { AttachmentCheck, RequestDetail, RequestPage, StatusEvent } from '@shared/domain/records'
import { ACTIONS, ACTION_RULES, STATUSES, STATUS_LABELS, type RequestAction, type RequestStatus } from '@shared/domain/request-status'
import type { NewAttachment } from '@shared/domain/schemas'
import { AppError } from '@shared/result'
import { fiscalYearOf, todayIso, toArabicDigits } from '@shared/thai'
import type { AppServices } from '../services/app-services'
import type { CliContext } from './cli-context'
import { CLI_NAME } from './cli-text'
import { fieldList, fileSize, table, thaiDate, thaiDateTime } from './format'
import { collect, dateOrDateTime, dateOrNone, fiscalYearBE, integer, isoDate, oneOfRepeated, personId, quarter, requestId } from './options'
import { roleShort } from './person-commands'
import type { ThaiCommand } from './thai-command'

type FileTypeModule = typeof import('../services/attachments/file-type')

/** Which option sets each field of the services' request inputs (for field error messages). */
const REQUEST_FIELD_OPTIONS: Record<string, string> = {
  ownerUnit: '--owner-unit',
  requestDate: '--date',
  title: '--title',
  details: '--details',
  externalLink: '--link',
  note: '--note',
  requesterId: '--requester',
  categoryCode: '--category',
  indicatorIds: '--indicator',
  periodStart: '--period-start',
  periodEnd: '--period-end',
  publishUntil: '--publish-until',
  byId: '--by',
  reason: '--reason',
  publicUrl: '--url',
  at: '--at'
}

interface RequestAddOptions {
  title: string
  category: string
  ownerUnit: string
  by: number
  requester?: number
  details?: string
  link?: string
  note?: string
  date?: string
  indicator?: string[]
  periodStart?: string
  periodEnd?: string
  publishUntil?: string | null
  attach?: string[]
}

interface RequestListOptions {
  search?: string
  status?: RequestStatus[]
  fy?: number
  quarter?: 1 | 2 | 3 | 4
  category?: string
  requester?: number
  from?: string
  to?: string
  limit?: number
  offset?: number
}

interface TransitionOptions {
  by: number
  at?: string
  reason?: string
  verbal?: boolean
  url?: string
}

export function registerRequestCommands(program: ThaiCommand, ctx: CliContext): void {
  const request = program.command('request').description('คำขอเผยแพร่ข้อมูล: เพิ่ม ค้นหา ดูรายละเอียด และบันทึกขั้นตอน')

  request
    .command('add')
    .description('เพิ่มคำขอเผยแพร่ (สถานะ “ร่าง”) แล้วแสดงเลขที่คำขอ')
    .requiredOption('--title <text>', 'หัวข้อ (ต้องระบุ)')
    .requiredOption('--category <code>', 'รหัสหมวดหมู่ข้อมูล เช่น 1.8 (ต้องระบุ ดูรหัสด้วย category list)')
    .requiredOption('--owner-unit <text>', 'หน่วยงานเจ้าของข้อมูล (ต้องระบุ)')
    .requiredOption('--by <id>', 'รหัสบุคลากรผู้บันทึก (ต้องระบุ)', personId)
    .option('--requester <id>', 'รหัสบุคลากรผู้ขอเผยแพร่ (ถ้าไม่ระบุ ใช้ --by)', personId)
    .option('--details <text>', 'รายละเอียดข้อมูล (ถ้าไม่ระบุ: “ตามเอกสารแนบ”)')
    .option('--link <url>', 'ลิงก์ภายนอก')
    .option('--note <text>', 'หมายเหตุ')
    .option('--date <date>', 'วันที่ขอเผยแพร่ ปปปป-ดด-วว (ค.ศ.) ถ้าไม่ระบุ ใช้วันนี้ตามเวลาประเทศไทย', isoDate)
    .option('--indicator <code>', 'รหัสตัวชี้วัดของปีงบประมาณของคำขอ เช่น “MOIT 2” (ระบุซ้ำได้)', collect)
    .option('--period-start <date>', 'วันที่เริ่มต้นของช่วงเวลาที่ข้อมูลครอบคลุม', isoDate)
    .option('--period-end <date>', 'วันที่สิ้นสุดของช่วงเวลาที่ข้อมูลครอบคลุม', isoDate)
    .option('--publish-until <date>', 'วันที่ครบกำหนดนำออก หรือ none = ไม่กำหนด (ถ้าไม่ระบุ ใช้ค่าของหมวดหมู่)', dateOrNone)
    .option('--attach <file>', 'ไฟล์แนบ (ระบุซ้ำได้): .pdf .xls .xlsx .doc .docx .jpg .zip .rar', collect)
    .action((opts: RequestAddOptions) => requestAdd(ctx, opts))

  request
    .command('list')
    .description('ค้นหาและแสดงรายการคำขอ (ล่าสุดก่อน)')
    .option('--search <text>', 'ค้นหาคำในหัวข้อ รายละเอียด หน่วยงาน และชื่อไฟล์แนบ')
    .option('--status <status>', `สถานะ (ระบุซ้ำได้): ${STATUSES.map((s) => `${s} = ${STATUS_LABELS[s]}`).join(', ')}`, oneOfRepeated(STATUSES, STATUS_LABELS))
    .option('--fy <year>', 'ปีงบประมาณ (พ.ศ.) เช่น 2569', fiscalYearBE)
    .option('--quarter <n>', 'ไตรมาสของปีงบประมาณ 1–4 (ไตรมาส 1 = ต.ค.–ธ.ค.)', quarter)
    .option('--category <code>', 'รหัสหมวดหมู่ เช่น 1.8')
    .option('--requester <id>', 'รหัสบุคลากรผู้ขอเผยแพร่', personId)
    .option('--from <date>', 'วันที่ขอเผยแพร่ตั้งแต่ (ค.ศ.)', isoDate)
    .option('--to <date>', 'วันที่ขอเผยแพร่ถึง (ค.ศ.)', isoDate)
    .option('--limit <n>', 'จำนวนรายการต่อหน้า (ค่าเริ่มต้น 50 สูงสุด 500)', integer(1, 'จำนวนรายการ'))
    .option('--offset <n>', 'ข้ามรายการแรก n รายการ (หน้าถัดไป)', integer(0, 'จำนวนที่ข้าม'))
    .action((opts: RequestListOptions) => requestList(ctx, opts))

  request
    .command('show')
    .description('แสดงรายละเอียดคำขอ ไฟล์แนบ และประวัติ')
    .argument('<id>', 'เลขที่คำขอ', requestId)
    .action((id: number) => requestShow(ctx, id))

  for (const action of ACTIONS) {
    const rule = ACTION_RULES[action]
    const who = rule.roles.length > 0 ? ` — ผู้ทำต้องเป็น${rule.roles.map(roleShort).join('หรือ')}` : ''
    const command = request
      .command(action)
      .description(`${rule.label}: ${rule.from.map((s) => STATUS_LABELS[s]).join('/')} → ${STATUS_LABELS[rule.to]}${who}`)
      .argument('<id>', 'เลขที่คำขอ', requestId)
      .requiredOption('--by <id>', 'รหัสบุคลากรผู้ทำรายการ (ต้องระบุ)', personId)
      .option('--at <date>', 'วันที่ตัดสินใจ ถ้าไม่ใช่วันนี้ (ปปปป-ดด-วว หรือวันเวลาพร้อมเขตเวลา)', dateOrDateTime)
      .option('--reason <text>', action === 'reject' || action === 'withdraw' ? 'เหตุผล (ต้องระบุ)' : 'เหตุผลหรือหมายเหตุ')
    if (action === 'approve') command.option('--verbal', 'อนุญาตทางวาจา (บันทึกว่าเป็นการอนุมัติด้วยวาจา)')
    if (action === 'publish') command.option('--url <url>', 'ที่อยู่ของข้อมูลบนเว็บไซต์')
    command.action((id: number, opts: TransitionOptions) => requestTransition(ctx, action, id, opts))
  }
}

function requestAdd(ctx: CliContext, opts: RequestAddOptions): void {
  ctx.fieldOptions = REQUEST_FIELD_OPTIONS
  const s = ctx.open('setup')
  const requestDate = opts.date ?? todayIso()
  const indicatorIds = resolveIndicators(s, opts.indicator ?? [], fiscalYearOf(requestDate))
  const newAttachments = (opts.attach ?? []).map((path) => readAttachment(s, path))
  // Checked here as well as in the service, to hear about the same content attached elsewhere.
  const duplicates = newAttachments.map((file) => s.attachments.check(file)).filter((c) => c.duplicates.length > 0)
  const detail = s.requests.create({
    ownerUnit: opts.ownerUnit,
    requestDate,
    title: opts.title,
    details: opts.details,
    externalLink: opts.link ?? '',
    note: opts.note ?? '',
    requesterId: opts.requester ?? opts.by,
    categoryCode: opts.category,
    indicatorIds,
    periodStart: opts.periodStart ?? null,
    periodEnd: opts.periodEnd ?? null,
    publishUntil: opts.publishUntil,
    byId: opts.by,
    newAttachments
  })
  for (const d of duplicates) ctx.warn(duplicateNote(d))
  ctx.print(detail, () => String(detail.id))
}

/** Indicator codes ("MOIT 2", "moit2") to the ids of the request's fiscal year. */
function resolveIndicators(s: AppServices, codes: readonly string[], fiscalYear: number): number[] {
  if (codes.length === 0) return []
  const available = s.catalog.listIndicators(fiscalYear)
  const key = (code: string) => toArabicDigits(code).replace(/\s+/g, '').toUpperCase()
  return codes.map((code) => {
    const found = available.find((i) => key(i.code) === key(code))
    if (found) return found.id
    const message =
      available.length === 0
        ? `ปีงบประมาณ ${fiscalYear} ยังไม่มีตัวชี้วัด — เพิ่มหรือคัดลอกจากปีก่อนได้ในโปรแกรม ที่หน้าตั้งค่า › ตัวชี้วัด`
        : `ไม่พบตัวชี้วัด “${code}” ในปีงบประมาณ ${fiscalYear} ของคำขอนี้ — ดูรหัสที่มีด้วย “${CLI_NAME} indicator list --fy ${fiscalYear}”`
    throw new AppError('invalid-input', message, { indicatorIds: `ไม่พบ “${code}”` })
  })
}

/** Reads a file for the service, which checks it as it checks a file dropped in the app. */
function readAttachment(s: AppServices, path: string): NewAttachment {
  const fileName = basename(path).normalize('NFC')
  let size: number
  try {
    const stat = statSync(path)
    if (!stat.isFile()) throw new AppError('invalid-input', `“${path}” ไม่ใช่ไฟล์ — ระบุไฟล์ที่จะแนบ ไม่ใช่โฟลเดอร์`)
    size = stat.size
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('not-found', `ไม่พบไฟล์ “${path}” หรือเปิดอ่านไม่ได้ — ตรวจสอบชื่อและตำแหน่งของไฟล์`)
  }
  // A file over the limit is refused from its size, without reading it into memory.
  const { checkSize } = require('../services/attachments/file-type') as FileTypeModule
  const bySize = checkSize(fileName, size, { maxBytes: s.office.maxAttachmentBytes() })
  if (bySize && !bySize.ok) throw new AppError('file-refused', bySize.messageTh, { [fileName]: bySize.messageTh })
  return { fileName, contentBase64: readFileSync(path).toString('base64') }
}

function duplicateNote(check: AttachmentCheck): string {
  const [first, ...rest] = check.duplicates
  if (!first) return ''
  const more = rest.length > 0 ? ` และอีก ${rest.length} คำขอ` : ''
  return `ไฟล์ “${check.fileName}” มีเนื้อหาเดียวกับไฟล์ “${first.fileName}” ที่แนบไว้แล้วในคำขอเลขที่ ${first.requestId} “${first.title}”${more}`
}

function requestList(ctx: CliContext, opts: RequestListOptions): void {
  ctx.fieldOptions = { search: '--search', statuses: '--status', fiscalYear: '--fy', quarter: '--quarter', categoryCode: '--category', limit: '--limit', offset: '--offset' }
  const s = ctx.open('setup')
  const offset = opts.offset ?? 0
  const page = s.requests.query({
    search: opts.search ?? '',
    statuses: opts.status ?? [],
    categoryCode: opts.category,
    fiscalYear: opts.fy,
    quarter: opts.quarter,
    requesterId: opts.requester,
    dateFrom: opts.from,
    dateTo: opts.to,
    offset,
    limit: opts.limit ?? 50
  })
  ctx.print(page, () => pageText(page, offset))
}

function pageText(page: RequestPage, offset: number): string {
  if (page.total === 0) return 'ไม่พบคำขอที่ตรงกับเงื่อนไข'
  const rows = table(page.rows, [
    { header: 'เลขที่', value: (r) => String(r.id), align: 'right' },
    { header: 'วันที่', value: (r) => thaiDate(r.requestDate) },
    { header: 'สถานะ', value: (r) => STATUS_LABELS[r.status] },
    { header: 'หัวข้อ', value: (r) => r.title }
  ])
  if (page.rows.length === page.total) return `${rows}\nทั้งหมด ${page.total} รายการ`
  const shown = page.rows.length === 0 ? 'ไม่มีรายการในช่วงที่ขอ' : `แสดงรายการที่ ${offset + 1}–${offset + page.rows.length}`
  const next = offset + page.rows.length < page.total ? ` — ดูต่อด้วย --offset ${offset + page.rows.length}` : ''
  return `${page.rows.length > 0 ? `${rows}\n` : ''}${shown} จากทั้งหมด ${page.total} รายการ${next}`
}

function requestShow(ctx: CliContext, id: number): void {
  const detail = ctx.open('setup').requests.get(id)
  ctx.print(detail, () => detailText(detail))
}

function detailText(d: RequestDetail): string {
  const pairs: [string, string][] = [
    ['สถานะ', STATUS_LABELS[d.status]],
    ['หน่วยงานเจ้าของข้อมูล', d.ownerUnit],
    ['วันที่ขอเผยแพร่', thaiDate(d.requestDate, 'long')],
    ['ผู้ขอเผยแพร่', `${d.requesterName} (รหัส ${d.requesterId})`],
    ['หมวดหมู่', `${d.categoryCode} ${d.categoryName}`],
    ['ตัวชี้วัด', d.indicators.length > 0 ? d.indicators.map((i) => `${i.code} ${i.title}`).join('; ') : '-'],
    ['ปีงบประมาณ', String(d.fiscalYear)],
    ['ช่วงเวลาของข้อมูล', d.periodStart || d.periodEnd ? `${thaiDate(d.periodStart)} ถึง ${thaiDate(d.periodEnd)}` : '-'],
    ['ครบกำหนดนำออก', d.publishUntil ? thaiDate(d.publishUntil, 'long') : 'ไม่กำหนด'],
    ['รายละเอียดข้อมูล', d.details || '-'],
    ['ลิงก์ภายนอก', d.externalLink || '-'],
    ['หมายเหตุ', d.note || '-']
  ]
  if (d.approval) pairs.push(['การอนุมัติ', `${d.approval.byName}${d.approval.verbal ? ' (อนุญาตทางวาจา)' : ''} เมื่อ ${thaiDateTime(d.approval.at)}`])
  if (d.rejectionReason) pairs.push(['เหตุผลที่ไม่อนุมัติ', d.rejectionReason])
  if (d.published) pairs.push(['เผยแพร่', `${d.published.byName} เมื่อ ${thaiDateTime(d.published.at)}${d.published.publicUrl ? ` ที่ ${d.published.publicUrl}` : ''}`])
  if (d.withdrawn) pairs.push(['นำออก', `${d.withdrawn.byName} เมื่อ ${thaiDateTime(d.withdrawn.at)} เพราะ ${d.withdrawn.reason}`])
  pairs.push(['บันทึกเมื่อ', thaiDateTime(d.createdAt)], ['แก้ไขล่าสุด', thaiDateTime(d.updatedAt)])

  const files =
    d.attachments.length === 0
      ? ['  (ไม่มี)']
      : d.attachments.map((a, i) => `  ${i + 1}. ${a.fileName}  ${a.kind.toUpperCase()}  ${fileSize(a.sizeBytes)}  SHA-256 ${a.sha256.slice(0, 16)}…`)
  const history = table(d.history, [
    { header: 'เมื่อ', value: (e) => thaiDateTime(e.at) },
    { header: 'รายการ', value: (e) => eventText(e) },
    { header: 'โดย', value: (e) => eventDetail(e) }
  ])
  return [
    `คำขอเลขที่ ${d.id}: ${d.title}`,
    fieldList(pairs),
    '',
    `ไฟล์แนบ (${d.attachments.length}):`,
    ...files,
    '',
    'ประวัติ:',
    indent(history)
  ].join('\n')
}

const EVENT_LABELS: Record<StatusEvent['action'], string> = {
  create: 'สร้างคำขอ',
  edit: 'แก้ไขหลังอนุมัติ (ต้องพิจารณาใหม่)',
  ...(Object.fromEntries(ACTIONS.map((a) => [a, ACTION_RULES[a].label])) as Record<RequestAction, string>)
}

function eventText(e: StatusEvent): string {
  return `${EVENT_LABELS[e.action]} → ${STATUS_LABELS[e.toStatus]}`
}

function eventDetail(e: StatusEvent): string {
  const extras = [
    ...(e.verbal ? ['อนุญาตทางวาจา'] : []),
    ...(e.decidedAt ? [`ตัดสินเมื่อ ${thaiDateTime(e.decidedAt)}`] : []),
    ...(e.reason ? [`เหตุผล: ${e.reason}`] : [])
  ]
  return `${e.byName}${extras.length > 0 ? ` (${extras.join(', ')})` : ''}`
}

function requestTransition(ctx: CliContext, action: RequestAction, id: number, opts: TransitionOptions): void {
  ctx.fieldOptions = REQUEST_FIELD_OPTIONS
  const s = ctx.open('setup')
  const detail = s.requests.transition({
    id,
    action,
    byId: opts.by,
    verbal: opts.verbal === true,
    at: opts.at,
    reason: opts.reason ?? '',
    publicUrl: opts.url ?? ''
  })
  const last = detail.history.at(-1)
  ctx.print(detail, () => {
    const from = last?.fromStatus ? `${STATUS_LABELS[last.fromStatus]} → ` : ''
    return `คำขอเลขที่ ${detail.id}: ${from}${STATUS_LABELS[detail.status]} (${ACTION_RULES[action].label} โดย ${last?.byName ?? ''})`
  })
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n')
}
