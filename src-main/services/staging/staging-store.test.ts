/**
 * The staging store on real folders: a made file written once under a random id, copied whole to
 * where the person chose (same disk and across disks) as often as asked, refused for an id it did
 * not make, dropped when it expires or the store grows past its limit, and swept when a crashed
 * run left it.
 */
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { refusal, refusalNow } from '../../../tests/helpers/refusals'
import { AppError } from '@shared/result'
import { StagingStore } from './staging-store'
import { STAGING_TEXT } from './staging-text'

/** Every file under `dir`, relative to it. */
function tree(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => statSync(join(dir, p)).isFile())
    .sort()
}


describe('StagingStore', () => {
  let dir: string
  let root: string
  const open: StagingStore[] = []
  const store = (options: ConstructorParameters<typeof StagingStore>[1] = {}, at = root) => {
    const s = new StagingStore(at, options)
    open.push(s)
    return s
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'publish-desk-staging-'))
    root = join(dir, 'data', 'tmp', 'staging')
  })
  afterEach(() => {
    for (const s of open.splice(0)) s.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('writes the made file once under a random id in its own folder, and gives a small handle', () => {
    const s = store()
    const bytes = Buffer.from('\uFEFFเลขที่,เรื่อง\r\n1,ขออนุญาตเผยแพร่\r\n', 'utf8')
    const ref = s.put('ทะเบียนคำขอเผยแพร่ 25 ธ.ค. 2568.csv', bytes)
    expect(ref).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/), fileName: 'ทะเบียนคำขอเผยแพร่ 25 ธ.ค. 2568.csv', sizeBytes: bytes.length })
    // One file, named by the id only, and no temporary file beside it.
    expect(tree(root)).toEqual([join(relative(root, s.folder), ref.id)])
    expect(readFileSync(s.open(ref.id).path).equals(bytes)).toBe(true)
    expect(s.put('อีกไฟล์.pdf', Buffer.from('%PDF-1.7')).id).not.toBe(ref.id)
  })

  it('stages a file the caller writes as it goes: written beside, renamed into place whole', async () => {
    const s = store()
    const seen: string[][] = []
    const ref = await s.putWritten('ทะเบียนคำขอเผยแพร่ 25 ธ.ค. 2568.xlsx', async (path) => {
      expect(existsSync(path)).toBe(false)
      for (let i = 0; i < 3; i++) {
        appendFileSync(path, `ส่วนที่ ${i}\n`)
        await new Promise<void>((resolve) => setImmediate(resolve))
        // While it is written only the temporary file is there: no file under an id yet.
        seen.push(tree(s.folder))
      }
    })
    const expected = Buffer.from('ส่วนที่ 0\nส่วนที่ 1\nส่วนที่ 2\n', 'utf8')
    expect(ref).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/), fileName: 'ทะเบียนคำขอเผยแพร่ 25 ธ.ค. 2568.xlsx', sizeBytes: expected.length })
    expect(seen).toEqual([[`.${ref.id}.tmp`], [`.${ref.id}.tmp`], [`.${ref.id}.tmp`]])
    expect(tree(root)).toEqual([join(relative(root, s.folder), ref.id)])
    expect(readFileSync(s.open(ref.id).path).equals(expected)).toBe(true)
  })

  it('stages nothing, and leaves nothing, when the writing fails halfway or writes nothing', async () => {
    const s = store()
    const kept = s.put('ก่อน.csv', Buffer.from('a'))
    const own = new AppError('invalid-input', 'ตัวกรองไม่ถูกต้อง')
    const passed = await refusal(
      s.putWritten('a.csv', async (path) => {
        writeFileSync(path, 'ครึ่งไฟล์')
        throw own
      })
    )
    expect(passed).toBe(own)
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
    const diskFull = await refusal(
      s.putWritten('b.xlsx', async (path) => {
        writeFileSync(path, 'PK')
        throw full
      })
    )
    expect(diskFull.message).toBe(STAGING_TEXT.stageFailed('พื้นที่ดิสก์เต็ม'))
    expect((await refusal(s.putWritten('c.csv', async (path) => writeFileSync(path, '')))).message).toBe(STAGING_TEXT.empty)
    const database = Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' })
    await expect(s.putWritten('e.csv', () => Promise.reject(database))).rejects.toBe(database)
    const bug = new TypeError('x is not a function')
    await expect(s.putWritten('d.csv', () => Promise.reject(bug))).rejects.toBe(bug)
    expect(tree(s.folder)).toEqual([kept.id])
  })

  it('never lets a file name become a path: names are cleaned for the dialog, files are stored by id', () => {
    const s = store()
    const names = ['../../../register.sqlite3', '..\\..\\evil.csv', '/etc/passwd', 'a/../../b.pdf', 'C:\\Windows\\win.ini', '..', 'ที่ นภ 0332/878: "ด่วน"?.pdf']
    const refs = names.map((n) => s.put(n, Buffer.from('x')))
    expect(refs.map((r) => r.fileName)).toEqual(['register.sqlite3', 'evil.csv', 'passwd', 'b.pdf', 'win.ini', 'เอกสาร', '878_ _ด่วน__.pdf'])
    // Everything written is inside the store's folder, under the ids; nothing beside the data folder.
    expect(tree(root)).toEqual(refs.map((r) => join(relative(root, s.folder), r.id)).sort())
    expect(readdirSync(dir)).toEqual(['data'])
    expect(readdirSync(join(dir, 'data'))).toEqual(['tmp'])
  })

  it('refuses an id it did not make: made up, malformed, a path, or from another store', () => {
    const s = store()
    const other = store({}, join(dir, 'other-data', 'tmp', 'staging'))
    const foreign = other.put('a.pdf', Buffer.from('%PDF')).id
    s.put('b.pdf', Buffer.from('%PDF'))
    for (const id of ['0'.repeat(32), foreign, '', 'ABCDEF0123456789ABCDEF0123456789', '../../register.sqlite3', `${foreign}/../x`]) {
      const e = refusalNow(() => s.open(id))
      expect(e.code, id).toBe('not-found')
      expect(e.message).toBe(STAGING_TEXT.unknown)
      expect(() => s.saveTo(id, join(dir, 'out.pdf')), id).toThrow(STAGING_TEXT.unknown)
    }
    expect(existsSync(join(dir, 'out.pdf'))).toBe(false)
    // The other store still has its own.
    expect(other.open(foreign).ref.fileName).toBe('a.pdf')
  })

  it('refuses an empty file', () => {
    expect(refusalNow(() => store().put('a.csv', Buffer.alloc(0))).message).toBe(STAGING_TEXT.empty)
  })

  it('copies the file to the chosen path, replacing an older file whole; it can be saved again', () => {
    const s = store()
    const bytes = Buffer.from('%PDF-1.7 ใหม่')
    const ref = s.put('a.pdf', bytes)
    const stagedPath = s.open(ref.id).path
    const target = join(dir, 'เอกสารของฉัน', 'บันทึกข้อความ.pdf')
    mkdirSync(join(dir, 'เอกสารของฉัน'))
    writeFileSync(target, 'old content that is longer than the new one, so a partial overwrite would show')
    s.saveTo(ref.id, target)
    expect(readFileSync(target).equals(bytes)).toBe(true)
    expect(readdirSync(join(dir, 'เอกสารของฉัน'))).toEqual(['บันทึกข้อความ.pdf'])
    // Still staged: a second copy elsewhere (the yearly set's "save all" after one file).
    expect(existsSync(stagedPath)).toBe(true)
    s.saveTo(ref.id, join(dir, 'again.pdf'))
    expect(readFileSync(join(dir, 'again.pdf')).equals(bytes)).toBe(true)
  })

  const shm = '/dev/shm'
  const otherDisk = existsSync(shm) && statSync(shm).dev !== statSync(tmpdir()).dev
  it.skipIf(!otherDisk)(`saves across disks by a copy beside the target, flushed then renamed (skipped when ${shm} is not another file system)`, () => {
    const s = store()
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 7, 'ก')
    const ref = s.put('ทะเบียน.csv', bytes)
    const stagedPath = s.open(ref.id).path
    const folder = mkdtempSync(join(shm, 'publish-desk-save-'))
    try {
      const target = join(folder, 'ทะเบียน.csv')
      writeFileSync(target, 'old')
      s.saveTo(ref.id, target)
      expect(readFileSync(target).equals(bytes)).toBe(true)
      // No temporary name left beside it; the staged file stays for another save.
      expect(readdirSync(folder)).toEqual(['ทะเบียน.csv'])
      expect(existsSync(stagedPath)).toBe(true)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })

  it('keeps the file when the chosen place cannot be written, says why in Thai, and saves it on the next try', () => {
    const s = store()
    const bytes = Buffer.from('%PDF-1.7')
    const ref = s.put('a.pdf', bytes)
    const missing = refusalNow(() => s.saveTo(ref.id, join(dir, 'no-such-folder', 'a.pdf')))
    expect(missing.code).toBe('file-refused')
    expect(missing.message).toBe(STAGING_TEXT.saveFailed(join(dir, 'no-such-folder', 'a.pdf'), 'ไม่พบโฟลเดอร์นั้น'))
    // A folder of that name is there: it is neither replaced nor filled.
    mkdirSync(join(dir, 'a.pdf'))
    writeFileSync(join(dir, 'a.pdf', 'inside.txt'), 'keep')
    expect(refusalNow(() => s.saveTo(ref.id, join(dir, 'a.pdf'))).message).toMatch(/^บันทึกไฟล์ที่ .* ไม่สำเร็จ \(มีโฟลเดอร์ชื่อเดียวกันอยู่แล้ว\)/)
    expect(readFileSync(join(dir, 'a.pdf', 'inside.txt'), 'utf8')).toBe('keep')
    s.saveTo(ref.id, join(dir, 'b.pdf'))
    expect(readFileSync(join(dir, 'b.pdf')).equals(bytes)).toBe(true)
  })

  it('removes a file past its age, and the oldest when the store grows past its limit', () => {
    let now = 1_000_000
    const s = store({ now: () => now, maxAgeMs: 60_000 })
    const forgotten = s.put('b.csv', Buffer.from('b'))
    const forgottenPath = s.open(forgotten.id).path
    now += 60_001
    expect(refusalNow(() => s.open(forgotten.id)).message).toBe(STAGING_TEXT.unknown)
    expect(existsSync(forgottenPath)).toBe(false)
    // A new file sweeps any other that expired meanwhile.
    const old = s.put('c.csv', Buffer.from('c'))
    now += 60_001
    const fresh = s.put('d.csv', Buffer.from('d'))
    expect(tree(s.folder)).toEqual([fresh.id])
    expect(refusalNow(() => s.open(old.id)).message).toBe(STAGING_TEXT.unknown)

    const small = store({ maxTotalBytes: 10 })
    const first = small.put('a.csv', Buffer.alloc(6, 'a'))
    const second = small.put('b.csv', Buffer.alloc(4, 'b'))
    expect(tree(small.folder).sort()).toEqual([first.id, second.id].sort())
    const third = small.put('c.csv', Buffer.alloc(5, 'c'))
    expect(tree(small.folder).sort()).toEqual([second.id, third.id].sort())
    // Alone over the limit, the newest still stays.
    const big = small.put('d.csv', Buffer.alloc(20, 'd'))
    expect(tree(small.folder)).toEqual([big.id])
  })

  it('removes its folder when closed', () => {
    const s = new StagingStore(root)
    s.put('a.pdf', Buffer.from('%PDF'))
    expect(existsSync(s.folder)).toBe(true)
    s.close()
    expect(existsSync(s.folder)).toBe(false)
  })

  it('at start-up removes what finished processes left, and keeps the folders of running ones', () => {
    mkdirSync(root, { recursive: true })
    const dead = join(root, '4000001-0badc0de')
    const running = join(root, '4000002-0badc0de')
    const mineBefore = join(root, `${process.pid}-00000000`)
    for (const folder of [dead, running, mineBefore]) {
      mkdirSync(folder)
      writeFileSync(join(folder, 'f'.repeat(32)), 'x'.repeat(1000))
      // A crash in the middle of a write leaves a temporary file too.
      writeFileSync(join(folder, `.${'f'.repeat(32)}.1234.abcd.tmp`), 'x')
    }
    writeFileSync(join(root, 'stray.txt'), 'x')
    const isAlive = (pid: number) => pid === 4000002
    const sibling = store({ isAlive })
    sibling.put('kept.pdf', Buffer.from('%PDF'))
    // A second store opening on the same data folder in this process (tests do) sweeps too.
    store({ isAlive })
    // The dead process's folder, this pid's folder from an earlier run and the stray file are gone;
    // the running process's and the open sibling store's (same process, same data folder) stay.
    expect(readdirSync(root).sort()).toEqual([relative(root, running), relative(root, sibling.folder)].sort())
  })
})
