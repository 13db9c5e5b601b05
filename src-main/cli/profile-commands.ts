/**
 * `profile add|list|test|trust|remove`: host profiles from the command line. The CLI never
 * writes a password anywhere: `profile test` takes it from PUBLISH_DESK_FTP_PASSWORD or, on a
 * terminal, from a prompt that does not echo, and forgets it when the command ends.
 */
import { readFileSync } from 'node:fs'
import {
  FILE_NAMINGS,
  IF_EXISTS_POLICIES,
  TAKEDOWN_MODES,
  TLS_MODES,
  type CertificateSummary,
  type FileNaming,
  type HostProfile,
  type HostProfileInput,
  type HostProfileTestResult,
  type IfExistsPolicy,
  type TakedownMode,
  type TlsMode
} from '@shared/domain/publishing'
import { AppError } from '@shared/result'
import type { CliContext } from './cli-context'
import { CLI_NAME } from './cli-text'
import { fieldList, table, thaiDateTime } from './format'
import { integer, oneOf, personId } from './options'
import type { ThaiCommand } from './thai-command'

export const PASSWORD_ENV = 'PUBLISH_DESK_FTP_PASSWORD'

const TLS_LABELS: Record<TlsMode, string> = { explicit: 'FTPS แบบ AUTH TLS พอร์ต 21', implicit: 'FTPS แบบ implicit พอร์ต 990', none: 'FTP ไม่เข้ารหัส' }
const NAMING_LABELS: Record<FileNaming, string> = { 'ascii-dated': 'ชื่ออังกฤษพร้อมวันที่', 'keep-name': 'คงชื่อไฟล์เดิม' }
const IF_EXISTS_LABELS: Record<IfExistsPolicy, string> = { overwrite: 'เขียนทับ', suffix: 'เพิ่มเลขต่อท้าย', fail: 'หยุดและแจ้ง' }
const TAKEDOWN_LABELS: Record<TakedownMode, string> = { delete: 'ลบ', archive: 'ย้ายไปโฟลเดอร์เก็บ' }

const TEXT = {
  group: 'โปรไฟล์โฮสต์ของเว็บไซต์ (FTPS) ที่ใช้อัปโหลดไฟล์เผยแพร่',
  add: 'เพิ่มโปรไฟล์โฮสต์ — รหัสผ่านไม่ถูกบันทึก: ให้ตั้งตัวแปร PUBLISH_DESK_FTP_PASSWORD หรือพิมพ์เมื่อถูกถาม',
  list: 'แสดงโปรไฟล์โฮสต์ทั้งหมด',
  test: 'ทดสอบการเชื่อมต่อ: รุ่น TLS ใบรับรอง ข้อความต้อนรับ และการเขียน/ลบไฟล์ทดสอบในโฟลเดอร์หลัก',
  trust: 'กำหนดการเชื่อถือใบรับรองของโฮสต์: ลายนิ้วมือที่ยืนยันแล้ว ใบรับรอง CA หรือ CA ของระบบ',
  remove: 'ลบโปรไฟล์โฮสต์ที่ยังไม่เคยใช้อัปโหลด',
  profileArg: 'ชื่อโปรไฟล์ (ดูได้จาก profile list)',
  by: 'รหัสบุคลากรผู้แก้ไข (บันทึกในบันทึกการใช้งาน)',
  caAndPin: 'เลือกได้อย่างเดียวระหว่าง --ca กับ --trust-fingerprint',
  plainNotConfirmed:
    'FTP แบบไม่เข้ารหัส (--tls none) ส่งรหัสผ่านและไฟล์ให้ผู้อื่นอ่านได้ และประกาศกำหนดให้ใช้การเข้ารหัส — ใช้ --tls explicit หรือ implicit หรือถ้าโฮสต์ไม่รองรับจริง ๆ ให้เพิ่ม --allow-plain-ftp',
  trustOne: 'ระบุอย่างใดอย่างหนึ่ง: --fingerprint, --ca หรือ --system',
  plainWarning:
    'โปรไฟล์นี้ใช้ FTP แบบไม่เข้ารหัส: รหัสผ่านและไฟล์ถูกส่งให้ผู้อื่นในเครือข่ายอ่านได้ ประกาศกำหนดให้ใช้การเข้ารหัส — เปลี่ยนเป็น --tls explicit หรือ implicit เมื่อโฮสต์รองรับ',
  noPasswordStored: `รหัสผ่านไม่ถูกบันทึก — เมื่อทดสอบหรืออัปโหลด ให้ตั้งตัวแปร ${PASSWORD_ENV} หรือพิมพ์เมื่อถูกถาม`,
  passwordPrompt: (name: string, user: string, host: string) => `รหัสผ่าน FTP ของ ${user}@${host} (โปรไฟล์ “${name}”, ไม่แสดงขณะพิมพ์): `,
  noTerminal: (name: string) =>
    `ต้องใช้รหัสผ่าน FTP ของโปรไฟล์ “${name}” — ตั้งตัวแปร ${PASSWORD_ENV} ก่อนเรียกคำสั่ง (เช่น ${PASSWORD_ENV}='…' ${CLI_NAME} profile test "${name}") หรือเรียกจากหน้าต่างเทอร์มินัลเพื่อพิมพ์รหัสผ่าน`,
  readFile: (file: string, code: string) => `เปิดไฟล์ “${file}” ไม่ได้ (${code}) — ตรวจสอบชื่อและตำแหน่งของไฟล์ใบรับรอง`,
  trustHint: (name: string, sha256: string) =>
    `ถ้าผู้ให้บริการยืนยันว่าลายนิ้วมือถูกต้อง ให้เชื่อถือด้วย: ${CLI_NAME} profile trust "${name}" --fingerprint ${sha256}`,
  removed: (name: string) => `ลบโปรไฟล์ “${name}” แล้ว`,
  none: `ยังไม่มีโปรไฟล์โฮสต์ — เพิ่มด้วย “${CLI_NAME} profile add --name … --host … --user … --remote-root … --public-url …”`
}

/** Which option sets each field, for the field lines of an error. */
const FIELD_OPTIONS: Record<string, string> = {
  name: '--name',
  host: '--host',
  port: '--port',
  tls: '--tls',
  username: '--user',
  remoteRoot: '--remote-root',
  publicBaseUrl: '--public-url',
  folderPattern: '--folder-pattern',
  fileNaming: '--naming',
  ifExists: '--if-exists',
  takedown: '--takedown',
  archiveFolder: '--archive-folder',
  parallelConnections: '--parallel',
  sha256: '--trust-fingerprint',
  caPem: '--ca'
}

interface AddOptions {
  name: string
  host: string
  port?: number
  user: string
  tls?: TlsMode
  allowPlainFtp?: boolean
  ca?: string
  trustFingerprint?: string
  remoteRoot: string
  publicUrl: string
  folderPattern?: string
  naming?: FileNaming
  ifExists?: IfExistsPolicy
  takedown?: TakedownMode
  archiveFolder?: string
  parallel?: number
  default?: boolean
  by?: number
}

export function registerProfileCommands(program: ThaiCommand, ctx: CliContext): void {
  const profile = program.command('profile').description(TEXT.group)

  profile
    .command('add')
    .description(TEXT.add)
    .requiredOption('--name <text>', 'ชื่อโปรไฟล์ เช่น “เว็บไซต์ สสอ.”')
    .requiredOption('--host <host>', 'ชื่อโฮสต์ FTP เช่น ftp.example.go.th (ไม่ต้องมี ftp://)')
    .option('--port <n>', 'พอร์ต (ค่าเริ่มต้น 21 หรือ 990 สำหรับ implicit)', integer(1, 'พอร์ต'))
    .requiredOption('--user <name>', 'ชื่อผู้ใช้ FTP')
    .option('--tls <mode>', 'การเข้ารหัส: explicit (ค่าเริ่มต้น), implicit หรือ none', oneOf(TLS_MODES, TLS_LABELS))
    .option('--allow-plain-ftp', 'ยืนยันว่าจะใช้ FTP แบบไม่เข้ารหัส (--tls none) ทั้งที่ประกาศกำหนดให้เข้ารหัส')
    .option('--ca <file>', 'ไฟล์ใบรับรอง CA (PEM) ที่ใช้ตรวจใบรับรองของโฮสต์')
    .option('--trust-fingerprint <sha256>', 'ลายนิ้วมือ SHA-256 ของใบรับรองที่ยืนยันกับผู้ให้บริการแล้ว (ปักหมุดใบรับรองนี้)')
    .requiredOption('--remote-root <path>', 'โฟลเดอร์หลักบนโฮสต์ที่ตรงกับหน้าแรกของเว็บไซต์ เช่น /public_html')
    .requiredOption('--public-url <url>', 'ที่อยู่เว็บไซต์ของโฟลเดอร์หลัก เช่น https://www.example.go.th')
    .option('--folder-pattern <pattern>', 'รูปแบบโฟลเดอร์ (ค่าเริ่มต้น {root}/ita/{fy}/{indicator}) ตัวแทน: {root} {fy} {indicator} {category} {quarter} {requestId}')
    .option('--naming <mode>', 'การตั้งชื่อไฟล์: ascii-dated (ชื่ออังกฤษพร้อมวันที่ ค่าเริ่มต้น เพราะโฮสต์จำนวนมากทำชื่อภาษาไทยเพี้ยน) หรือ keep-name (คงชื่อไฟล์เดิม)', oneOf(FILE_NAMINGS, NAMING_LABELS))
    .option('--if-exists <policy>', 'เมื่อมีไฟล์ชื่อซ้ำ: overwrite (เขียนทับ), suffix (เพิ่มเลขต่อท้าย ค่าเริ่มต้น) หรือ fail (หยุดและแจ้ง)', oneOf(IF_EXISTS_POLICIES, IF_EXISTS_LABELS))
    .option('--takedown <mode>', 'การนำไฟล์ออกเมื่อถอนการเผยแพร่: delete (ลบ ค่าเริ่มต้น) หรือ archive (ย้ายไป --archive-folder)', oneOf(TAKEDOWN_MODES, TAKEDOWN_LABELS))
    .option('--archive-folder <path>', 'โฟลเดอร์เก็บไฟล์ที่นำออก (เมื่อ --takedown archive) เช่น /archive')
    .option('--parallel <n>', 'จำนวนการเชื่อมต่อพร้อมกัน 1–8 (ค่าเริ่มต้น 2)', integer(1, 'จำนวนการเชื่อมต่อ'))
    .option('--default', 'ตั้งเป็นโปรไฟล์หลักที่ใช้อัปโหลด')
    .option('--by <id>', TEXT.by, personId)
    .action((opts: AddOptions, command: ThaiCommand) => add(ctx, command, opts))

  profile
    .command('list')
    .description(TEXT.list)
    .action(() => list(ctx))

  profile
    .command('test')
    .description(TEXT.test)
    .argument('<ชื่อโปรไฟล์>', TEXT.profileArg)
    .action((name: string) => test(ctx, name))

  profile
    .command('trust')
    .description(TEXT.trust)
    .argument('<ชื่อโปรไฟล์>', TEXT.profileArg)
    .option('--fingerprint <sha256>', 'ลายนิ้วมือ SHA-256 ที่ยืนยันกับผู้ให้บริการแล้ว (จาก profile test)')
    .option('--ca <file>', 'ไฟล์ใบรับรอง CA (PEM)')
    .option('--system', 'กลับไปใช้ใบรับรอง CA ของระบบ (ยกเลิกการปักหมุดและ CA ที่กำหนดเอง)')
    .option('--by <id>', TEXT.by, personId)
    .action((name: string, opts: { fingerprint?: string; ca?: string; system?: boolean; by?: number }, command: ThaiCommand) => trust(ctx, command, name, opts))

  profile
    .command('remove')
    .description(TEXT.remove)
    .argument('<ชื่อโปรไฟล์>', TEXT.profileArg)
    .option('--by <id>', TEXT.by, personId)
    .action((name: string, opts: { by?: number }) => remove(ctx, name, opts))
}

function readPem(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (e) {
    throw new AppError('not-found', TEXT.readFile(file, (e as NodeJS.ErrnoException).code ?? String(e)))
  }
}

function add(ctx: CliContext, command: ThaiCommand, opts: AddOptions): void {
  if (opts.ca !== undefined && opts.trustFingerprint !== undefined) throw ctx.usageError(command, TEXT.caAndPin)
  if (opts.tls === 'none' && opts.allowPlainFtp !== true) throw ctx.usageError(command, TEXT.plainNotConfirmed)
  ctx.fieldOptions = FIELD_OPTIONS
  const caPem = opts.ca === undefined ? undefined : readPem(opts.ca)
  const input: HostProfileInput = {
    name: opts.name,
    host: opts.host,
    allowPlainFtp: opts.allowPlainFtp === true,
    username: opts.user,
    remoteRoot: opts.remoteRoot,
    publicBaseUrl: opts.publicUrl,
    isDefault: opts.default === true,
    ...(opts.tls !== undefined ? { tls: opts.tls } : {}),
    ...(opts.port !== undefined ? { port: opts.port } : {}),
    ...(opts.folderPattern !== undefined ? { folderPattern: opts.folderPattern } : {}),
    ...(opts.naming !== undefined ? { fileNaming: opts.naming } : {}),
    ...(opts.ifExists !== undefined ? { ifExists: opts.ifExists } : {}),
    ...(opts.takedown !== undefined ? { takedown: opts.takedown } : {}),
    ...(opts.archiveFolder !== undefined ? { archiveFolder: opts.archiveFolder } : {}),
    ...(opts.parallel !== undefined ? { parallelConnections: opts.parallel } : {})
  }
  const s = ctx.open('existing')
  if (opts.by !== undefined) s.people.requireActor(opts.by, [], 'เพิ่มโปรไฟล์โฮสต์')
  const trustChoice =
    caPem !== undefined ? { mode: 'ca' as const, caPem } : opts.trustFingerprint !== undefined ? { mode: 'pin' as const, sha256: opts.trustFingerprint } : undefined
  // `profile add` adds: a name already in use is refused by the service (no id given).
  const saved = s.hostProfiles.save(input, opts.by ?? null, trustChoice ? { trust: trustChoice } : {})
  if (saved.tls === 'none') ctx.warn(TEXT.plainWarning)
  ctx.print(saved, () => [`เพิ่มโปรไฟล์โฮสต์แล้ว: ${saved.name}`, describeProfile(saved), TEXT.noPasswordStored].join('\n'))
}

function trustLabel(p: HostProfile): string {
  if (p.trust === 'pin') return `ปักหมุดใบรับรอง SHA-256 ${p.pinnedSha256 ?? ''}`
  if (p.trust === 'ca') return 'ใบรับรอง CA ที่กำหนด'
  return 'ใบรับรอง CA ของระบบ'
}

function describeProfile(p: HostProfile): string {
  return fieldList([
    ['โฮสต์', `${p.host} พอร์ต ${p.port}`],
    ['การเข้ารหัส', `${p.tls} (${TLS_LABELS[p.tls]})`],
    ['ชื่อผู้ใช้', p.username],
    ['โฟลเดอร์หลัก', p.remoteRoot],
    ['ที่อยู่เว็บไซต์', p.publicBaseUrl],
    ['รูปแบบโฟลเดอร์', p.folderPattern],
    ['ชื่อไฟล์', `${p.fileNaming} (${NAMING_LABELS[p.fileNaming]})`],
    ['เมื่อชื่อซ้ำ', `${p.ifExists} (${IF_EXISTS_LABELS[p.ifExists]})`],
    ['การนำออก', p.takedown === 'archive' ? `archive → ${p.archiveFolder}` : 'delete (ลบ)'],
    ['เชื่อมต่อพร้อมกัน', String(p.parallelConnections)],
    ['ใบรับรอง', trustLabel(p)],
    ['โปรไฟล์หลัก', p.isDefault ? 'ใช่' : 'ไม่ใช่']
  ])
}

function passwordLabel(p: HostProfile): string {
  if (p.passwordStored) return p.passwordBackend === 'basic_text' ? 'บันทึกแล้ว (ไม่เข้ารหัสจริง)' : 'บันทึกแล้ว (เข้ารหัส)'
  return p.passwordInSession ? 'จำไว้ชั่วคราว' : 'ไม่ได้บันทึก'
}

function list(ctx: CliContext): void {
  const profiles = ctx.open('existing').hostProfiles.list()
  ctx.print(profiles, () =>
    profiles.length === 0
      ? TEXT.none
      : table(profiles, [
          { header: 'ชื่อ', value: (p) => `${p.name}${p.isDefault ? ' *' : ''}` },
          { header: 'โฮสต์', value: (p) => `${p.host}:${p.port}` },
          { header: 'TLS', value: (p) => p.tls },
          { header: 'ผู้ใช้', value: (p) => p.username },
          { header: 'ใบรับรอง', value: (p) => p.trust },
          { header: 'รหัสผ่าน', value: passwordLabel },
          { header: 'โฟลเดอร์หลัก → เว็บไซต์', value: (p) => `${p.remoteRoot} → ${p.publicBaseUrl}` }
        ]) + '\n* = โปรไฟล์หลัก'
  )
}

/** Reads a password from the terminal without echoing it; null when stdin is not a terminal or Ctrl-C. */
function promptHidden(question: string): Promise<string | null> {
  const input = process.stdin
  if (!input.isTTY) return Promise.resolve(null)
  // Raw mode before the question: whatever is typed after it is seen is never echoed.
  input.setRawMode(true)
  input.setEncoding('utf8')
  input.resume()
  process.stderr.write(question)
  return new Promise((resolve) => {
    let value: string[] = []
    const done = (result: string | null) => {
      input.removeListener('data', onData)
      input.setRawMode(false)
      input.pause()
      process.stderr.write('\n')
      value = []
      resolve(result)
    }
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done(value.join(''))
        if (ch === '\u0003' || ch === '\u0004') return done(null)
        if (ch === '\u007f' || ch === '\b') value.pop()
        else value.push(ch)
      }
    }
    input.on('data', onData)
  })
}

function certificateLines(c: CertificateSummary): [string, string][] {
  return [
    ['ออกให้', c.subject || '-'],
    ['ผู้ออก', `${c.issuer || '-'}${c.selfSigned ? ' (ออกให้ตัวเอง)' : ''}`],
    ['ใช้ได้', `${thaiDateTime(c.validFrom)} ถึง ${thaiDateTime(c.validTo)}`],
    ['SHA-256', c.sha256]
  ]
}

function describeTest(name: string, r: HostProfileTestResult): string {
  if (r.outcome === 'trust-needed') {
    return [r.message, '', fieldList(certificateLines(r.certificate)), '', TEXT.trustHint(name, r.certificate.sha256)].join('\n')
  }
  const trustedBy = r.trustedBy === 'pin' ? 'ใบรับรองที่ปักหมุดไว้' : r.trustedBy === 'ca' ? 'ตรวจสอบกับผู้ออกใบรับรอง (CA) ผ่าน' : 'ไม่เข้ารหัส'
  const ok = r.canWrite && r.canRemove
  return [
    ok ? `เชื่อมต่อโปรไฟล์ “${name}” สำเร็จ` : `เชื่อมต่อโปรไฟล์ “${name}” ได้ แต่เขียนหรือลบไฟล์ทดสอบไม่สำเร็จ`,
    fieldList([
      ['TLS', r.tlsVersion ?? 'ไม่เข้ารหัส'],
      ['การเชื่อถือ', trustedBy],
      ...(r.certificate ? certificateLines(r.certificate) : []),
      ['ข้อความต้อนรับ', r.greeting.split(/\r?\n/).map((l) => l.replace(/^\d{3}[- ]?/, '').trim()).filter(Boolean).join(' / ') || '-'],
      ['เขียนไฟล์ทดสอบ', `${r.canWrite ? 'ได้' : 'ไม่ได้'} (${r.remoteDir})`],
      ['ลบไฟล์ทดสอบ', r.canRemove ? 'ได้' : 'ไม่ได้']
    ]),
    ...(r.problem ? [r.problem] : [])
  ].join('\n')
}

async function test(ctx: CliContext, name: string): Promise<void> {
  const s = ctx.open('existing')
  const p = s.hostProfiles.getByName(name)
  if (p.tls === 'none') ctx.warn(TEXT.plainWarning)
  const fromEnv = ctx.io.env[PASSWORD_ENV]
  const prompt = async (): Promise<string | null> => {
    const typed = await promptHidden(TEXT.passwordPrompt(p.name, p.username, p.host))
    if (typed === null) throw new AppError('password-required', TEXT.noTerminal(p.name))
    return typed
  }
  // The password goes to this one test only: never into the register, a log or the session store.
  const result = await s.hostProfiles.test(p.id, fromEnv ? { password: fromEnv } : { prompt })
  if (result.outcome !== 'connected' || !result.canWrite || !result.canRemove) ctx.exitCode = 1
  ctx.print(result, () => describeTest(p.name, result))
}

function trust(ctx: CliContext, command: ThaiCommand, name: string, opts: { fingerprint?: string; ca?: string; system?: boolean; by?: number }): void {
  const chosen = [opts.fingerprint !== undefined, opts.ca !== undefined, opts.system === true].filter(Boolean).length
  if (chosen !== 1) throw ctx.usageError(command, TEXT.trustOne)
  ctx.fieldOptions = { sha256: '--fingerprint', caPem: '--ca' }
  const s = ctx.open('existing')
  if (opts.by !== undefined) s.people.requireActor(opts.by, [], 'ตั้งค่าการเชื่อถือใบรับรอง')
  const p = s.hostProfiles.getByName(name)
  const saved =
    opts.fingerprint !== undefined
      ? s.hostProfiles.trustCertificate(p.id, opts.fingerprint, opts.by ?? null)
      : opts.ca !== undefined
        ? s.hostProfiles.setCa(p.id, readPem(opts.ca), opts.by ?? null)
        : s.hostProfiles.setCa(p.id, null, opts.by ?? null)
  ctx.print(saved, () => `โปรไฟล์ “${saved.name}”: ${trustLabel(saved)}`)
}

function remove(ctx: CliContext, name: string, opts: { by?: number }): void {
  const s = ctx.open('existing')
  if (opts.by !== undefined) s.people.requireActor(opts.by, [], 'ลบโปรไฟล์โฮสต์')
  const p = s.hostProfiles.getByName(name)
  s.hostProfiles.remove(p.id, opts.by ?? null)
  ctx.print({ removed: true, name: p.name }, () => TEXT.removed(p.name))
}
