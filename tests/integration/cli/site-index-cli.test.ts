/**
 * `publish-desk site-index` as a person or a script runs it: the real launcher in a child process
 * over a real register, writing the page to a file and uploading it to a real pure-ftpd with the
 * password from PUBLISH_DESK_FTP_PASSWORD (no terminal: no prompt).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../helpers/cli-runner'
import { startFtpsServer, type FtpsServer } from '../../helpers/ftps-server'
import { openFixture, type RegisterFixture } from '../../helpers/register-fixtures'
import { buildPublishedRegister, insertHostProfile, PUBLIC_BASE } from '../../helpers/site-index-fixtures'

let f: RegisterFixture
let server: FtpsServer
let listed = 0

const cli = (env: Record<string, string>, ...args: string[]) => runCli(f.dir, args, { env })

beforeAll(async () => {
  server = await startFtpsServer()
  f = openFixture()
  const profileId = insertHostProfile(f, { name: 'เว็บไซต์ สสอ.', host: server.host, port: server.port, username: server.user, remoteRoot: '/public_html', caPem: server.caPem(), isDefault: true })
  const other = insertHostProfile(f, { name: 'โฮสต์สำรอง', host: 'ftp2.example.go.th', port: 21, username: 'webmaster' })
  listed = buildPublishedRegister(f, profileId, other).listedFiles
}, 60_000)

afterAll(async () => {
  f?.cleanup()
  await server?.stop()
})

describe('publish-desk site-index', () => {
  it('writes the page to --out and says where', () => {
    const out = join(f.dir, 'index-2569.html')
    const run = cli({}, 'site-index', '--fy', '2569', '--out', out, '--profile', 'เว็บไซต์ สสอ.')
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`บันทึกหน้ารายการข้อมูล ปีงบประมาณ 2569 แล้ว: ${out} (${listed} ไฟล์ในรายการ`)
    const html = readFileSync(out, 'utf8')
    expect(html).toContain('<html lang="th">')
    expect(html).not.toContain('ไฟล์บนโฮสต์อื่น')
  })

  it('refuses a command line that asks for nothing, or a year that is not a BE year, with exit code 2', () => {
    const nothing = cli({}, 'site-index', '--fy', '2569')
    expect(nothing.code).toBe(2)
    expect(nothing.stderr).toContain('ระบุ --out เพื่อบันทึกเป็นไฟล์ หรือ --upload เพื่ออัปโหลดขึ้นโฮสต์')
    const ce = cli({}, 'site-index', '--fy', '2026', '--out', join(f.dir, 'x.html'))
    expect(ce.code).toBe(2)
    expect(ce.stderr).toContain('ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2569')
    expect(existsSync(join(f.dir, 'x.html'))).toBe(false)
  })

  it('without a password and without a terminal, says how to give one and uploads nothing', () => {
    const run = cli({}, 'site-index', '--fy', '2569', '--upload')
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('PUBLISH_DESK_FTP_PASSWORD')
    expect(existsSync(join(server.root, 'public_html', 'ita', '2569', 'index.html'))).toBe(false)
  })

  it('uploads with the password from the environment to the default profile, and prints JSON for scripts', () => {
    const run = cli({ PUBLISH_DESK_FTP_PASSWORD: server.password }, '--json', 'site-index', '--fy', '2569', '--upload', '--by', String(f.ids.webmaster))
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout) as { upload: { remotePath: string; publicUrl: string; items: number } }
    expect(result.upload).toMatchObject({ remotePath: '/public_html/ita/2569/index.html', publicUrl: `${PUBLIC_BASE}/ita/2569/index.html`, items: listed })
    const onServer = readFileSync(join(server.root, 'public_html', 'ita', '2569', 'index.html'), 'utf8')
    expect(onServer).toContain('ประกาศผลการจัดซื้อจัดจ้าง ไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๙')
    expect(run.stdout).not.toContain(server.password)
  })
})
