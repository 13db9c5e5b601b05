/**
 * `evidence`: MOIT evidence of one indicator for a period of a fiscal year — the evidence pack
 * (one PDF: contents, then each published item's approval memo, document and request form) or,
 * with --checklist, the MITAS checklist as XLSX or CSV. The file is written whole or not at all.
 *
 *   publish-desk evidence --indicator "MOIT 1" --fy 2569 --months 6 --out หลักฐาน.pdf
 *   publish-desk evidence --indicator "MOIT 1" --fy 2569 --quarter 2 --checklist xlsx --out รายการ.xlsx
 */
import { extname, resolve } from 'node:path'
import { CHECKLIST_FORMATS, type ChecklistFormat } from '@shared/domain/evidence-schemas'
import type { ReportPeriod } from '@shared/domain/report-period'
import type { CliContext } from './cli-context'
import { stageOutput } from './doc-output'
import { fiscalYearBE, oneOf, periodOfOptions, personId, quarter, roundMonths } from './options'
import type { ThaiCommand } from './thai-command'

interface EvidenceOptions {
  indicator: string
  fy: number
  months?: 6 | 12
  quarter?: 1 | 2 | 3 | 4
  checklist?: ChecklistFormat
  out: string
  by?: number
}

export function registerEvidenceCommands(program: ThaiCommand, ctx: CliContext): void {
  program
    .command('evidence')
    .description('หลักฐาน ITA (MOIT) ของตัวชี้วัด: เล่มหลักฐาน PDF (สารบัญ บันทึกขออนุมัติ เอกสาร แบบฟอร์ม) หรือรายการตรวจหลักฐานแบบ MITAS (--checklist)')
    .requiredOption('--indicator <code>', 'รหัสตัวชี้วัด เช่น "MOIT 1" (ต้องระบุ)')
    .requiredOption('--fy <year>', 'ปีงบประมาณ (พ.ศ.) เช่น 2569 (ต้องระบุ)', fiscalYearBE)
    .option('--months <6|12>', 'รอบการประเมิน MOIT: 6 (ต.ค.–มี.ค.) หรือ 12 เดือน (ทั้งปีงบประมาณ) — ถ้าไม่ระบุทั้งรอบและไตรมาส ใช้ทั้งปีงบประมาณ', roundMonths)
    .option('--quarter <n>', 'ไตรมาสของปีงบประมาณ 1–4 (แทน --months)', quarter)
    .option('--checklist <xlsx|csv>', 'ทำรายการตรวจหลักฐานแบบ MITAS (XLSX หรือ CSV) แทนเล่ม PDF', oneOf(CHECKLIST_FORMATS))
    .requiredOption('--out <file>', 'ไฟล์ที่จะบันทึก (ต้องระบุ) เช่น หลักฐาน-MOIT1.pdf')
    .option('--by <id>', 'รหัสบุคลากรผู้จัดทำ (บันทึกไว้ในบันทึกการใช้งาน)', personId)
    .action((opts: EvidenceOptions, command: ThaiCommand) => runEvidence(ctx, command, opts))
}

async function runEvidence(ctx: CliContext, command: ThaiCommand, opts: EvidenceOptions): Promise<void> {
  ctx.fieldOptions = { indicatorCode: '--indicator', 'period.fiscalYear': '--fy', 'period.months': '--months', 'period.quarter': '--quarter', format: '--checklist' }
  if (opts.months !== undefined && opts.quarter !== undefined) {
    throw ctx.usageError(command, 'เลือกได้อย่างใดอย่างหนึ่ง: --months (รอบการประเมิน) หรือ --quarter (ไตรมาส)')
  }
  const wanted = opts.checklist ?? 'pdf'
  const ext = extname(opts.out).slice(1).toLowerCase()
  if (ext !== wanted) {
    throw ctx.usageError(command, `ไฟล์ ${opts.out} ต้องลงท้ายด้วย .${wanted}${opts.checklist ? ` ตาม --checklist ${opts.checklist}` : ' (เล่มหลักฐานเป็น PDF — รายการตรวจใช้ --checklist xlsx|csv)'}`)
  }
  // Neither a round nor a quarter: the whole fiscal year (the 12-month round).
  const period: ReportPeriod = periodOfOptions(opts.fy, opts) ?? { kind: 'round', fiscalYear: opts.fy, months: 12 }
  const s = ctx.open('setup')
  const path = resolve(opts.out)
  const stage = stageOutput(opts.out)
  if (opts.checklist) {
    const file = await s.evidence.checklist({ indicatorCode: opts.indicator, period, format: opts.checklist }, opts.by ?? null, { stage })
    const present = file.rows.filter((r) => r.present).length
    ctx.print({ written: true, path, format: file.format, sha256: file.sha256, rows: file.rows }, () =>
      [`บันทึกรายการตรวจหลักฐานแล้ว: ${path}`, `${file.rows.length} รายการ มีหลักฐาน ${present} รายการ ไม่มี ${file.rows.length - present} รายการ`, `SHA-256: ${file.sha256}`].join('\n')
    )
    return
  }
  const pack = await s.evidence.pack({ indicatorCode: opts.indicator, period }, opts.by ?? null, { stage })
  ctx.print({ written: true, path, sha256: pack.sha256, pageCount: pack.pageCount, contentsPageCount: pack.contentsPageCount, items: pack.items }, () =>
    [
      `บันทึกเล่มหลักฐานแล้ว: ${path}`,
      `${pack.items.length} รายการ ${pack.pageCount} หน้า (สารบัญ ${pack.contentsPageCount} หน้า)`,
      ...pack.items.map((item, i) => `  ${i + 1}. ${item.title.replace(/\s+/g, ' ')} — หน้า ${item.parts.find((p) => p.startPage !== null)?.startPage ?? '-'}`),
      `SHA-256: ${pack.sha256}`
    ].join('\n')
  )
}
