// A stand-in for the `electron` module, preloaded with `node --require` so that src-main/index.ts
// runs under plain Node (Electron's binary cannot be downloaded here). It records what the main
// process asks of Electron, then plays a short session: the page calls IPC, a hostile page calls
// IPC, a link tries to take the window, a second instance starts, the app quits. The record is
// written as JSON to $FAKE_ELECTRON_REPORT when the process exits.
'use strict'
const Module = require('node:module')
const { EventEmitter } = require('node:events')
const { existsSync, writeFileSync } = require('node:fs')
const { pathToFileURL } = require('node:url')

const report = { calls: [], paths: {}, errorBoxes: [], windows: [], exitCode: null, session: null }
const call = (name) => report.calls.push(name)
process.on('exit', () => writeFileSync(process.env.FAKE_ELECTRON_REPORT, JSON.stringify(report, null, 2)))

const paths = { userData: process.env.FAKE_USER_DATA }
const ipcHandlers = new Map()
const permission = { request: null, check: null }
const opened = []
let playing = false

const app = new EventEmitter()
Object.assign(app, {
  isPackaged: false,
  setName: (name) => {
    call('setName')
    report.name = name
  },
  enableSandbox: () => call('enableSandbox'),
  getPath: (name) => {
    call(`getPath:${name}`)
    return paths[name]
  },
  setPath: (name, value) => {
    call(`setPath:${name}`)
    paths[name] = value
    report.paths[name] = value
  },
  getVersion: () => '0.1.0-fake',
  requestSingleInstanceLock: () => {
    call('requestSingleInstanceLock')
    return process.env.FAKE_LOCK !== 'taken'
  },
  quit: () => {
    call('quit')
    // During the played session the session itself ends the process, after its last look.
    if (!playing) setImmediate(() => process.exit(0))
  },
  exit: (code) => {
    call(`exit:${code}`)
    report.exitCode = code
    process.exit(code)
  },
  whenReady: () => {
    call('whenReady')
    setImmediate(playSession)
    return Promise.resolve()
  }
})

class BrowserWindow extends EventEmitter {
  constructor(options) {
    super()
    this.record = { options, loadFile: null, loadURL: null, focused: 0 }
    report.windows.push(this.record)
    this.webContents = new EventEmitter()
  }
  loadFile(file) {
    this.record.loadFile = file
    return Promise.resolve()
  }
  loadURL(url) {
    this.record.loadURL = url
    return Promise.resolve()
  }
  isDestroyed() {
    return false
  }
  isMinimized() {
    return false
  }
  restore() {}
  show() {}
  focus() {
    this.record.focused++
  }
}

const fake = {
  app,
  BrowserWindow,
  ipcMain: {
    handle: (channel, listener) => {
      if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
      ipcHandlers.set(channel, listener)
    },
    removeHandler: (channel) => ipcHandlers.delete(channel)
  },
  Menu: {
    buildFromTemplate: (template) => ({ template }),
    setApplicationMenu: (menu) => {
      const strip = (items) => items.map((i) => ({ label: i.label, role: i.role, type: i.type, submenu: Array.isArray(i.submenu) ? strip(i.submenu) : undefined }))
      report.menu = strip(menu.template)
    }
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (h) => (permission.request = h),
      setPermissionCheckHandler: (h) => (permission.check = h)
    }
  },
  dialog: {
    showErrorBox: (title, content) => report.errorBoxes.push({ title, content }),
    showMessageBox: () => Promise.resolve({ response: 0 })
  },
  shell: {
    openExternal: (url) => {
      opened.push(url)
      return Promise.resolve()
    },
    openPath: () => Promise.resolve('')
  }
}

const load = Module._load
Module._load = function (request, parent, isMain) {
  if (request === 'electron') return fake
  return load.call(this, request, parent, isMain)
}

async function playSession() {
  playing = true
  const window = report.windows[0]
  if (!window) return // start() failed and exited, or never ran
  const invoke = ipcHandlers.get('publish-desk:invoke')
  const pageUrl = pathToFileURL(window.loadFile).href + '#/'
  const frame = (url) => ({ senderFrame: { url, parent: null } })
  report.ipcChannels = [...ipcHandlers.keys()]
  // ipcMain.handle listeners may return promises (the handler table's dispatch is asynchronous).
  report.trusted = await invoke(frame(pageUrl), 'app:info', {}, { operatorId: null })
  report.hostile = await invoke(frame('https://evil.example/'), 'app:info', {}, { operatorId: null })
  report.noFrame = await invoke({ senderFrame: null }, 'app:info', {}, undefined)

  const contents = new EventEmitter()
  contents.setWindowOpenHandler = (h) => (contents.openHandler = h)
  app.emit('web-contents-created', {}, contents)
  let prevented = false
  contents.emit('will-navigate', { url: 'https://evil.example/phish', preventDefault: () => (prevented = true) })
  report.navigation = { prevented, windowOpen: contents.openHandler({ url: 'file:///etc/passwd' }) }

  let granted = null
  permission.request(null, 'media', (g) => (granted = g))
  report.session = { requestGranted: granted, checkGranted: permission.check(null, 'notifications') }

  app.emit('second-instance')
  app.emit('window-all-closed')
  app.emit('will-quit')
  // Let the fake browser calls settle, then see what closing left behind.
  setImmediate(() => {
    report.opened = opened
    report.ipcChannelsAfterQuit = [...ipcHandlers.keys()]
    report.walLeftAfterQuit = existsSync(`${report.trusted.value.dataDir}/register.sqlite3-wal`)
    process.exit(0)
  })
}
