/**
 * `publish-desk upload` and `publish-desk takedown` as a script runs them: the real launcher in a
 * child process over a real register and a real pure-ftpd, the password from
 * PUBLISH_DESK_FTP_PASSWORD (no terminal, so no prompt), progress on stderr, the result on stdout,
 * exit code 1 with the Thai error on failure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../helpers/cli-runner'
import { startFtpsServer, type FtpsServer } from '../../helpers/ftps-server'
import { addProfile, approvedWith, diskSha256, onDisk, openQueueFixture, sha256, twoFiles, type QueueFixture } from './queue-fixtures'

let server: FtpsServer
let f: QueueFixture

const cli = (env: Record<string, string>, ...args: string[]) => runCli(f.dir, args, { env, timeoutMs: 90_000 })

beforeAll(async () => {
  server = await startFtpsServer()
  f = openQueueFixture()
  await addProfile(f, server, { name: 'เว็บไซต์ สสอ.', remoteRoot: '/เว็บไซต์/บรรทัดคำสั่ง' })
}, 60_000)

afterAll(async () => {
  f?.cleanup()
  await server?.stop()
})

const jobCount = (requestId: number) => (f.services.db.prepare('SELECT count(*) AS n FROM upload_job WHERE request_id = ?').get(requestId) as { n: number }).n

describe('publish-desk upload / takedown', () => {
  it('without a password and without a terminal, says how to give one and queues nothing', () => {
    const d = approvedWith(f, twoFiles('cli-none'))
    const run = cli({}, 'upload', String(d.id), '--by', String(f.ids.webmaster))
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('PUBLISH_DESK_FTP_PASSWORD')
    expect(jobCount(d.id)).toBe(0)
  })

  it('asks which webmaster acts when there are several', () => {
    const d = approvedWith(f, twoFiles('cli-who'))
    const run = cli({ PUBLISH_DESK_FTP_PASSWORD: server.password }, 'upload', String(d.id))
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('มีผู้ดูแลเว็บไซต์หลายคน')
    expect(run.stderr).toContain('--by')
  })

  it('a wrong password ends with the Thai error and exit code 1; the request stays approved', () => {
    const d = approvedWith(f, twoFiles('cli-wrong'))
    const run = cli({ PUBLISH_DESK_FTP_PASSWORD: 'wrong-password' }, 'upload', String(d.id), '--profile', 'เว็บไซต์ สสอ.', '--by', String(f.ids.webmaster))
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง')
    expect(f.services.requests.get(d.id).status).toBe('approved')
  }, 60_000)

  it('uploads with the password from the environment, prints progress on stderr and the links on stdout; takedown removes them', () => {
    const files = twoFiles('cli-ok')
    const d = approvedWith(f, files)
    const run = cli({ PUBLISH_DESK_FTP_PASSWORD: server.password }, 'upload', String(d.id), '--by', String(f.ids.webmaster))
    expect(run.code).toBe(0)
    expect(run.stderr).toContain(`อัปโหลดคำขอเลขที่ ${d.id} ขึ้นโฮสต์ “เว็บไซต์ สสอ.” (2 ไฟล์)`)
    expect(run.stderr).toContain('รายงานผลการดำเนินงาน.pdf: อัปโหลดเสร็จ')
    expect(run.stdout).toContain(`เผยแพร่คำขอเลขที่ ${d.id} แล้ว (2 ไฟล์)`)
    expect(run.stdout).toContain('/เว็บไซต์/บรรทัดคำสั่ง/ita/2569/general/ภาคผนวก ข้อมูลประกอบ.pdf')
    expect(f.services.requests.get(d.id).status).toBe('published')
    const dir = 'เว็บไซต์/บรรทัดคำสั่ง/ita/2569/general'
    expect(diskSha256(server, `${dir}/รายงานผลการดำเนินงาน.pdf`)).toBe(sha256(Buffer.from(files[0]?.contentBase64 ?? '', 'base64')))

    const early = cli({ PUBLISH_DESK_FTP_PASSWORD: server.password }, 'takedown', String(d.id), '--by', String(f.ids.webmaster))
    expect(early.code).toBe(2)
    expect(early.stderr).toContain('--reason')

    const down = cli({ PUBLISH_DESK_FTP_PASSWORD: server.password }, 'takedown', String(d.id), '--reason', 'ยกเลิกประกาศ', '--by', String(f.ids.webmaster))
    expect(down.stderr).toBe('')
    expect(down.code).toBe(0)
    expect(down.stdout).toContain(`นำคำขอเลขที่ ${d.id} ออกจากเว็บไซต์แล้ว (2 ไฟล์)`)
    expect(onDisk(server, dir)).toEqual([])
    expect(f.services.requests.get(d.id).status).toBe('withdrawn')
  }, 90_000)
})
