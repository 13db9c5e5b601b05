/**
 * What the `doc` commands read and print: the option values turned into a document spec's
 * parts, the findings listed in Thai, and the output file written whole or not at all.
 */
import { readFileSync } from 'node:fs'
import { extname, resolve } from 'node:path'
import { InvalidArgumentError } from 'commander'
import { EXPORT_FORMATS, URGENCY_LEVELS, type BookNoChoice, type DocumentFinding, type ExportFormat } from '@shared/domain/documents-schemas'
import { AppError } from '@shared/result'
import { toArabicDigits } from '@shared/thai'
import type { AppServices } from '../services/app-services'
import type { StagedFile } from '../fs/atomic-write'
import { stageFile } from '../fs/atomic-write'
import type { CliContext } from './cli-context'
import { oneOf, personId } from './options'
import type { ThaiCommand } from './thai-command'

const SEVERITY: Record<DocumentFinding['severity'], string> = { error: 'ข้อผิดพลาด', warning: 'ข้อควรตรวจ' }

/** One finding per line, numbered as people count (Arabic digits, like every number the CLI prints). */
export function findingLines(findings: readonly DocumentFinding[]): string[] {
  return findings.map((f, i) => {
    // Most messages already name the likely fix; repeat it only when the message does not.
    const fix = f.suggestion && !f.messageTh.includes(f.suggestion) ? ` (ควรเป็น “${f.suggestion}”)` : ''
    return `  ${i + 1}. [${SEVERITY[f.severity]}] ย่อหน้าที่ ${f.paragraphIndex + 1}: “${f.excerpt}” — ${f.messageTh}${fix}`
  })
}

/** "1,2,3" (Arabic or Thai digits, spaces allowed) → request ids. */
export function requestIdList(value: string): number[] {
  const parts = toArabicDigits(value).split(/[,\s]+/).filter((p) => p !== '')
  if (parts.length === 0 || parts.some((p) => !/^\d+$/.test(p) || Number(p) < 1)) {
    throw new InvalidArgumentError('ต้องเป็นเลขที่คำขอคั่นด้วยจุลภาค เช่น 12,15,18')
  }
  return [...new Set(parts.map(Number))]
}

/** The format from --format, else from the output file's extension; the two must agree. */
export function outputFormat(ctx: CliContext, command: ThaiCommand, out: string, format: ExportFormat | undefined): ExportFormat {
  const ext = extname(out).slice(1).toLowerCase()
  const fromName = (EXPORT_FORMATS as readonly string[]).includes(ext) ? (ext as ExportFormat) : undefined
  if (format && fromName && format !== fromName) {
    throw ctx.usageError(command, `นามสกุลของไฟล์ ${out} ไม่ตรงกับ --format ${format} — ใช้ชื่อไฟล์ลงท้าย .${format} หรือเปลี่ยน --format`)
  }
  const chosen = format ?? fromName
  if (!chosen) throw ctx.usageError(command, 'ยังไม่ได้ระบุรูปแบบไฟล์ — ระบุ --format docx หรือ --format pdf (หรือใช้ชื่อไฟล์ลงท้าย .docx/.pdf)')
  return chosen
}

/** The options every proofed document file takes (`doc` and `report`): digits, who records it, the findings read. */
export function proofedFileOptions(command: ThaiCommand): ThaiCommand {
  return command
    .option('--digits <thai|arabic>', 'ตัวเลขไทยหรือตัวเลขอารบิก (ถ้าไม่ระบุ ใช้ค่าที่ตั้งไว้ของหน่วยงาน)', oneOf(['thai', 'arabic'] as const))
    .option('--by <id>', 'รหัสบุคลากรผู้บันทึกเอกสาร (ถ้าไม่ระบุ ใช้ผู้ดูแลเว็บไซต์ เมื่อมีเพียงคนเดียว)', personId)
    .option('--accept-findings', 'ยืนยันว่าอ่านจุดที่ตรวจพบแล้ว และให้บันทึกไฟล์ได้')
}

/** A memo's options as `doc memo` and `report follow-up` take them; `sectionsHelp` names that memo's sections. */
export function memoOptions(command: ThaiCommand, sectionsHelp: string): ThaiCommand {
  return command
    .option('--from <id>', 'รหัสบุคลากรผู้เสนอบันทึก (ถ้าไม่ระบุ ใช้ผู้ช่วยหัวหน้าหน่วยงาน)', personId)
    .option('--sections <file>', sectionsHelp)
    .option('--book-no <text>', 'เลขที่หนังสือที่ได้มาแล้ว เช่น “นภ ๐๓๓๒/๘๗๘” (ถ้าไม่ระบุ ออกเลขถัดไปจากทะเบียนหนังสือส่ง)')
    .option('--no-book-no', 'ไม่ออกเลขที่หนังสือ เว้นช่อง “ที่” ไว้เขียนด้วยมือ')
    .option('--urgency <level>', `ชั้นความเร็ว: ${URGENCY_LEVELS.join(' ')}`, oneOf(URGENCY_LEVELS))
    .option('--preprinted', 'พิมพ์ลงกระดาษที่มีตราครุฑและคำว่า “บันทึกข้อความ” อยู่แล้ว')
}

export interface MemoCliOptions {
  from?: number
  sections?: string
  /** A typed number, false for --no-book-no, undefined to allocate the next one. */
  bookNo?: string | false
  urgency?: (typeof URGENCY_LEVELS)[number]
  preprinted?: boolean
}

/** The memo options' part of a spec: only what was given, so the service's defaults stand for the rest. */
export function memoSpecParts(opts: MemoCliOptions): { bookNo: BookNoChoice; from?: number; sections?: Record<string, string>; urgency?: MemoCliOptions['urgency']; preprinted?: true } {
  return {
    bookNo: opts.bookNo === false ? { mode: 'none' } : opts.bookNo !== undefined ? { mode: 'manual', value: opts.bookNo } : { mode: 'allocate' },
    ...(opts.from !== undefined ? { from: opts.from } : {}),
    ...(opts.sections !== undefined ? { sections: readSections(opts.sections) } : {}),
    ...(opts.urgency !== undefined ? { urgency: opts.urgency } : {}),
    ...(opts.preprinted ? { preprinted: true } : {})
  }
}

/**
 * An object from a JSON file the person wrote (a UTF-8 BOM is allowed). `file` names the file in
 * the errors ("ไฟล์หมายเหตุ"), `shape` says what maps to what, `example` shows it.
 */
export function readJsonObject(path: string, file: string, shape: string, example: string): object {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (e) {
    throw new AppError('not-found', `อ่าน${file} “${path}” ไม่ได้ (${(e as NodeJS.ErrnoException).code ?? String(e)}) — ตรวจสอบชื่อและตำแหน่งของไฟล์`)
  }
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (e) {
    throw new AppError('invalid-input', `ไฟล์ “${path}” ไม่ใช่ JSON ที่ถูกต้อง (${e instanceof Error ? e.message : String(e)}) — ต้องเป็นออบเจกต์ เช่น ${example}`)
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new AppError('invalid-input', `ไฟล์ “${path}” ต้องเป็นออบเจกต์ JSON ของ${shape} เช่น ${example}`)
  }
  return data
}

/** The memo's section texts from a JSON file: an object of section key → text. */
export function readSections(path: string): Record<string, string> {
  const data = readJsonObject(path, 'ไฟล์ข้อความของบันทึก', 'ชื่อส่วน → ข้อความ', '{"background": "ข้อความ…"}')
  const sections: Record<string, string> = {}
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string') throw new AppError('invalid-input', `ไฟล์ “${path}”: ข้อความของส่วน “${key}” ต้องเป็นข้อความ (string) — ขึ้นบรรทัดใหม่ด้วย \\n`)
    sections[key] = value
  }
  return sections
}

/**
 * Who the export is recorded as done by: --by, else the office's only active webmaster (the
 * person who prints); with two or more, the CLI cannot guess and asks.
 */
export function exportActor(s: AppServices, ctx: CliContext, command: ThaiCommand, by: number | undefined): number {
  if (by !== undefined) return by
  const webmasters = s.people.list(false).filter((p) => p.roles.includes('webmaster'))
  const only = webmasters.length === 1 ? webmasters[0] : undefined
  if (only) return only.id
  const who = webmasters.map((p) => `${p.id} = ${p.displayName}`).join(', ')
  throw ctx.usageError(command, `ระบุผู้บันทึกเอกสารด้วย --by <รหัสบุคลากร>${who ? ` (ผู้ดูแลเว็บไซต์: ${who})` : ''}`)
}

/**
 * Stages the output beside its final name; the service commits it together with what it records
 * (the book number, the audit entry), so a file that cannot be written records nothing.
 * `unrecorded` tells the person what was therefore not done, e.g. " (ยังไม่มีการออกเลขที่หนังสือ)".
 */
export function stageOutput(out: string, unrecorded = ''): (bytes: Buffer) => StagedFile {
  const path = resolve(out)
  const refused = (e: unknown) => {
    const code = (e as NodeJS.ErrnoException).code ?? String(e)
    return new AppError('file-refused', `เขียนไฟล์ ${path} ไม่ได้ (${code}) — ตรวจสอบว่าโฟลเดอร์มีอยู่ เขียนได้ และมีพื้นที่ว่างพอ${unrecorded}`)
  }
  return (bytes) => {
    let staged: StagedFile
    try {
      staged = stageFile(path, bytes)
    } catch (e) {
      throw refused(e)
    }
    return {
      tempPath: staged.tempPath,
      commit() {
        try {
          staged.commit()
        } catch (e) {
          throw refused(e)
        }
      },
      abort: () => staged.abort()
    }
  }
}
