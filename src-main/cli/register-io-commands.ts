/**
 * `export` and `import`: the register as XLSX/CSV, and the office's own Excel log read into it,
 * through the same RegisterIoService as the app. An import lists every bad row (แถวที่ n: why)
 * and exits 1 without writing, unless --drop-invalid says to leave those rows out; --dry-run
 * checks and writes inside a transaction that is rolled back.
 */
import { randomBytes } from 'node:crypto'
import { readFileSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { STATUSES, STATUS_LABELS, type RequestStatus } from '@shared/domain/request-status'
import {
  IMPORT_FIELDS,
  IMPORT_FIELD_LABELS,
  REGISTER_FILE_FORMATS,
  columnLetter,
  rowMessage,
  type ImportField,
  type ImportMapping,
  type ImportPreview,
  type RegisterFileFormat,
  type RegisterFilter
} from '@shared/domain/register-io'
import { AppError } from '@shared/result'
import { toArabicDigits } from '@shared/thai'
import { fsyncDir, fsyncFile } from '../fs/atomic-write'
import type { AppServices } from '../services/app-services'
import { isFileSystemError } from '../services/staging/staging-store'
import type { CliContext } from './cli-context'
import { fiscalYearBE, integer, oneOf, oneOfRepeated, personId, quarter } from './options'
import type { ThaiCommand } from './thai-command'

interface ExportOptions {
  format?: RegisterFileFormat
  out: string
  fy?: number
  quarter?: 1 | 2 | 3 | 4
  status?: RequestStatus[]
  category?: string
  q?: string
}

interface ImportOptions {
  sheet?: string
  headerRow?: number
  map?: string
  unit?: string
  category?: string
  requester?: number
  by?: number
  dryRun?: boolean
  dropInvalid?: boolean
}

export function registerRegisterIoCommands(program: ThaiCommand, ctx: CliContext): void {
  program
    .command('export')
    .description('ส่งออกทะเบียนคำขอ (ตามตัวกรอง) เป็น Excel (.xlsx) หรือ CSV')
    .requiredOption('--out <file>', 'ไฟล์ที่จะบันทึก (ต้องระบุ) เช่น ทะเบียน.xlsx')
    .option('--format <format>', 'รูปแบบไฟล์ xlsx หรือ csv (ถ้าไม่ระบุ ดูจากนามสกุลของ --out)', oneOf(REGISTER_FILE_FORMATS))
    .option('--fy <year>', 'ปีงบประมาณ (พ.ศ.) เช่น 2569', fiscalYearBE)
    .option('--quarter <n>', 'ไตรมาสของปีงบประมาณ 1–4', quarter)
    .option('--status <status>', `สถานะ (ระบุซ้ำได้): ${STATUSES.map((s) => `${s} = ${STATUS_LABELS[s]}`).join(', ')}`, oneOfRepeated(STATUSES, STATUS_LABELS))
    .option('--category <code>', 'รหัสหมวดหมู่ เช่น 1.8')
    .option('--q <text>', 'ค้นหาคำในหัวข้อ รายละเอียด หน่วยงาน และชื่อไฟล์แนบ')
    .action((opts: ExportOptions, command: ThaiCommand) => exportRegister(ctx, command, opts))

  program
    .command('import')
    .description('นำเข้าบันทึกการเผยแพร่ที่หน่วยงานเก็บไว้ใน Excel (.xlsx) หรือ CSV — ทุกแถวต้องถูกต้อง จึงจะบันทึก (รายการที่นำเข้าบันทึกเป็น “เผยแพร่แล้ว”)')
    .argument('[file]', 'ไฟล์บันทึก .xlsx หรือ .csv')
    .option('--sheet <name>', 'ชื่อแผ่นงาน (ถ้าไม่ระบุ ใช้แผ่นแรกที่มีหัวตาราง)')
    .option('--header-row <n>', 'แถวหัวตาราง (ถ้าไม่ระบุ หาจากชื่อหัวคอลัมน์)', integer(1, 'แถวหัวตาราง'))
    .option(
      '--map <file.json>',
      `ไฟล์ JSON จับคู่ฟิลด์กับคอลัมน์ เช่น {"requestDate": "A", "title": "ชื่อเรื่อง", "note": null} (คอลัมน์เป็นตัวอักษร เลขลำดับเริ่มที่ 1 หรือชื่อหัวคอลัมน์) ฟิลด์: ${IMPORT_FIELDS.join(', ')}`
    )
    .option('--unit <text>', 'หน่วยงานเจ้าของข้อมูลของทุกแถว (เมื่อไฟล์ไม่มีคอลัมน์หน่วยงาน)')
    .option('--category <code>', 'หมวดของทุกแถว (เมื่อไฟล์ไม่มีคอลัมน์หมวด) เช่น 1.8')
    .option('--requester <id>', 'รหัสบุคลากรที่บันทึกเป็นผู้ขอ (ถ้าไม่ระบุ ใช้ผู้นำเข้า)', personId)
    .option('--by <id>', 'รหัสบุคลากรผู้นำเข้า ต้องเป็นผู้ดูแลเว็บไซต์ (ถ้าไม่ระบุ ใช้ผู้ดูแลเว็บไซต์เมื่อมีเพียงคนเดียว)', personId)
    .option('--dry-run', 'ตรวจและทดลองบันทึกทั้งหมด แล้วยกเลิก — ไม่บันทึกอะไร')
    .option('--drop-invalid', 'ข้ามแถวที่ไม่ถูกต้อง และนำเข้าเฉพาะแถวที่ถูกต้อง')
    .action((file: string | undefined, opts: ImportOptions, command: ThaiCommand) => importLog(ctx, command, file, opts))
}

function formatOf(ctx: CliContext, command: ThaiCommand, out: string, format: RegisterFileFormat | undefined): RegisterFileFormat {
  const ext = /\.([a-z]+)$/i.exec(out)?.[1]?.toLowerCase()
  const fromName = (REGISTER_FILE_FORMATS as readonly string[]).includes(ext ?? '') ? (ext as RegisterFileFormat) : undefined
  if (format && fromName && format !== fromName) throw ctx.usageError(command, `นามสกุลของไฟล์ ${out} ไม่ตรงกับ --format ${format} — ใช้ชื่อไฟล์ลงท้าย .${format} หรือเปลี่ยน --format`)
  const chosen = format ?? fromName
  if (!chosen) throw ctx.usageError(command, 'ยังไม่ได้ระบุรูปแบบไฟล์ — ระบุ --format xlsx หรือ --format csv (หรือใช้ชื่อไฟล์ลงท้าย .xlsx/.csv)')
  return chosen
}

async function exportRegister(ctx: CliContext, command: ThaiCommand, opts: ExportOptions): Promise<void> {
  ctx.fieldOptions = { 'query.fiscalYear': '--fy', 'query.quarter': '--quarter', 'query.categoryCode': '--category', 'query.search': '--q', 'query.statuses': '--status' }
  const format = formatOf(ctx, command, opts.out, opts.format)
  const s = ctx.open('setup')
  const query: RegisterFilter = {
    search: opts.q ?? '',
    statuses: opts.status ?? [],
    ...(opts.fy !== undefined ? { fiscalYear: opts.fy } : {}),
    ...(opts.quarter !== undefined ? { quarter: opts.quarter } : {}),
    ...(opts.category !== undefined ? { categoryCode: opts.category } : {})
  }
  const path = resolve(opts.out)
  const file = await s.registerIo.exportRegisterTo({ format, query }, async (_fileName, write) => {
    try {
      await writeBeside(path, write)
    } catch (e) {
      // The export's own refusal or a database error passes as it is; a file that cannot be written is said here.
      if (!isFileSystemError(e)) throw e
      throw new AppError('file-refused', `เขียนไฟล์ ${path} ไม่ได้ (${e.code ?? String(e)}) — ตรวจสอบว่าโฟลเดอร์มีอยู่ เขียนได้ และมีพื้นที่ว่างพอ`)
    }
    return {}
  })
  ctx.print({ written: true, path, format, rows: file.rows }, () => `บันทึกทะเบียน ${file.rows} รายการแล้ว: ${path}`)
}

/**
 * `write` fills a temporary file beside `path` (same folder, so the rename cannot cross file
 * systems), which is then flushed and renamed over it, and the folder flushed: `path` holds its
 * old content or the whole export, never part of it. The temporary file is removed on failure.
 */
async function writeBeside(path: string, write: (temp: string) => Promise<void>): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    await write(temp)
    fsyncFile(temp)
    renameSync(temp, path)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
  fsyncDir(dirname(path))
}

function readJson(path: string): unknown {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (e) {
    throw new AppError('not-found', `อ่านไฟล์จับคู่คอลัมน์ “${path}” ไม่ได้ (${(e as NodeJS.ErrnoException).code ?? String(e)}) — ตรวจสอบชื่อและตำแหน่งของไฟล์`)
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (e) {
    throw new AppError('invalid-input', `ไฟล์ “${path}” ไม่ใช่ JSON ที่ถูกต้อง (${e instanceof Error ? e.message : String(e)}) — ต้องเป็นออบเจกต์ เช่น {"requestDate": "A", "title": "B"}`)
  }
}

/** A column named by letter ("C"), by number from 1, or by its header text. */
function columnOf(value: unknown, field: string, headers: readonly string[], path: string): number | null {
  if (value === null) return null
  const bad = () => new AppError('invalid-input', `ไฟล์ “${path}”: คอลัมน์ของ “${field}” ต้องเป็นตัวอักษรคอลัมน์ (เช่น "C") เลขลำดับเริ่มที่ 1 ชื่อหัวคอลัมน์ หรือ null`)
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 1) throw bad()
    return value - 1
  }
  if (typeof value !== 'string') throw bad()
  const text = toArabicDigits(value.trim())
  if (/^\d+$/.test(text) && Number(text) >= 1) return Number(text) - 1
  const byHeader = headers.findIndex((h) => h.trim() === value.trim())
  if (byHeader >= 0) return byHeader
  if (/^[A-Za-z]{1,3}$/.test(text)) {
    const letters = text.toUpperCase()
    for (let i = 0; i < 16384; i++) if (columnLetter(i) === letters) return i
  }
  throw new AppError('invalid-input', `ไฟล์ “${path}”: ไม่พบคอลัมน์ “${value}” ของฟิลด์ “${field}” — หัวคอลัมน์ที่มี: ${headers.filter((h) => h !== '').join(', ')}`)
}

function mappingFrom(path: string, headers: readonly string[]): ImportMapping {
  const data = readJson(path)
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new AppError('invalid-input', `ไฟล์ “${path}” ต้องเป็นออบเจกต์ JSON ของฟิลด์ → คอลัมน์ เช่น {"requestDate": "A", "title": "B"}`)
  }
  const mapping: ImportMapping = {}
  for (const [field, value] of Object.entries(data)) {
    if (!(IMPORT_FIELDS as readonly string[]).includes(field)) {
      throw new AppError('invalid-input', `ไฟล์ “${path}”: ไม่รู้จักฟิลด์ “${field}” — ฟิลด์ที่มี: ${IMPORT_FIELDS.join(', ')}`)
    }
    mapping[field as ImportField] = columnOf(value, field, headers, path)
  }
  return mapping
}

/** Who imports: --by, else the office's only active webmaster. */
function importer(s: AppServices, ctx: CliContext, command: ThaiCommand, by: number | undefined): number {
  if (by !== undefined) return by
  const webmasters = s.people.list(false).filter((p) => p.roles.includes('webmaster'))
  const only = webmasters.length === 1 ? webmasters[0] : undefined
  if (only) return only.id
  const who = webmasters.map((p) => `${p.id} = ${p.displayName}`).join(', ')
  throw ctx.usageError(command, `ระบุผู้นำเข้าด้วย --by <รหัสบุคลากร>${who ? ` (ผู้ดูแลเว็บไซต์: ${who})` : ''}`)
}

function mappingLines(preview: ImportPreview): string[] {
  return IMPORT_FIELDS.filter((f) => preview.mapping[f] !== undefined && preview.mapping[f] !== null).map((f) => {
    const column = preview.columns[preview.mapping[f] as number]
    return `  ${IMPORT_FIELD_LABELS[f]} ← คอลัมน์ ${column?.letter ?? '?'}${column?.header ? ` “${column.header}”` : ''}`
  })
}

async function importLog(ctx: CliContext, command: ThaiCommand, file: string | undefined, opts: ImportOptions): Promise<void> {
  if (!file) throw ctx.usageError(command, 'ยังไม่ได้ระบุไฟล์บันทึกที่จะนำเข้า (.xlsx หรือ .csv)')
  const s = ctx.open('setup')
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (e) {
    throw new AppError('not-found', `เปิดไฟล์ “${file}” ไม่ได้ (${(e as NodeJS.ErrnoException).code ?? String(e)}) — ตรวจสอบชื่อและตำแหน่งของไฟล์`)
  }
  const by = importer(s, ctx, command, opts.by)
  const base = {
    fileName: basename(file).normalize('NFC'),
    contentBase64: bytes.toString('base64'),
    ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
    ...(opts.headerRow !== undefined ? { headerRow: opts.headerRow } : {}),
    defaults: {
      ...(opts.unit !== undefined ? { ownerUnit: opts.unit } : {}),
      ...(opts.category !== undefined ? { categoryCode: opts.category } : {}),
      ...(opts.requester !== undefined ? { requesterId: opts.requester } : {})
    }
  }
  let preview = await s.registerIo.previewImport(base, by)
  const input = opts.map !== undefined ? { ...base, mapping: mappingFrom(opts.map, preview.columns.map((c) => c.header)) } : base
  if (opts.map !== undefined) preview = await s.registerIo.previewImport(input, by)

  const bad = preview.rows.filter((r) => r.value === null)
  const human: string[] = [
    `ไฟล์ ${preview.fileName} (${preview.format.toUpperCase()}${preview.encoding ? `, ${preview.encoding}` : ''}) แผ่นงาน “${preview.sheet}” หัวตารางแถวที่ ${preview.headerRow}`,
    'จับคู่คอลัมน์:',
    ...mappingLines(preview)
  ]
  const warnings = preview.rows.flatMap((r) => r.warnings.map((w) => rowMessage(r.row, w)))
  if (preview.problems.length > 0) {
    ctx.io.err(`${human.join('\n')}\n`)
    throw new AppError('invalid-input', `ยังไม่ได้นำเข้า:\n${preview.problems.map((p) => `  - ${p}`).join('\n')}`)
  }
  if (bad.length > 0 && !opts.dropInvalid) {
    // Every bad row, not the first few: the person fixes the file from this list.
    ctx.io.err(`${human.join('\n')}\nแถวที่ไม่ถูกต้อง ${bad.length} แถว:\n${bad.map((r) => `  ${rowMessage(r.row, r.errors.join(' · '))}`).join('\n')}\n`)
    if (warnings.length > 0) ctx.io.err(`ข้อควรตรวจ:\n${warnings.map((w) => `  ${w}`).join('\n')}\n`)
    throw new AppError(
      'invalid-input',
      `${opts.dryRun ? 'ทดลองนำเข้าแล้ว: ' : ''}ยังไม่ได้นำเข้า เพราะมีแถวที่ไม่ถูกต้อง ${bad.length} แถว (รายการด้านบน) — แก้ไฟล์แล้วสั่งใหม่ หรือเพิ่ม --drop-invalid เพื่อนำเข้าเฉพาะ ${preview.validCount} แถวที่ถูกต้อง`
    )
  }
  const outcome = await s.registerIo.runImport({ ...input, dryRun: opts.dryRun === true, dropInvalid: opts.dropInvalid === true }, by)
  const range = outcome.ids.length > 0 ? ` (เลขที่ ${outcome.ids[0]}–${outcome.ids[outcome.ids.length - 1]})` : ''
  ctx.print({ ...outcome, preview: { sheet: preview.sheet, headerRow: preview.headerRow, mapping: preview.mapping, warnings } }, () =>
    [
      ...human,
      ...(warnings.length > 0 ? ['ข้อควรตรวจ:', ...warnings.map((w) => `  ${w}`)] : []),
      ...(outcome.dropped.length > 0 ? [`ข้ามแถวที่ไม่ถูกต้อง ${outcome.dropped.length} แถว:`, ...bad.map((r) => `  ${rowMessage(r.row, r.errors.join(' · '))}`)] : []),
      outcome.dryRun
        ? `ทดลองนำเข้าแล้ว: จะบันทึก ${outcome.written} รายการ${range} — ยังไม่ได้บันทึกอะไร`
        : `นำเข้าแล้ว ${outcome.written} รายการ${range} สถานะ “เผยแพร่แล้ว”`
    ].join('\n')
  )
}
