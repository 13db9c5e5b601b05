/** ช่วยเหลือ › เกี่ยวกับ Publish Desk: the version and where the data lives, with a way to open it. */
import { dialog, shell, type BrowserWindow } from 'electron'
import { SHELL_TEXT } from './shell-text'

export async function showAboutDialog(parent: BrowserWindow | null, info: { version: string; dataDir: string }): Promise<void> {
  const t = SHELL_TEXT.about
  const options = {
    type: 'info' as const,
    title: t.title,
    message: t.message,
    detail: t.detail(info.version, info.dataDir),
    buttons: [t.ok, t.openDataFolder],
    defaultId: 0,
    cancelId: 0,
    noLink: true
  }
  const { response } = parent && !parent.isDestroyed() ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options)
  if (response === 1) {
    // openPath resolves to an error string (empty on success) instead of rejecting.
    const error = await shell.openPath(info.dataDir)
    if (error) console.warn(`publish-desk: could not open ${info.dataDir}: ${error}`)
  }
}
