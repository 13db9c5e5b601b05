/**
 * Made files through the handler table: every channel that makes a file stages it and answers a
 * small handle (no base64); files:saveStaged over a fake desktop copies it where the person chose
 * (again if asked), keeps it when they cancel, refuses an unknown one before any dialog, and refuses in the
 * browser shell.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StagedFileRef } from '@shared/ipc/contract'
import type { Result } from '@shared/result'
import { openFixture, requestIn, type RegisterFixture } from '../../tests/helpers/register-fixtures'
import { createHandlers, dispatchAsync } from './handlers'
import { safeFileName, WEB_SAVE_REFUSED, type ShellAdapter } from './shell-adapter'
import { STAGING_TEXT } from '../services/staging/staging-text'

describe('safeFileName', () => {
  it('keeps a Thai name and drops any folder part', () => {
    expect(safeFileName('บันทึกข้อความ นภ ๐๓๓๒-๘๗๘.docx')).toBe('บันทึกข้อความ นภ ๐๓๓๒-๘๗๘.docx')
    expect(safeFileName('../../etc/passwd')).toBe('passwd')
    expect(safeFileName('C:\\Users\\x\\แบบฟอร์ม.pdf')).toBe('แบบฟอร์ม.pdf')
  })
  it('replaces the characters Windows refuses and never gives an empty name', () => {
    expect(safeFileName('ที่ นภ 0332/878: "ด่วน"?.pdf')).toBe('878_ _ด่วน__.pdf')
    expect(safeFileName('...')).toBe('เอกสาร')
    expect(safeFileName('a\u0007b.pdf')).toBe('a_b.pdf')
  })
})

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as T
}

describe('made files are staged, and files:saveStaged saves them', () => {
  let f: RegisterFixture
  let out: string
  beforeAll(() => {
    f = openFixture()
    requestIn(f, 'published', { title: 'ขออนุญาตเผยแพร่แผนปฏิบัติการจัดซื้อจัดจ้าง' })
    out = mkdtempSync(join(tmpdir(), 'publish-desk-save-'))
  })
  afterAll(() => {
    f.cleanup()
    rmSync(out, { recursive: true, force: true })
  })

  function fakeDesktop(answer: string | null, openError: string | null = null) {
    const calls: { asked: string[]; opened: string[] } = { asked: [], opened: [] }
    const adapter: ShellAdapter = {
      chooseSavePath: (name) => {
        calls.asked.push(name)
        return Promise.resolve(answer)
      },
      openPath: (path) => {
        calls.opened.push(path)
        return Promise.resolve(openError)
      }
    }
    return { adapter, calls }
  }
  const desktop = (adapter: ShellAdapter) => createHandlers(f.services, { version: 't', shell: 'electron' }, adapter)
  const exportCsv = async (adapter: ShellAdapter) => value<{ staged: StagedFileRef; rows: number }>(await dispatchAsync(desktop(adapter), 'register:export', { format: 'csv', query: {} }, undefined))

  it('register:export answers a handle, not the bytes; the staged file holds the CSV', async () => {
    const file = await exportCsv(fakeDesktop(null).adapter)
    expect(Object.keys(file).sort()).toEqual(['fileName', 'rows', 'staged'])
    expect(file.staged).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/), fileName: expect.stringMatching(/^ทะเบียนคำขอเผยแพร่ .+\.csv$/), sizeBytes: expect.any(Number) })
    const bytes = readFileSync(f.services.staging.open(file.staged.id).path)
    expect(bytes.length).toBe(file.staged.sizeBytes)
    expect(bytes.toString('utf8')).toContain('ขออนุญาตเผยแพร่แผนปฏิบัติการจัดซื้อจัดจ้าง')
  })

  it('copies the staged file to the chosen path, then opens it; it can be saved again', async () => {
    const target = join(out, 'ทะเบียน.csv')
    const { adapter, calls } = fakeDesktop(target)
    const file = await exportCsv(adapter)
    const staged = f.services.staging.open(file.staged.id).path
    const expected = readFileSync(staged)
    const result = await dispatchAsync(desktop(adapter), 'files:saveStaged', { id: file.staged.id }, undefined)
    expect(result).toEqual({ ok: true, value: { path: target, openError: null } })
    expect(calls.asked).toEqual([file.staged.fileName])
    expect(calls.opened).toEqual([target])
    expect(readFileSync(target).equals(expected)).toBe(true)
    // Still staged: saving again asks again and writes the same bytes.
    expect(existsSync(staged)).toBe(true)
    const again = await dispatchAsync(desktop(adapter), 'files:saveStaged', { id: file.staged.id }, undefined)
    expect(again).toEqual({ ok: true, value: { path: target, openError: null } })
    expect(calls.asked).toHaveLength(2)
    expect(readFileSync(target).equals(expected)).toBe(true)
  })

  it('keeps the file staged when the person cancels, so it can still be saved; reports a file that would not open', async () => {
    const cancelled = fakeDesktop(null)
    const file = await exportCsv(cancelled.adapter)
    expect(await dispatchAsync(desktop(cancelled.adapter), 'files:saveStaged', { id: file.staged.id }, undefined)).toEqual({ ok: true, value: { path: null, openError: null } })
    expect(cancelled.calls.opened).toEqual([])
    expect(existsSync(f.services.staging.open(file.staged.id).path)).toBe(true)
    const unopened = fakeDesktop(join(out, 'b.csv'), 'เปิดไม่ได้')
    expect(await dispatchAsync(desktop(unopened.adapter), 'files:saveStaged', { id: file.staged.id }, undefined)).toEqual({ ok: true, value: { path: join(out, 'b.csv'), openError: 'เปิดไม่ได้' } })
  })

  it('refuses an unknown or malformed id before any dialog, and a place that cannot be written keeps the file', async () => {
    const { adapter, calls } = fakeDesktop(join(out, 'x.csv'))
    const unknown = await dispatchAsync(desktop(adapter), 'files:saveStaged', { id: '0'.repeat(32) }, undefined)
    expect(unknown).toEqual({ ok: false, error: { code: 'not-found', message: STAGING_TEXT.unknown } })
    const traversal = await dispatchAsync(desktop(adapter), 'files:saveStaged', { id: '../../register.sqlite3' }, undefined)
    expect(traversal.ok).toBe(false)
    if (!traversal.ok) expect(traversal.error.code).toBe('invalid-input')
    expect(calls.asked).toEqual([])

    const nowhere = fakeDesktop(join(out, 'missing-folder', 'x.csv'))
    const file = await exportCsv(nowhere.adapter)
    const refused = await dispatchAsync(desktop(nowhere.adapter), 'files:saveStaged', { id: file.staged.id }, undefined)
    expect(refused).toMatchObject({ ok: false, error: { code: 'file-refused', message: expect.stringContaining('ไม่พบโฟลเดอร์นั้น') } })
    expect(nowhere.calls.opened).toEqual([])
    expect(existsSync(f.services.staging.open(file.staged.id).path)).toBe(true)
  })

  it('refuses in Thai in the browser shell (the default adapter), keeping the file for the download', async () => {
    const web = createHandlers(f.services, { version: 't', shell: 'web' })
    const file = value<{ staged: StagedFileRef }>(await dispatchAsync(web, 'register:export', { format: 'xlsx', query: {} }, undefined))
    expect(await dispatchAsync(web, 'files:saveStaged', { id: file.staged.id }, undefined)).toEqual({ ok: false, error: { code: 'forbidden', message: WEB_SAVE_REFUSED } })
    expect(readFileSync(f.services.staging.open(file.staged.id).path).subarray(0, 2).toString('latin1')).toBe('PK')
  })
})
