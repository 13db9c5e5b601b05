/**
 * The Thai application menu, as a template (Menu.buildFromTemplate turns it into a menu in
 * index.ts). Built by a pure function so a test can check what a packaged app shows.
 * Standard actions use Electron roles: they work in text fields and follow the OS shortcuts.
 */
import type { MenuItemConstructorOptions } from 'electron'
import { SHELL_TEXT } from './shell-text'

export interface MenuOptions {
  /** app.isPackaged: the developer tools are offered only in a development run. */
  isPackaged: boolean
  showAbout(): void
}

export function appMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = SHELL_TEXT.menu
  const view: MenuItemConstructorOptions[] = [
    { label: t.reload, role: 'reload' },
    { type: 'separator' },
    { label: t.zoomIn, role: 'zoomIn' },
    { label: t.zoomOut, role: 'zoomOut' },
    { label: t.resetZoom, role: 'resetZoom' },
    { type: 'separator' },
    { label: t.fullScreen, role: 'togglefullscreen' }
  ]
  if (!options.isPackaged) view.push({ type: 'separator' }, { label: t.devTools, role: 'toggleDevTools' })
  return [
    { label: t.file, submenu: [{ label: t.quit, role: 'quit', accelerator: 'CmdOrCtrl+Q' }] },
    {
      label: t.edit,
      submenu: [
        { label: t.undo, role: 'undo' },
        { label: t.redo, role: 'redo' },
        { type: 'separator' },
        { label: t.cut, role: 'cut' },
        { label: t.copy, role: 'copy' },
        { label: t.paste, role: 'paste' },
        { type: 'separator' },
        { label: t.selectAll, role: 'selectAll' }
      ]
    },
    { label: t.view, submenu: view },
    { label: t.help, submenu: [{ label: t.about, click: () => options.showAbout() }] }
  ]
}
