/**
 * The desktop app's ShellAdapter: Electron's save dialog and the file opened in its default
 * program (Word, Excel, LibreOffice or the PDF reader). The made file is moved to the chosen path
 * by the staging store (atomic: a half-written file is never left where the person looks for it).
 * Thin on purpose: the dialog's logic is save-dialog.ts, tested under Node with a fake dialog;
 * this file only talks to Electron.
 */
import { app, dialog, shell, type BrowserWindow } from 'electron'
import type { ShellAdapter } from '../ipc/shell-adapter'
import { desktopShell } from './save-dialog'

export function electronShellAdapter(window: () => BrowserWindow | null): ShellAdapter {
  return desktopShell({
    showSaveDialog: (options) => {
      const owner = window()
      return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options)
    },
    documentsFolder: () => app.getPath('documents'),
    openPath: (path) => shell.openPath(path)
  })
}
