/**
 * `doc form|memo|announcement|check|emblem`: the official documents from the register, as DOCX or
 * PDF, through the same DocumentService as the app. Before a file is written its text is proofed;
 * findings are printed and the file is refused unless --accept-findings says they were read (the
 * CLI's acknowledgement). A memo's book number is allocated only when its file is written.
 */
import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import { EXPORT_FORMATS, type DocumentSpecInput, type ExportFormat, type OfficeFontInfo, type PrintableKind } from '@shared/domain/documents-schemas'
import { AppError } from '@shared/result'
import type { CliContext } from './cli-context'
import { exportActor, findingLines, memoOptions, memoSpecParts, outputFormat, proofedFileOptions, requestIdList, stageOutput, type MemoCliOptions } from './doc-output'
import { fiscalYearBE, isoDate, oneOf, personId, requestId } from './options'
import type { ThaiCommand } from './thai-command'

const MEMO_KINDS = {
  approval: 'memo-approval',
  'website-report': 'memo-website-report',
  'announcement-approval': 'memo-announcement-approval'
} as const satisfies Record<string, PrintableKind>
type MemoOption = keyof typeof MEMO_KINDS
const MEMO_LABELS: Record<MemoOption, string> = {
  approval: 'ขออนุมัติเผยแพร่ข้อมูล',
  'website-report': 'รายงานผลการดำเนินงานเว็บไซต์',
  'announcement-approval': 'ขออนุมัติประกาศแนวทางการเผยแพร่ข้อมูล'
}

interface OutputOptions {
  out: string
  format?: ExportFormat
  date?: string
  digits?: 'thai' | 'arabic'
  by?: number
  acceptFindings?: boolean
}

interface MemoOptions extends OutputOptions, MemoCliOptions {
  kind: MemoOption
  requests?: number[]
  fy?: number
}

function outputOptions(command: ThaiCommand, withDate = true): ThaiCommand {
  command
    .requiredOption('--out <file>', 'ไฟล์ที่จะบันทึก (ต้องระบุ) เช่น บันทึก.docx')
    .option('--format <format>', 'รูปแบบไฟล์ docx หรือ pdf (ถ้าไม่ระบุ ดูจากนามสกุลของ --out)', oneOf(EXPORT_FORMATS))
  if (withDate) command.option('--date <date>', 'วันที่ของเอกสาร ปปปป-ดด-วว (ค.ศ.) ถ้าไม่ระบุ ใช้วันนี้', isoDate)
  return proofedFileOptions(command)
}

export function registerDocCommands(program: ThaiCommand, ctx: CliContext): void {
  const doc = program.command('doc').description('เอกสารราชการจากทะเบียน (DOCX/PDF) และการตรวจทานเอกสาร')

  outputOptions(
    doc.command('form').description('แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของคำขอ').argument('<id>', 'เลขที่คำขอ', requestId),
    false
  ).action((id: number, opts: OutputOptions, command: ThaiCommand) => exportDocument(ctx, command, { kind: 'request-form', requestIds: [id] }, opts))

  outputOptions(
    memoOptions(
      doc
        .command('memo')
        .description('บันทึกข้อความ: ขออนุมัติเผยแพร่ รายงานผลเว็บไซต์ หรือขออนุมัติประกาศ')
        .requiredOption('--kind <kind>', 'ชนิดของบันทึก (ต้องระบุ)', oneOf(Object.keys(MEMO_KINDS) as MemoOption[], MEMO_LABELS))
        .option('--requests <ids>', 'เลขที่คำขอ คั่นด้วยจุลภาค (สำหรับ --kind approval) เช่น 12,15', requestIdList)
        .option('--fy <year>', 'ปีงบประมาณ (พ.ศ.) ที่บันทึกกล่าวถึง (ต้องระบุสำหรับ announcement-approval)', fiscalYearBE),
      'ไฟล์ JSON ข้อความของแต่ละส่วน เช่น {"background": "…"} (ดูชื่อส่วนได้จากข้อความแจ้งเมื่อใส่ชื่อผิด)'
    )
  ).action((opts: MemoOptions, command: ThaiCommand) => exportDocument(ctx, command, memoSpec(opts), opts))

  outputOptions(
    doc
      .command('announcement')
      .description('ประกาศแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน ประจำปีงบประมาณ')
      .requiredOption('--fy <year>', 'ปีงบประมาณ (พ.ศ.) ของประกาศ (ต้องระบุ) เช่น 2569', fiscalYearBE)
  ).action((opts: OutputOptions & { fy: number }, command: ThaiCommand) => exportDocument(ctx, command, { kind: 'announcement', fiscalYear: opts.fy }, opts))

  doc
    .command('check')
    .description('ตรวจทานไฟล์ DOCX หรือ PDF (ทำจากที่ใดก็ได้) กับข้อมูลหน่วยงานและบุคลากรในทะเบียน — จบด้วยรหัส 1 ถ้าพบจุดที่ต้องแก้')
    .argument('<file>', 'ไฟล์ DOCX หรือ PDF')
    .action((file: string) => checkFile(ctx, file))

  doc
    .command('emblem')
    .description('ตั้งภาพตราครุฑของหน่วยงาน (PNG หรือ JPEG) สำหรับบันทึกข้อความและประกาศ')
    .argument('<file>', 'ไฟล์ภาพตราครุฑ')
    .requiredOption('--by <id>', 'รหัสบุคลากรผู้ตั้งค่า (ต้องระบุ)', personId)
    .action((file: string, opts: { by: number }) => setEmblem(ctx, file, opts.by))

  doc
    .command('font')
    .description('ฟอนต์ TrueType (.ttf) ของหน่วยงานสำหรับไฟล์ PDF: ตั้ง (ตัวปกติ และตัวหนาถ้ามี) เลิกใช้ หรือดูที่ใช้อยู่ (ไม่ระบุไฟล์)')
    .argument('[files...]', 'ไฟล์ฟอนต์ตัวปกติ และตัวหนา (ถ้ามี) เช่น THSarabunNew.ttf "THSarabunNew Bold.ttf"')
    .option('--remove', 'เลิกใช้ฟอนต์ของหน่วยงาน กลับไปใช้ฟอนต์ Sarabun ที่มากับโปรแกรม')
    .option('--by <id>', 'รหัสบุคลากรผู้ตั้งค่า (ต้องระบุเมื่อตั้งหรือเลิกใช้)', personId)
    .action((files: string[], opts: { remove?: boolean; by?: number }, command: ThaiCommand) => pdfFont(ctx, command, files, opts))
}

function memoSpec(opts: MemoOptions): DocumentSpecInput {
  return {
    kind: MEMO_KINDS[opts.kind],
    requestIds: opts.requests ?? [],
    ...(opts.fy !== undefined ? { fiscalYear: opts.fy } : {}),
    ...memoSpecParts(opts)
  }
}

async function exportDocument(ctx: CliContext, command: ThaiCommand, base: DocumentSpecInput, opts: OutputOptions): Promise<void> {
  ctx.fieldOptions = { requestIds: '--requests', fiscalYear: '--fy', date: '--date', from: '--from', sections: '--sections', bookNo: '--book-no', 'bookNo.value': '--book-no' }
  const format = outputFormat(ctx, command, opts.out, opts.format)
  const s = ctx.open('setup')
  const spec: DocumentSpecInput = {
    ...base,
    ...(opts.date !== undefined ? { date: opts.date } : {}),
    ...(opts.digits !== undefined ? { thaiDigits: opts.digits === 'thai' } : {})
  }
  const actor = exportActor(s, ctx, command, opts.by)
  const findings = s.documents.proof(spec)
  if (findings.length > 0 && !opts.acceptFindings) {
    if (ctx.json) ctx.print({ written: false, findings }, () => '')
    else ctx.io.err(`พบจุดที่ควรตรวจในเอกสาร ${findings.length} รายการ:\n${findingLines(findings).join('\n')}\n`)
    throw new AppError(
      'invalid-input',
      `ยังไม่ได้บันทึกไฟล์ ${opts.out} เพราะพบจุดที่ควรตรวจ ${findings.length} รายการ — แก้ข้อมูลในทะเบียนหรือข้อความแล้วสั่งใหม่ หรือเพิ่ม --accept-findings เพื่อยืนยันว่าอ่านแล้ว`
    )
  }
  if (findings.length > 0 && !ctx.json) ctx.warn(`บันทึกไฟล์โดยยืนยันจุดที่ตรวจพบ ${findings.length} รายการ:\n${findingLines(findings).join('\n')}`)
  const acknowledged = findings.map((f) => f.id)
  const file = await s.documents.exportFile({ ...spec, format, acknowledged }, actor, { stage: stageOutput(opts.out, ' (ยังไม่มีการออกเลขที่หนังสือ)') })
  const path = resolve(opts.out)
  const { bytes: _bytes, ...summary } = file
  ctx.print({ written: true, path, ...summary, findings }, () =>
    [`บันทึกไฟล์แล้ว: ${path}`, ...(file.bookNo ? [`เลขที่หนังสือ: ${file.bookNo}${file.reusedBookNo ? ' (เลขเดิมของบันทึกฉบับนี้ ไม่ได้ออกเลขใหม่)' : ''}`] : []), `SHA-256: ${file.sha256}`].join('\n')
  )
}

/** The bytes of a file the user named; a Thai error saying why it cannot be opened. */
function readInputFile(file: string): Buffer {
  try {
    return readFileSync(file)
  } catch (e) {
    throw new AppError('not-found', `เปิดไฟล์ “${file}” ไม่ได้ (${(e as NodeJS.ErrnoException).code ?? String(e)}) — ตรวจสอบชื่อและตำแหน่งของไฟล์`)
  }
}

async function checkFile(ctx: CliContext, file: string): Promise<void> {
  const s = ctx.open('setup')
  const bytes = readInputFile(file)
  const result = await s.documents.check(bytes, basename(file).normalize('NFC'))
  if (result.findings.length > 0) ctx.exitCode = 1
  ctx.print(result, () =>
    result.findings.length === 0
      ? `ไม่พบจุดที่ต้องแก้ไขใน ${file} (ตรวจ ${result.paragraphCount} ย่อหน้า)`
      : [`พบจุดที่ควรตรวจใน ${file} ${result.findings.length} รายการ:`, ...findingLines(result.findings)].join('\n')
  )
}

function pdfFont(ctx: CliContext, command: ThaiCommand, files: string[], opts: { remove?: boolean; by?: number }): void {
  const s = ctx.open('setup')
  const describe = (font: OfficeFontInfo | null) =>
    font === null
      ? 'ไฟล์ PDF ใช้ฟอนต์ Sarabun ที่มากับโปรแกรม'
      : `ไฟล์ PDF ใช้ฟอนต์ ${font.familyName} (${font.bold ? 'ตัวปกติและตัวหนา' : 'ตัวปกติ ตัวหนาพิมพ์ด้วยตัวปกติ'}) ขนาด × ${font.scale} ของขนาดตามระเบียบ`
  if (files.length === 0 && !opts.remove) {
    const font = s.documents.pdfFont()
    ctx.print({ font }, () => describe(font))
    return
  }
  const by = opts.by
  if (by === undefined) throw ctx.usageError(command, 'ต้องระบุ --by <id> (รหัสบุคลากรผู้ตั้งค่า) เมื่อตั้งหรือเลิกใช้ฟอนต์')
  if (opts.remove) {
    if (files.length > 0) throw ctx.usageError(command, 'ใช้ --remove โดยไม่ต้องระบุไฟล์ฟอนต์')
    s.documents.removePdfFont(by)
    ctx.print({ font: null }, () => `เลิกใช้ฟอนต์ของหน่วยงานแล้ว — ${describe(null)}`)
    return
  }
  const font = s.documents.setPdfFont(files.map((file) => ({ fileName: basename(file).normalize('NFC'), bytes: readInputFile(file) })), by)
  ctx.print({ font }, () => `ตั้งฟอนต์ของหน่วยงานแล้ว — ${describe(font)}`)
}

function setEmblem(ctx: CliContext, file: string, by: number): void {
  const s = ctx.open('setup')
  const bytes = readInputFile(file)
  const image = s.documents.setEmblem(bytes, basename(file).normalize('NFC'), by)
  ctx.print({ fileName: image.fileName, type: image.type }, () => `ตั้งภาพตราครุฑแล้ว (${image.type.toUpperCase()}) — บันทึกข้อความจะพิมพ์ภาพนี้สูง 1.5 ซม. ที่มุมซ้ายบน`)
}
