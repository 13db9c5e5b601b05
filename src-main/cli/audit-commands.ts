/** `audit verify` and `audit list`: the hash-chained log an assessor can check. */
import type { AuditEntry } from '@shared/domain/records'
import type { CliContext } from './cli-context'
import { TH } from './cli-text'
import { table, thaiDateTime } from './format'
import { integer } from './options'
import type { ThaiCommand } from './thai-command'

export function registerAuditCommands(program: ThaiCommand, ctx: CliContext): void {
  const audit = program.command('audit').description('บันทึกการใช้งาน (audit log)')

  audit
    .command('verify')
    .description('ตรวจว่าบันทึกการใช้งานไม่ถูกแก้ไข ลบ หรือแทรก (จบด้วยรหัส 1 ถ้าพบปัญหา)')
    .action(() => {
      const result = ctx.open('existing').audit.verify()
      if (result.ok) {
        ctx.print(result, () => `บันทึกการใช้งานถูกต้อง ${result.entries} รายการ`)
        return
      }
      ctx.exitCode = 1
      if (ctx.json) ctx.print(result, () => '')
      else ctx.io.err(`${TH.errorPrefix} ${result.message} (ตรวจแล้ว ${result.entries} รายการ)\n`)
    })

  audit
    .command('list')
    .description('แสดงบันทึกการใช้งานล่าสุด')
    .option('--limit <n>', 'จำนวนรายการ (ค่าเริ่มต้น 20 สูงสุด 500)', integer(1, 'จำนวนรายการ'))
    .option('--offset <n>', 'ข้ามรายการล่าสุด n รายการ', integer(0, 'จำนวนที่ข้าม'))
    .action((opts: { limit?: number; offset?: number }, command: ThaiCommand) => {
      ctx.fieldOptions = { limit: '--limit', offset: '--offset' }
      const s = ctx.open('existing')
      const limit = opts.limit ?? 20
      if (limit > 500) throw ctx.usageError(command, 'แสดงได้ครั้งละไม่เกิน 500 รายการ — ใช้ --offset เพื่อดูรายการถัดไป')
      const entries = s.audit.list({ limit, offset: opts.offset ?? 0 })
      ctx.print(entries, () => (entries.length === 0 ? 'ยังไม่มีบันทึกการใช้งาน' : entriesTable(entries)))
    })
}

function entriesTable(entries: readonly AuditEntry[]): string {
  return table(entries, [
    { header: 'ลำดับ', value: (e) => String(e.seq), align: 'right' },
    { header: 'เมื่อ', value: (e) => thaiDateTime(e.at) },
    { header: 'ผู้ทำ', value: (e) => e.actorName },
    { header: 'รายการ', value: (e) => e.action },
    { header: 'ข้อมูล', value: (e) => `${e.entity} ${e.entityId}` }
  ])
}
