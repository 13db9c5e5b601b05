/**
 * The desktop app's save flow without Electron in it: what the save dialog is asked (title,
 * proposed folder and name, a filter for the file's type) and what its answer becomes. Electron's
 * dialog and shell are passed in (shell-adapter.ts), so this runs under Node with a fake dialog in
 * the tests. The file itself is moved by the staging store once a path is chosen.
 */
import { dirname, extname, join } from 'node:path'
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron'
import type { ShellAdapter } from '../ipc/shell-adapter'

/** What the flow needs of Electron: its save dialog, the Documents folder, shell.openPath. */
export interface DesktopPort {
  showSaveDialog(options: SaveDialogOptions): Promise<Pick<SaveDialogReturnValue, 'canceled' | 'filePath'>>
  documentsFolder(): string
  /** shell.openPath: '' on success, else the system's reason. */
  openPath(path: string): Promise<string>
}

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.pdf': { name: 'เอกสาร PDF', extensions: ['pdf'] },
  '.docx': { name: 'เอกสาร Word (DOCX)', extensions: ['docx'] },
  '.xlsx': { name: 'สมุดงาน Excel (XLSX)', extensions: ['xlsx'] },
  '.csv': { name: 'ไฟล์ CSV', extensions: ['csv'] }
}

export function desktopShell(port: DesktopPort): ShellAdapter {
  // The folder chosen last time is proposed again: offices save a batch into one folder.
  let lastFolder: string | null = null
  return {
    async chooseSavePath(defaultName) {
      const filter = FILTERS[extname(defaultName).toLowerCase()]
      const chosen = await port.showSaveDialog({
        title: 'บันทึกไฟล์',
        buttonLabel: 'บันทึก',
        defaultPath: join(lastFolder ?? port.documentsFolder(), defaultName),
        filters: filter ? [filter] : [],
        properties: ['createDirectory', 'showOverwriteConfirmation']
      })
      if (chosen.canceled || !chosen.filePath) return null
      lastFolder = dirname(chosen.filePath)
      return chosen.filePath
    },
    async openPath(path) {
      const reason = await port.openPath(path)
      return reason === '' ? null : `บันทึกไฟล์แล้วที่ ${path} แต่เปิดด้วยโปรแกรมเริ่มต้นไม่ได้ (${reason}) — เปิดไฟล์จากโฟลเดอร์นั้นเอง`
    }
  }
}
