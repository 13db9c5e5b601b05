/**
 * The desktop app's save flow with a fake Electron dialog (the binary cannot run here): what the
 * dialog is asked, the folder proposed again, what its answer becomes, and a whole save of an
 * evidence checklist through the handler table into the chosen folder.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SaveDialogOptions } from 'electron'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StagedFileRef } from '@shared/ipc/contract'
import { openFixture, type RegisterFixture } from '../../tests/helpers/register-fixtures'
import { createHandlers, dispatchAsync } from '../ipc/handlers'
import { desktopShell, type DesktopPort } from './save-dialog'

/** A dialog that answers from a list and records what it was asked. */
function fakePort(answers: (string | null)[], openReason = '') {
  const asked: SaveDialogOptions[] = []
  const opened: string[] = []
  const port: DesktopPort = {
    showSaveDialog: (options) => {
      asked.push(options)
      const answer = answers.shift() ?? null
      return Promise.resolve(answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer })
    },
    documentsFolder: () => '/home/webmaster/Documents',
    openPath: (path) => {
      opened.push(path)
      return Promise.resolve(openReason)
    }
  }
  return { port, asked, opened }
}

describe('desktopShell (Electron’s dialog faked)', () => {
  it('proposes the name in Documents first, then in the folder chosen last, with a filter for the type', async () => {
    const { port, asked } = fakePort(['/srv/งานเว็บ/ปีงบ 2569/บันทึก.pdf', null, '/srv/อื่น/a.csv'])
    const shell = desktopShell(port)
    expect(await shell.chooseSavePath('บันทึกข้อความ นภ ๐๓๓๒-๘๗๘.pdf')).toBe('/srv/งานเว็บ/ปีงบ 2569/บันทึก.pdf')
    expect(await shell.chooseSavePath('ทะเบียนคำขอเผยแพร่.xlsx')).toBeNull()
    expect(await shell.chooseSavePath('ทะเบียนคำขอเผยแพร่.csv')).toBe('/srv/อื่น/a.csv')
    expect(asked.map((o) => o.defaultPath)).toEqual([
      '/home/webmaster/Documents/บันทึกข้อความ นภ ๐๓๓๒-๘๗๘.pdf',
      '/srv/งานเว็บ/ปีงบ 2569/ทะเบียนคำขอเผยแพร่.xlsx',
      // A cancelled dialog does not move the proposal.
      '/srv/งานเว็บ/ปีงบ 2569/ทะเบียนคำขอเผยแพร่.csv'
    ])
    expect(asked.map((o) => o.filters)).toEqual([
      [{ name: 'เอกสาร PDF', extensions: ['pdf'] }],
      [{ name: 'สมุดงาน Excel (XLSX)', extensions: ['xlsx'] }],
      [{ name: 'ไฟล์ CSV', extensions: ['csv'] }]
    ])
    expect(asked[0]).toMatchObject({ title: 'บันทึกไฟล์', buttonLabel: 'บันทึก', properties: ['createDirectory', 'showOverwriteConfirmation'] })
  })

  it('treats an empty answer as cancelled, and a type it has no filter for gets none', async () => {
    const asked: SaveDialogOptions[] = []
    const shell = desktopShell({
      showSaveDialog: (o) => {
        asked.push(o)
        return Promise.resolve({ canceled: false, filePath: '' })
      },
      documentsFolder: () => '/d',
      openPath: () => Promise.resolve('')
    })
    expect(await shell.chooseSavePath('ชุดเอกสาร.zip')).toBeNull()
    expect(asked[0]?.filters).toEqual([])
  })

  it('says in Thai where the file is when the default program would not open it', async () => {
    expect(await desktopShell(fakePort([]).port).openPath('/d/a.pdf')).toBeNull()
    expect(await desktopShell(fakePort([], 'No application is registered').port).openPath('/d/a.pdf')).toBe(
      'บันทึกไฟล์แล้วที่ /d/a.pdf แต่เปิดด้วยโปรแกรมเริ่มต้นไม่ได้ (No application is registered) — เปิดไฟล์จากโฟลเดอร์นั้นเอง'
    )
  })
})

describe('a made file saved through the desktop flow', () => {
  let f: RegisterFixture
  let out: string
  beforeAll(() => {
    f = openFixture()
    out = mkdtempSync(join(tmpdir(), 'publish-desk-dialog-'))
  })
  afterAll(() => {
    f.cleanup()
    rmSync(out, { recursive: true, force: true })
  })

  it('the evidence checklist goes to the folder the dialog chose, whole, and is opened there', async () => {
    const target = join(out, 'รายการตรวจ.xlsx')
    const { port, asked, opened } = fakePort([target])
    const table = createHandlers(f.services, { version: 't', shell: 'electron' }, desktopShell(port))
    const made = await dispatchAsync(table, 'evidence:checklist', { indicatorCode: 'MOIT 1', period: { kind: 'round', fiscalYear: 2569, months: 6 }, format: 'xlsx' }, { operatorId: f.ids.webmaster })
    if (!made.ok) throw new Error(made.error.message)
    const { staged } = made.value as { staged: StagedFileRef }
    const bytes = readFileSync(f.services.staging.open(staged.id).path)
    expect(await dispatchAsync(table, 'files:saveStaged', { id: staged.id }, undefined)).toEqual({ ok: true, value: { path: target, openError: null } })
    expect(asked[0]?.defaultPath).toBe(`/home/webmaster/Documents/${staged.fileName}`)
    expect(readFileSync(target).equals(bytes)).toBe(true)
    expect(bytes.length).toBe(staged.sizeBytes)
    expect(opened).toEqual([target])
    // Still staged, for another save until it expires or the app closes.
    expect(existsSync(join(f.services.staging.folder, staged.id))).toBe(true)
  })
})
