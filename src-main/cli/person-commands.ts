/** `person add` and `person list`: the office's people and the parts they play. */
import { ROLES, ROLE_LABELS, type Role } from '@shared/domain/roles'
import type { Person } from '@shared/domain/schemas'
import type { CliContext } from './cli-context'
import { table } from './format'
import { collect, oneOfRepeated, personId } from './options'
import type { ThaiCommand } from './thai-command'

/** "ผู้อนุมัติ" from "ผู้อนุมัติ (หัวหน้าหน่วยงาน)": short enough for a table. */
export const roleShort = (role: Role): string => ROLE_LABELS[role].replace(/\s*\(.*\)$/, '')

interface PersonAddOptions {
  title?: string
  name: string
  position: string[]
  role: Role[]
  unit?: string
  phone?: string
  email?: string
  by?: number
}

export function registerPersonCommands(program: ThaiCommand, ctx: CliContext): void {
  const person = program.command('person').description('บุคลากรของหน่วยงาน')

  person
    .command('add')
    .description('เพิ่มบุคลากร แล้วแสดงรหัสของผู้นั้น')
    .option('--title <text>', 'คำนำหน้าชื่อ เช่น “นาย” “นางสาว”')
    .requiredOption('--name <text>', 'ชื่อ-สกุล (ต้องระบุ)')
    .requiredOption('--position <line>', 'ตำแหน่ง ๑ บรรทัด (ต้องระบุ ระบุซ้ำได้ไม่เกิน ๔ บรรทัด)', collect)
    .requiredOption(
      '--role <role>',
      `บทบาท (ต้องระบุ ระบุซ้ำได้): ${ROLES.map((r) => `${r} = ${roleShort(r)}`).join(', ')}`,
      oneOfRepeated(ROLES, Object.fromEntries(ROLES.map((r) => [r, roleShort(r)])) as Record<Role, string>)
    )
    .option('--unit <text>', 'งาน/หน่วยงานที่สังกัด')
    .option('--phone <text>', 'หมายเลขโทรศัพท์')
    .option('--email <text>', 'อีเมล')
    .option('--by <id>', 'รหัสบุคลากรผู้เพิ่ม (บันทึกในบันทึกการใช้งาน)', personId)
    .action((opts: PersonAddOptions) => personAdd(ctx, opts))

  person
    .command('list')
    .description('แสดงรายชื่อบุคลากรทั้งหมด พร้อมรหัส บทบาท และตำแหน่ง')
    .action(() => personList(ctx))
}

function personAdd(ctx: CliContext, opts: PersonAddOptions): void {
  ctx.fieldOptions = { title: '--title', fullName: '--name', positionLines: '--position', roles: '--role', unit: '--unit', phone: '--phone', email: '--email' }
  const s = ctx.open('create')
  if (opts.by !== undefined) s.people.requireActor(opts.by, [], 'เพิ่มบุคลากร')
  const saved = s.people.save(
    {
      title: opts.title ?? '',
      fullName: opts.name,
      positionLines: opts.position,
      roles: opts.role,
      unit: opts.unit ?? '',
      phone: opts.phone ?? '',
      email: opts.email ?? ''
    },
    opts.by ?? null
  )
  // Just the number: `id=$(publish-desk person add …)` in a script.
  ctx.print(saved, () => String(saved.id))
}

function personList(ctx: CliContext): void {
  const people = ctx.open('existing').people.list(true)
  ctx.print(people, () => (people.length === 0 ? 'ยังไม่มีบุคลากร' : peopleTable(people)))
}

function peopleTable(people: readonly Person[]): string {
  return table(people, [
    { header: 'รหัส', value: (p) => String(p.id), align: 'right' },
    { header: 'ชื่อ', value: (p) => p.displayName },
    { header: 'สถานะ', value: (p) => (p.active ? 'ใช้งาน' : 'ปิดการใช้งาน') },
    { header: 'บทบาท', value: (p) => p.roles.map(roleShort).join(', ') },
    { header: 'ตำแหน่ง', value: (p) => p.positionLines.join(' ') }
  ])
}
