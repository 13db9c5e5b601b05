/**
 * The Electron main process. It only wires: data directory, single-instance lock, services,
 * IPC, menu and window. Everything with logic lives in a module that is tested under Node.
 */
import { join } from 'node:path'
import { app, dialog, ipcMain, Menu, safeStorage, session, shell, type BrowserWindow } from 'electron'
import { APP_FOLDER_NAME, dataPaths, resolveDataDir } from './data-dir'
import { dataDirArgument } from './electron/command-line'
import { electronNativeBinding } from './electron/native-binding'
import { electronShellAdapter } from './electron/shell-adapter'
import { startupErrorBox } from './electron/startup-error'
import { appLocation } from './electron/trusted-url'
import { createHandlers } from './ipc/handlers'
import { registerIpc } from './ipc/register-ipc'
import { projectRoot } from './project-info'
import { openAppServices, type AppServices } from './services/app-services'
import { scheduleDailyBackups } from './services/backup/daily-schedule'
import { electronSecretStore } from './services/publishing/secrets'
import { showAboutDialog } from './windows/about-dialog'
import { appMenuTemplate } from './windows/app-menu'
import { createMainWindow, focusWindow } from './windows/main-window'
import { guardWebContents, refuseAllPermissions } from './windows/navigation-policy'

// Before anything reads a path: userData is derived from the name ("publish-desk" otherwise).
app.setName(APP_FOLDER_NAME)
app.enableSandbox()

const dataDir = resolveDataDir(dataDirArgument(process.argv), process.env, app.getPath('userData'))
// Chromium's own files (cache, lock) follow the register, so --data-dir keeps everything in one
// folder and the single-instance lock is per data directory; they sit in a subfolder, out of the
// way of the register's files.
app.setPath('userData', dataDir)
app.setPath('sessionData', dataPaths(dataDir).chromium)

const location = appLocation({
  indexFile: join(__dirname, '..', 'renderer', 'index.html'),
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
  isPackaged: app.isPackaged
})

let services: AppServices | null = null
let mainWindow: BrowserWindow | null = null
let unregisterIpc: (() => void) | null = null
let stopBackups: (() => void) | null = null

function start(): void {
  refuseAllPermissions(session.defaultSession)
  const nativeBinding = electronNativeBinding(projectRoot(__dirname))
  try {
    // FTP passwords are stored only as safeStorage encrypted them (after ready: the async API needs it).
    services = openAppServices({ dataDir, secretStore: electronSecretStore(safeStorage), ...(nativeBinding ? { nativeBinding } : {}) })
  } catch (error) {
    console.error('publish-desk: could not open the register', error)
    const box = startupErrorBox(error, dataDir)
    dialog.showErrorBox(box.title, box.message)
    app.exit(1)
    return
  }
  stopBackups = scheduleDailyBackups(services, (error) => console.error('publish-desk: automatic backup failed', error))
  const version = app.getVersion()
  unregisterIpc = registerIpc(ipcMain, createHandlers(services, { version, shell: 'electron' }, electronShellAdapter(() => mainWindow)), location)
  const menu = appMenuTemplate({
    isPackaged: app.isPackaged,
    showAbout: () => void showAboutDialog(mainWindow, { version, dataDir })
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(menu))
  mainWindow = createMainWindow({ location, preloadFile: join(__dirname, '..', 'preload', 'index.cjs') })
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

if (!app.requestSingleInstanceLock()) {
  // Another window already has this register open: it is brought forward (second-instance below).
  app.quit()
} else {
  app.on('second-instance', () => focusWindow(mainWindow))
  // Every web page the app ever creates (the window, devtools) gets the same guard.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, location, (url) => shell.openExternal(url)))
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => {
    unregisterIpc?.()
    stopBackups?.()
    services?.close()
    services = null
  })
  app.whenReady().then(start, (error: unknown) => {
    console.error('publish-desk: Electron did not start', error)
    app.exit(1)
  })
}
