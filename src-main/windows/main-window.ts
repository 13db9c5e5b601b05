/**
 * The one window. Every renderer protection of Electron's security checklist is set explicitly,
 * even where it is already the default, so a reviewer sees them in one place. The CSP is the
 * <meta> in src-renderer/index.html (a file:// page gets no response headers to carry it).
 */
import { BrowserWindow } from 'electron'
import type { AppLocation } from '../electron/trusted-url'
import { SHELL_TEXT } from './shell-text'

export interface MainWindowOptions {
  location: AppLocation
  /** out/preload/index.cjs */
  preloadFile: string
}

/** Fits a 1366×768 screen with the Windows taskbar (work area about 1366×728). */
export const WINDOW_SIZE = { width: 1280, height: 720, minWidth: 1024, minHeight: 600 } as const

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...WINDOW_SIZE,
    title: SHELL_TEXT.windowTitle,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Chromium's spellchecker downloads dictionaries; the app must work offline.
      spellcheck: false
    }
  })
  // Shown when painted, so the office PC never flashes an empty white frame.
  window.once('ready-to-show', () => window.show())
  if (options.location.kind === 'dev') void window.loadURL(options.location.url)
  else void window.loadFile(options.location.indexFile)
  return window
}

/** Brings the window forward (second instance started, or the dock icon clicked). */
export function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}
