/**
 * `publish-desk profile …` run as a person runs it (the real launcher in a child process) against
 * a real pure-ftpd with TLS required on 127.0.0.1: adding profiles trusted by pin, by CA and by
 * nobody yet; `profile test` with the password from PUBLISH_DESK_FTP_PASSWORD; the certificate
 * shown and then trusted; plain FTP only when insisted on; and the password written nowhere.
 */
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HostProfile, HostProfileTestResult } from '@shared/domain/publishing'
import { CLI_BIN, runCli, succeeded, type CliRun } from '../../helpers/cli-runner'
import { makeTempDir, removeDir } from '../../helpers/register-fixtures'
import { startFtpsServer, type FtpsServer } from '../../helpers/ftps-server'

let server: FtpsServer
let root: string
let dataDir: string

function cli(args: string[], password?: string): CliRun {
  return runCli(dataDir, args, { timeoutMs: 40_000, ...(password !== undefined ? { env: { PUBLISH_DESK_FTP_PASSWORD: password } } : {}) })
}

function ok(run: CliRun): string {
  expect(run.stderr, 'stderr').toBe('')
  return succeeded(run)
}

const serverArgs = (name: string, ...more: string[]) => [
  'profile', 'add', '--name', name, '--host', server.host, '--port', String(server.port), '--user', server.user,
  '--remote-root', '/', '--public-url', 'https://www.sbr-sso.example', ...more
]

beforeAll(async () => {
  server = await startFtpsServer()
  root = makeTempDir('publish-desk-cli-profile-')
  dataDir = join(root, 'data')
  ok(cli(['office', 'set', '--name', 'สำนักงานสาธารณสุขอำเภอศรีบุญเรือง', '--short-name', 'สสอ.ศรีบุญเรือง', '--district', 'ศรีบุญเรือง', '--province', 'หนองบัวลำภู', '--book-prefix', 'นภ ๐๓๓๒', '--unit-line', 'สสอ.ศรีบุญเรือง']))
})

afterAll(async () => {
  if (root) removeDir(root)
  await server?.stop()
})

describe('publish-desk profile', { timeout: 120_000 }, () => {
  it('adds a profile pinned to the certificate the person confirmed, and tests it with the password from the environment', () => {
    const added = ok(cli(serverArgs('เว็บไซต์หลัก', '--trust-fingerprint', server.fingerprint().toLowerCase(), '--default')))
    expect(added).toContain('เพิ่มโปรไฟล์โฮสต์แล้ว: เว็บไซต์หลัก')
    expect(added).toContain(`ปักหมุดใบรับรอง SHA-256 ${server.fingerprint()}`)
    expect(added).toContain('รหัสผ่านไม่ถูกบันทึก')

    const run = cli(['profile', 'test', 'เว็บไซต์หลัก'], server.password)
    const out = ok(run)
    expect(out).toContain('เชื่อมต่อโปรไฟล์ “เว็บไซต์หลัก” สำเร็จ')
    expect(out).toMatch(/TLS:\s+TLSv1\.[23]/)
    expect(out).toContain('Pure-FTPd')
    expect(out).toContain(server.fingerprint())
    expect(out).toMatch(/เขียนไฟล์ทดสอบ:\s+ได้ \(\/\)/)
    expect(out).toMatch(/ลบไฟล์ทดสอบ:\s+ได้/)
    expect(readdirSync(server.root).filter((n) => n.startsWith('.publishdesk-test'))).toEqual([])
    expect(run.stdout + run.stderr).not.toContain(server.password)
  })

  it('gives the test result as JSON for scripts', () => {
    const result = JSON.parse(ok(cli(['--json', 'profile', 'test', 'เว็บไซต์หลัก'], server.password))) as HostProfileTestResult
    expect(result).toMatchObject({ outcome: 'connected', trustedBy: 'pin', canWrite: true, canRemove: true })
  })

  it('shows an unverified certificate with the command that trusts it, then passes once trusted', () => {
    ok(cli(serverArgs('ยังไม่เชื่อถือ')))
    const first = cli(['profile', 'test', 'ยังไม่เชื่อถือ'], server.password)
    expect(first.code).toBe(1)
    expect(first.stdout).toContain('ยังไม่ได้ส่งรหัสผ่าน')
    expect(first.stdout).toContain('CN=127.0.0.1')
    expect(first.stdout).toContain(`profile trust "ยังไม่เชื่อถือ" --fingerprint ${server.fingerprint()}`)

    const trusted = ok(cli(['profile', 'trust', 'ยังไม่เชื่อถือ', '--fingerprint', server.fingerprint()]))
    expect(trusted).toContain('ปักหมุดใบรับรอง')
    expect(ok(cli(['profile', 'test', 'ยังไม่เชื่อถือ'], server.password))).toContain('สำเร็จ')
  })

  it('trusts a CA given as a file', () => {
    const caFile = join(root, 'server-ca.pem')
    writeFileSync(caFile, server.caPem())
    ok(cli(serverArgs('ด้วย CA', '--ca', caFile)))
    expect(ok(cli(['profile', 'test', 'ด้วย CA'], server.password))).toContain('ตรวจสอบกับผู้ออกใบรับรอง (CA) ผ่าน')
    const bad = cli(serverArgs('CA เสีย', '--ca', join(root, 'missing.pem')))
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('เปิดไฟล์')
    const both = cli(serverArgs('ทั้งสองแบบ', '--ca', caFile, '--trust-fingerprint', server.fingerprint()))
    expect(both.code).toBe(2)
    expect(both.stderr).toContain('เลือกได้อย่างเดียว')
  })

  it('asks for the password when none is given and there is no terminal to type it on', () => {
    const run = cli(['profile', 'test', 'เว็บไซต์หลัก'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('PUBLISH_DESK_FTP_PASSWORD')
    expect(run.stdout).toBe('')
  })

  it('asks for the password on a terminal without echoing it (a real pseudo-terminal through script(1))', async () => {
    // script(1) (Debian's essential bsdutils) runs the CLI on a pseudo-terminal and relays our
    // input to it; the password is typed only once the prompt is on the screen, as a person would.
    const env: NodeJS.ProcessEnv = { ...process.env }
    delete env.PUBLISH_DESK_FTP_PASSWORD
    delete env.PUBLISH_DESK_DATA_DIR
    const command = [process.execPath, CLI_BIN, '--data-dir', dataDir, 'profile', 'test', 'เว็บไซต์หลัก'].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ')
    const child = spawn('script', ['-qec', command, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'pipe'] })
    let screen = ''
    let typed = false
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      screen += chunk
      if (!typed && screen.includes('ไม่แสดงขณะพิมพ์')) {
        typed = true
        child.stdin.write(`${server.password}\r`)
      }
    })
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('exit', resolve)
      child.once('error', (e) => reject(new Error(`script(1) did not start (bsdutils): ${e.message}`)))
    })
    expect(typed, screen).toBe(true)
    expect(screen).toContain('เชื่อมต่อโปรไฟล์ “เว็บไซต์หลัก” สำเร็จ')
    expect(screen).not.toContain(server.password)
    expect(code).toBe(0)
  })

  it('says so when the password is wrong', () => {
    const run = cli(['profile', 'test', 'เว็บไซต์หลัก'], 'not-the-password')
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง')
  })

  it('takes plain FTP only with --allow-plain-ftp, warning that the announcement requires encryption', () => {
    const refused = cli(serverArgs('ไม่เข้ารหัส', '--tls', 'none'))
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('--allow-plain-ftp')
    const added = cli(serverArgs('ไม่เข้ารหัส', '--tls', 'none', '--allow-plain-ftp'))
    expect(added.code).toBe(0)
    expect(added.stderr).toContain('ประกาศกำหนดให้ใช้การเข้ารหัส')
    // This server requires TLS: the test is refused and says what to change.
    const tested = cli(['profile', 'test', 'ไม่เข้ารหัส'], server.password)
    expect(tested.code).toBe(1)
    expect(tested.stderr).toContain('หมายเหตุ: โปรไฟล์นี้ใช้ FTP แบบไม่เข้ารหัส')
    expect(tested.stderr).toContain('รับเฉพาะการเชื่อมต่อแบบเข้ารหัส')
  })

  it('lists and removes profiles', () => {
    const listed = JSON.parse(ok(cli(['--json', 'profile', 'list']))) as HostProfile[]
    expect(listed.map((p) => p.name).sort()).toEqual(['ด้วย CA', 'ไม่เข้ารหัส', 'ยังไม่เชื่อถือ', 'เว็บไซต์หลัก'].sort())
    expect(listed.find((p) => p.isDefault)?.name).toBe('เว็บไซต์หลัก')
    expect(listed.every((p) => !p.passwordStored && !p.passwordInSession)).toBe(true)
    expect(ok(cli(['profile', 'list']))).toContain('เว็บไซต์หลัก *')
    expect(ok(cli(['profile', 'remove', 'ไม่เข้ารหัส']))).toContain('ลบโปรไฟล์ “ไม่เข้ารหัส” แล้ว')
    expect(cli(['profile', 'remove', 'ไม่เข้ารหัส']).stderr).toContain('ไม่พบโปรไฟล์โฮสต์ชื่อ “ไม่เข้ารหัส”')
  })

  it('wrote the password nowhere: not in the register, its journal, the audit log or any file of the data folder', () => {
    const needle = Buffer.from(server.password)
    const files: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name)
        if (statSync(path).isDirectory()) walk(path)
        else files.push(path)
      }
    }
    walk(dataDir)
    expect(files.some((f) => f.endsWith('register.sqlite3'))).toBe(true)
    for (const file of files) expect(readFileSync(file).includes(needle), file).toBe(false)
    const db = new Database(join(dataDir, 'register.sqlite3'), { readonly: true })
    try {
      const audit = db.prepare('SELECT detail FROM audit_log').all() as { detail: string }[]
      expect(audit.some((a) => a.detail.includes(server.password))).toBe(false)
      const secrets = db.prepare('SELECT count(*) AS n FROM host_profile WHERE password_secret IS NOT NULL').get() as { n: number }
      expect(secrets.n).toBe(0)
    } finally {
      db.close()
    }
    expect(existsSync(join(dataDir, 'register.sqlite3'))).toBe(true)
  })
})
