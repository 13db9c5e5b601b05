/**
 * `backup --out FILE` and `restore FILE`, over BackupService (src-main/services/backup). Restoring
 * replaces the register, so it runs with no connection of this process open: BackupService
 * .restoreInto checks the backup completely, keeps what it replaces as a before-restore backup,
 * and refuses while the app (or another command) still has the register open.
 */
import { resolve } from 'node:path'
import type { BackupSummary } from '../services/backup/backup-service'
import type { CliContext } from './cli-context'
import { CLI_NAME } from './cli-text'
import { fileSize, thaiDateTime } from './format'
import { personId } from './options'
import type { ThaiCommand } from './thai-command'

type BackupModule = typeof import('../services/backup/backup-service')

export function registerBackupCommands(program: ThaiCommand, ctx: CliContext): void {
  program
    .command('backup')
    .description('สำรองทะเบียนและไฟล์แนบทั้งหมดเป็นไฟล์เดียว (.pdbackup) ทำได้ขณะโปรแกรมเปิดอยู่')
    .requiredOption('--out <file>', 'ไฟล์สำรองที่จะสร้าง เช่น สำรอง-2569-01-15.pdbackup (ต้องยังไม่มีไฟล์ชื่อนี้)')
    .option('--by <id>', 'รหัสบุคลากรผู้สำรองข้อมูล (บันทึกในบันทึกการใช้งาน)', personId)
    .action((opts: { out: string; by?: number }) => backup(ctx, opts))

  program
    .command('restore')
    .description('กู้คืนทะเบียนและไฟล์แนบจากไฟล์สำรอง: ตรวจไฟล์ทั้งหมดก่อน และเก็บข้อมูลเดิมเป็นไฟล์สำรองไว้ย้อนกลับได้')
    .argument('<file>', 'ไฟล์สำรอง (.pdbackup)')
    .option('--check', 'ตรวจไฟล์สำรองอย่างเดียว ไม่กู้คืน')
    .action((file: string, opts: { check?: boolean }) => restore(ctx, file, opts))
}

function loadBackup(): BackupModule {
  return require('../services/backup/backup-service') as BackupModule
}

async function backup(ctx: CliContext, opts: { out: string; by?: number }): Promise<void> {
  const s = ctx.open('existing')
  if (opts.by !== undefined) s.people.requireActor(opts.by, [], 'สำรองข้อมูล')
  const summary = await s.backup.createBackup(resolve(opts.out), { actorId: opts.by ?? null })
  for (const problem of summary.problems) ctx.warn(problem)
  ctx.print(summary, () => `สำรองข้อมูลแล้ว: ${summary.file}\n${contents(summary)}`)
}

async function restore(ctx: CliContext, file: string, opts: { check?: boolean }): Promise<void> {
  const { BackupService } = loadBackup()
  if (opts.check) {
    const s = ctx.open('create')
    const summary = await s.backup.verifyBackup(resolve(file))
    ctx.print(summary, () => `ไฟล์สำรองใช้ได้: ${summary.file}\n${contents(summary)}`)
    return
  }
  // The register is not opened here: nothing of this process may hold it while it is replaced.
  const summary = await BackupService.restoreInto(ctx.dataDir, resolve(file))
  ctx.print(summary, () =>
    [
      `กู้คืนข้อมูลจาก ${summary.file} แล้ว`,
      contents(summary),
      summary.beforeRestoreFile
        ? `ข้อมูลก่อนกู้คืนเก็บไว้ที่ ${summary.beforeRestoreFile} — ย้อนกลับได้ด้วย “${CLI_NAME} restore ${quoted(summary.beforeRestoreFile)}”`
        : 'ก่อนกู้คืนไม่มีข้อมูลเดิมในโฟลเดอร์นี้'
    ].join('\n')
  )
}

function contents(s: BackupSummary): string {
  return [
    `  สร้างเมื่อ ${thaiDateTime(s.createdAt)} จาก Publish Desk รุ่น ${s.appVersion}`,
    `  คำขอ ${s.counts.requests} รายการ, บุคลากร ${s.counts.people} คน, ไฟล์แนบ ${s.attachmentBlobs} ไฟล์ (${fileSize(s.attachmentBytes)}), บันทึกการใช้งาน ${s.counts.auditEntries} รายการ`,
    `  ขนาดไฟล์สำรอง ${fileSize(s.sizeBytes)}, SHA-256 ${s.sha256}`
  ].join('\n')
}

function quoted(path: string): string {
  return /\s/.test(path) ? `"${path}"` : path
}
