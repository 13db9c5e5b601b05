#!/usr/bin/env node
// `npm start`: build and open the desktop app.
//   1. Is Electron's binary there? Checked by path, never by require('electron'), which throws and
//      tries to download it. Missing (as on machines without access to Electron's release server):
//      one line pointing to `npm run web`, exit 1.
//   2. better-sqlite3 for Electron (scripts/electron-native.mjs; skipped when up to date).
//   3. electron-vite build, then the Electron binary on the project (package.json "main").
// Arguments are passed to the app, e.g. `npm start -- --data-dir D:\ทะเบียน`.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const MISSING_ELECTRON_LINE =
  'ไม่พบโปรแกรม Electron ในเครื่องนี้ (ดาวน์โหลดไม่ได้) — ใช้ npm run web เพื่อเปิดโปรแกรมในเบราว์เซอร์แทน / Electron binary missing: use npm run web'

const DEFAULT_EXECUTABLE = { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' }

/** The Electron executable as the electron package would run it, or null when it is not there. */
export function electronBinary(root, env = process.env, platform = process.platform) {
  const pkgDir = join(root, 'node_modules', 'electron')
  if (!existsSync(join(pkgDir, 'package.json'))) return null
  const pathFile = join(pkgDir, 'path.txt')
  // path.txt is written by electron's install script once the download succeeded.
  let executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  // The same override the electron package honours (a binary unpacked by hand elsewhere).
  if (env.ELECTRON_OVERRIDE_DIST_PATH) executable ||= DEFAULT_EXECUTABLE[platform] ?? 'electron'
  if (!executable) return null
  const file = join(env.ELECTRON_OVERRIDE_DIST_PATH || join(pkgDir, 'dist'), executable)
  return existsSync(file) ? file : null
}

function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..')
  const electron = electronBinary(root)
  if (!electron) {
    console.error(MISSING_ELECTRON_LINE)
    return Promise.resolve(1)
  }
  const native = spawnSync(process.execPath, [join(root, 'scripts', 'electron-native.mjs')], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] })
  if (native.status !== 0) return Promise.resolve(1)

  const isWindows = process.platform === 'win32'
  const electronVite = join(root, 'node_modules', '.bin', isWindows ? 'electron-vite.cmd' : 'electron-vite')
  const build = spawnSync(electronVite, ['build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], shell: isWindows })
  if (build.status !== 0) {
    console.error('สร้างโปรแกรมไม่สำเร็จ (electron-vite build) — ดูข้อความด้านบน / electron-vite build failed')
    return Promise.resolve(1)
  }

  // ELECTRON_RUN_AS_NODE left over in a shell would start a bare Node instead of the app.
  const env = { ...process.env }
  delete env.ELECTRON_RUN_AS_NODE
  const app = spawn(electron, [root, ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit', windowsHide: false })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal))
  return new Promise((resolve) => {
    app.on('error', (error) => {
      console.error(`เปิด Electron ไม่ได้: ${error.message} — ใช้ npm run web แทน / could not run Electron`)
      resolve(1)
    })
    // A signal death is a failure too, not exit code 0.
    app.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then((code) => process.exit(code))
}
