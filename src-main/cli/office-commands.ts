/** `office set` and `office show`: the office profile that heads every document. */
import type { OfficeInput, OfficeProfile } from '@shared/domain/schemas'
import { AppError } from '@shared/result'
import type { CliContext } from './cli-context'
import { CLI_NAME, TH } from './cli-text'
import { fieldList } from './format'
import { integer, personId, positiveNumber } from './options'
import type { ThaiCommand } from './thai-command'

type ProfileKey = keyof OfficeInput

interface ProfileField {
  key: ProfileKey
  flags: string
  label: string
  /** For the option's help: what to type. */
  example?: string
  parse?: (value: string) => number
}

/** The profile's fields as options; attribute names match the profile's keys. */
const PROFILE_FIELDS: readonly ProfileField[] = [
  { key: 'name', flags: '--name <text>', label: 'ชื่อหน่วยงาน', example: 'สำนักงานสาธารณสุขอำเภอศรีบุญเรือง' },
  { key: 'shortName', flags: '--short-name <text>', label: 'ชื่อย่อหน่วยงาน', example: 'สสอ.ศรีบุญเรือง' },
  { key: 'district', flags: '--district <text>', label: 'อำเภอ' },
  { key: 'province', flags: '--province <text>', label: 'จังหวัด' },
  { key: 'bookPrefix', flags: '--book-prefix <text>', label: 'รหัสเลขที่หนังสือ', example: 'นภ ๐๓๓๒' },
  { key: 'unitLine', flags: '--unit-line <text>', label: 'ข้อความส่วนราชการในบันทึกข้อความ', example: 'สำนักงานสาธารณสุขอำเภอศรีบุญเรือง โทร ๐ ๔๒๓๕ ๓๐๓๐' },
  { key: 'parentAgency', flags: '--parent-agency <text>', label: 'หน่วยงานต้นสังกัด' },
  { key: 'address', flags: '--address <text>', label: 'ที่อยู่' },
  { key: 'phone', flags: '--phone <text>', label: 'หมายเลขโทรศัพท์' },
  { key: 'email', flags: '--email <text>', label: 'อีเมล' },
  { key: 'website', flags: '--website <url>', label: 'เว็บไซต์ของหน่วยงาน', example: 'https://…' },
  { key: 'maxAttachmentMb', flags: '--max-attachment-mb <mb>', label: 'ขนาดไฟล์แนบสูงสุด (MB, ค่าเริ่มต้น 4)', parse: positiveNumber('ขนาดไฟล์แนบสูงสุด') },
  { key: 'backupKeep', flags: '--backup-keep <n>', label: 'จำนวนไฟล์สำรองข้อมูลอัตโนมัติที่เก็บไว้ (ค่าเริ่มต้น 14)', parse: integer(1, 'จำนวนไฟล์สำรอง') }
]
const REQUIRED: readonly ProfileKey[] = ['name', 'shortName', 'district', 'province', 'bookPrefix', 'unitLine']

type OfficeSetOptions = Partial<Record<ProfileKey, string | number>> & { by?: number }

export function registerOfficeCommands(program: ThaiCommand, ctx: CliContext): void {
  const office = program.command('office').description('ข้อมูลหน่วยงาน')

  const set = office
    .command('set')
    .description(
      'ตั้งค่าหรือแก้ไขข้อมูลหน่วยงาน: แก้เฉพาะค่าที่ระบุ ค่าอื่นคงเดิม — ครั้งแรกต้องระบุ --name --short-name --district --province --book-prefix --unit-line'
    )
  for (const f of PROFILE_FIELDS) {
    const description = `${f.label}${REQUIRED.includes(f.key) ? ' (ต้องระบุในครั้งแรก)' : ''}${f.example ? ` เช่น “${f.example}”` : ''}`
    if (f.parse) set.option(f.flags, description, f.parse)
    else set.option(f.flags, description)
  }
  set
    .option('--by <id>', 'รหัสบุคลากรผู้แก้ไข (บันทึกในบันทึกการใช้งาน)', personId)
    .action((opts: OfficeSetOptions, command: ThaiCommand) => officeSet(ctx, command, opts))

  office
    .command('show')
    .description('แสดงข้อมูลหน่วยงาน')
    .action(() => officeShow(ctx))
}

function officeSet(ctx: CliContext, command: ThaiCommand, opts: OfficeSetOptions): void {
  ctx.fieldOptions = Object.fromEntries(PROFILE_FIELDS.map((f) => [f.key, f.flags.split(' ')[0] ?? f.key]))
  const given = Object.fromEntries(PROFILE_FIELDS.filter((f) => opts[f.key] !== undefined).map((f) => [f.key, opts[f.key]]))
  if (Object.keys(given).length === 0) throw ctx.usageError(command, 'ยังไม่ได้ระบุข้อมูลที่จะตั้งค่า เช่น --name')
  const s = ctx.open('create')
  if (opts.by !== undefined) s.people.requireActor(opts.by, [], 'แก้ไขข้อมูลหน่วยงาน')
  const current = s.office.get()
  const base: Partial<OfficeInput> = current ? withoutTimestamp(current) : {}
  // Incomplete on first use on purpose: the service's schema names every missing field in Thai.
  const profile = s.office.save({ ...base, ...given } as OfficeInput, opts.by ?? null)
  const needsPeople = s.people.list(false).length === 0
  ctx.print(profile, () =>
    [
      `บันทึกข้อมูลหน่วยงานแล้ว: ${profile.name}`,
      ...(needsPeople ? [`ขั้นต่อไป: เพิ่มบุคลากรด้วย “${CLI_NAME} person add --name … --position … --role …”`] : [])
    ].join('\n')
  )
}

function officeShow(ctx: CliContext): void {
  const s = ctx.open('existing')
  const profile = s.office.get()
  if (!profile) throw new AppError('not-found', TH.setupNeeded(true, s.people.list(false).length === 0, ctx.dataDir))
  const shown = (f: ProfileField) => {
    const value = String(profile[f.key] ?? '')
    if (value === '') return '-'
    return f.key === 'maxAttachmentMb' ? `${value} MB` : value
  }
  ctx.print(profile, () => fieldList(PROFILE_FIELDS.map((f) => [f.label.replace(/ \(.*\)$/, ''), shown(f)] as const)))
}

function withoutTimestamp(profile: OfficeProfile): Partial<OfficeInput> {
  const { updatedAt: _updatedAt, ...rest } = profile
  return rest
}
