/**
 * The desktop app's ShellAdapter: Electron's save dialog, an atomic write (a half-written file
 * is never left where the person looks for it), and the file opened in its default program
 * (Word, LibreOffice or the PDF reader). Thin on purpose: the handler and its rules are tested
 * under Node with a fake adapter; this file only talks to Electron.
 */
import { dirname, extname, join } from 'node:path'
import { app, dialog, shell, type BrowserWindow } from 'electron'
import { writeFileAtomic } from '../fs/atomic-write'
import type { ShellAdapter } from '../ipc/shell-adapter'

const FILTERS: Record<string, Electron.FileFilter> = {
  '.pdf': { name: 'เอกสาร PDF', extensions: ['pdf'] },
  '.docx': { name: 'เอกสาร Word (DOCX)', extensions: ['docx'] }
}

export function electronShellAdapter(window: () => BrowserWindow | null): ShellAdapter {
  // The folder chosen last time is proposed again: offices save a batch into one folder.
  let lastFolder: string | null = null
  return {
    async saveAs(defaultName, bytes) {
      const filter = FILTERS[extname(defaultName).toLowerCase()]
      const options: Electron.SaveDialogOptions = {
        title: 'บันทึกเอกสาร',
        buttonLabel: 'บันทึก',
        defaultPath: join(lastFolder ?? app.getPath('documents'), defaultName),
        filters: filter ? [filter] : [],
        properties: ['createDirectory', 'showOverwriteConfirmation']
      }
      const owner = window()
      const chosen = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
      if (chosen.canceled || !chosen.filePath) return null
      writeFileAtomic(chosen.filePath, bytes)
      lastFolder = dirname(chosen.filePath)
      return chosen.filePath
    },
    async openPath(path) {
      // shell.openPath answers '' on success, else the system's reason.
      const reason = await shell.openPath(path)
      return reason === '' ? null : `บันทึกไฟล์แล้วที่ ${path} แต่เปิดด้วยโปรแกรมเริ่มต้นไม่ได้ (${reason}) — เปิดไฟล์จากโฟลเดอร์นั้นเอง`
    }
  }
}
