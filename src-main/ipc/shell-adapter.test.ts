/** files:saveAndOpen over a fake desktop: what is written, what is opened, and the web refusal. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openAppServices, type AppServices } from '../services/app-services'
import { createHandlers, dispatchAsync } from './handlers'
import { safeFileName, WEB_SAVE_REFUSED, type ShellAdapter } from './shell-adapter'

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

describe('files:saveAndOpen', () => {
  let dir: string
  let services: AppServices
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'publish-desk-shell-'))
    services = openAppServices({ dataDir: dir })
  })
  afterAll(() => {
    services.close()
    rmSync(dir, { recursive: true, force: true })
  })

  function fakeDesktop(answer: string | null, openError: string | null = null) {
    const calls: { saved: { name: string; bytes: string }[]; opened: string[] } = { saved: [], opened: [] }
    const adapter: ShellAdapter = {
      saveAs: (name, bytes) => {
        calls.saved.push({ name, bytes: Buffer.from(bytes).toString('utf8') })
        return Promise.resolve(answer)
      },
      openPath: (path) => {
        calls.opened.push(path)
        return Promise.resolve(openError)
      }
    }
    return { adapter, calls }
  }
  const input = { fileName: 'sub/แบบฟอร์ม คำขอ ๑.pdf', contentBase64: Buffer.from('%PDF-1.7 test').toString('base64') }

  it('saves the decoded bytes under a safe name, then opens the saved path', async () => {
    const { adapter, calls } = fakeDesktop('/home/u/แบบฟอร์ม คำขอ ๑.pdf')
    const result = await dispatchAsync(createHandlers(services, { version: 't', shell: 'electron' }, adapter), 'files:saveAndOpen', input, undefined)
    expect(result).toEqual({ ok: true, value: { path: '/home/u/แบบฟอร์ม คำขอ ๑.pdf', openError: null } })
    expect(calls.saved).toEqual([{ name: 'แบบฟอร์ม คำขอ ๑.pdf', bytes: '%PDF-1.7 test' }])
    expect(calls.opened).toEqual(['/home/u/แบบฟอร์ม คำขอ ๑.pdf'])
  })

  it('opens nothing when the person cancels the dialog, and reports a file that would not open', async () => {
    const cancelled = fakeDesktop(null)
    expect(await dispatchAsync(createHandlers(services, { version: 't', shell: 'electron' }, cancelled.adapter), 'files:saveAndOpen', input, undefined)).toEqual({
      ok: true,
      value: { path: null, openError: null }
    })
    expect(cancelled.calls.opened).toEqual([])
    const unopened = fakeDesktop('/x/a.pdf', 'เปิดไม่ได้')
    const result = await dispatchAsync(createHandlers(services, { version: 't', shell: 'electron' }, unopened.adapter), 'files:saveAndOpen', input, undefined)
    expect(result).toEqual({ ok: true, value: { path: '/x/a.pdf', openError: 'เปิดไม่ได้' } })
  })

  it('refuses in Thai in the browser shell (the default), and refuses an empty file before the dialog', async () => {
    const web = createHandlers(services, { version: 't', shell: 'web' })
    expect(await dispatchAsync(web, 'files:saveAndOpen', input, undefined)).toEqual({ ok: false, error: { code: 'forbidden', message: WEB_SAVE_REFUSED } })
    const { adapter, calls } = fakeDesktop('/x/a.pdf')
    const empty = await dispatchAsync(createHandlers(services, { version: 't', shell: 'electron' }, adapter), 'files:saveAndOpen', { fileName: 'a.pdf', contentBase64: '' }, undefined)
    expect(empty.ok).toBe(false)
    if (!empty.ok) expect(empty.error.message).toMatch(/ไฟล์ว่าง/)
    expect(calls.saved).toEqual([])
  })
})
