/**
 * `site-index --fy YYYY [--out FILE] [--upload [--profile NAME]]`: the public index page of a
 * fiscal year (every published file by category and MOIT indicator), written to a file and/or put
 * on the office's host over FTPS the same atomic way as published files, at
 * {remote_root}/ita/{fy}/index.html (see services/publishing/site-index).
 *
 * The FTP password comes from PUBLISH_DESK_FTP_PASSWORD or a prompt that does not echo; it is
 * kept nowhere.
 */
import type { HostProfile } from '@shared/domain/publishing'
import type { SiteIndexFile, SiteIndexPublished } from '../services/publishing/site-index'
import type { CliContext } from './cli-context'
import { fileSize } from './format'
import { fiscalYearBE, oneOf, personId } from './options'
import type { ThaiCommand } from './thai-command'

export const PASSWORD_ENV = 'PUBLISH_DESK_FTP_PASSWORD'

interface SiteIndexOptions {
  fy: number
  out?: string
  upload?: boolean
  profile?: string
  digits?: 'thai' | 'arabic'
  by?: number
}

const TEXT = {
  description: 'สร้างหน้ารายการข้อมูลที่เผยแพร่ (index.html) ของปีงบประมาณ จัดตามหมวดและตัวชี้วัด MOIT แล้วบันทึกเป็นไฟล์ และ/หรืออัปโหลดขึ้นโฮสต์',
  fy: 'ปีงบประมาณ (พ.ศ.) เช่น 2569',
  out: 'บันทึกหน้าเป็นไฟล์ เช่น index-2569.html (เขียนทับไฟล์เดิม)',
  upload: 'อัปโหลดขึ้นโฮสต์ที่ {โฟลเดอร์หลัก}/ita/{ปีงบ}/index.html (รหัสผ่านจากตัวแปร PUBLISH_DESK_FTP_PASSWORD หรือพิมพ์เมื่อถาม)',
  profile: 'ชื่อโปรไฟล์โฮสต์ (ถ้าไม่ระบุ ใช้โปรไฟล์ค่าเริ่มต้น); ใช้กับ --out อย่างเดียวได้ เพื่อดูหน้าของโฮสต์นั้นก่อนอัปโหลด',
  digits: 'ตัวเลขไทยหรือตัวเลขอารบิก (ถ้าไม่ระบุ ใช้ค่าที่ตั้งไว้ของหน่วยงาน)',
  by: 'รหัสบุคลากรผู้สั่งอัปโหลด (บันทึกในบันทึกการใช้งาน)',
  nothingToDo: 'ระบุ --out เพื่อบันทึกเป็นไฟล์ หรือ --upload เพื่ออัปโหลดขึ้นโฮสต์ (หรือทั้งสองอย่าง)',
  prompt: (profile: string, user: string, host: string) => `รหัสผ่าน FTP ของโปรไฟล์ “${profile}” (${user}@${host}): `,
  written: (f: SiteIndexFile) => `บันทึกหน้ารายการข้อมูล ปีงบประมาณ ${f.fiscalYear} แล้ว: ${f.path} (${f.items} ไฟล์ในรายการ, ${fileSize(f.bytes)})`,
  uploaded: (p: SiteIndexPublished) =>
    `อัปโหลดหน้ารายการข้อมูล ปีงบประมาณ ${p.fiscalYear} ขึ้นโฮสต์ “${p.profileName}” แล้ว (${p.items} ไฟล์ในรายการ, ${fileSize(p.bytes)}, ตรวจด้วย${p.verifiedBy === 'size' ? 'ขนาดไฟล์' : 'ขนาดและค่าแฮช SHA-256'})\n` +
    `  ที่โฮสต์: ${p.remotePath}\n  ที่อยู่สาธารณะ: ${p.publicUrl}`
}

export function registerSiteIndexCommands(program: ThaiCommand, ctx: CliContext): void {
  program
    .command('site-index')
    .description(TEXT.description)
    .requiredOption('--fy <year>', TEXT.fy, fiscalYearBE)
    .option('--out <file>', TEXT.out)
    .option('--upload', TEXT.upload)
    .option('--profile <name>', TEXT.profile)
    .option('--digits <thai|arabic>', TEXT.digits, oneOf(['thai', 'arabic'] as const))
    .option('--by <id>', TEXT.by, personId)
    .action(function (this: ThaiCommand, opts: SiteIndexOptions) {
      return siteIndex(ctx, this, opts)
    })
}

async function siteIndex(ctx: CliContext, command: ThaiCommand, opts: SiteIndexOptions): Promise<void> {
  if (opts.out === undefined && !opts.upload) throw ctx.usageError(command, TEXT.nothingToDo)
  const s = ctx.open('setup')
  if (opts.by !== undefined) s.people.requireActor(opts.by, [], 'อัปโหลดหน้ารายการข้อมูล')
  const profile: HostProfile | null =
    opts.profile !== undefined ? s.hostProfiles.getByName(opts.profile) : opts.upload ? s.hostProfiles.requireDefault() : null
  const thaiDigits = opts.digits === undefined ? {} : { thaiDigits: opts.digits === 'thai' }
  const result: { file?: SiteIndexFile; upload?: SiteIndexPublished } = {}
  if (opts.out !== undefined) result.file = s.siteIndex.renderToFile(opts.fy, opts.out, { profileId: profile?.id ?? null, ...thaiDigits })
  if (opts.upload && profile) {
    // Before asking for the password: a profile whose public address is unusable is said first.
    s.siteIndex.target(opts.fy, profile.id)
    const fromEnv = ctx.io.env[PASSWORD_ENV]
    const password = fromEnv ? fromEnv : await s.hostProfiles.resolvePassword(profile.id, { prompt: (p) => promptHidden(TEXT.prompt(p.name, p.username, p.host)) })
    result.upload = await s.siteIndex.publish(opts.fy, profile.id, password, { actorId: opts.by ?? null, ...thaiDigits })
  }
  ctx.print(result, () => [result.file ? TEXT.written(result.file) : '', result.upload ? TEXT.uploaded(result.upload) : ''].filter(Boolean).join('\n'))
}

/**
 * Reads a line from the terminal without echoing it (the prompt goes to stderr so stdout stays
 * the command's result). Not a terminal (a script, a pipe): null, and the caller says to use the
 * environment variable.
 */
export function promptHidden(question: string): Promise<string | null> {
  const input = process.stdin
  if (!input.isTTY) return Promise.resolve(null)
  return new Promise((resolve) => {
    let typed = ''
    const finish = (value: string | null): void => {
      input.setRawMode(false)
      input.pause()
      input.removeListener('data', onData)
      process.stderr.write('\n')
      resolve(value)
    }
    const onData = (chunk: Buffer): void => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish(typed)
        if (ch === '\u0003') return finish(null)
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('')
        else if (ch >= ' ') typed += ch
      }
    }
    process.stderr.write(question)
    input.setRawMode(true)
    input.resume()
    input.on('data', onData)
  })
}
