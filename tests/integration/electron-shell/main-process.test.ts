/**
 * src-main/index.ts, the real wiring, under plain Node with a stand-in `electron` module
 * (fake-electron.cjs): data directory, single-instance lock, services on a real SQLite file, the
 * IPC handler with its sender check, the window's settings, the Thai menu, the guards, quitting.
 * What only the real binary can show (the window itself) is left to a machine that has it.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { SHELL_TEXT } from '../../../src-main/windows/shell-text'

const repoRoot = resolve(__dirname, '..', '..', '..')
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

interface MenuItemRecord {
  label?: string
  role?: string
  submenu?: MenuItemRecord[]
}
interface Report {
  calls: string[]
  name: string
  paths: Record<string, string>
  errorBoxes: { title: string; content: string }[]
  windows: { options: { minWidth: number; minHeight: number; webPreferences: Record<string, unknown> }; loadFile: string | null; focused: number }[]
  exitCode: number | null
  menu?: MenuItemRecord[]
  ipcChannels?: string[]
  trusted?: { ok: boolean; value: { dataDir: string; shell: string; version: string } }
  hostile?: { ok: boolean; error: { code: string; message: string } }
  noFrame?: { ok: boolean }
  navigation?: { prevented: boolean; windowOpen: { action: string } }
  session?: { requestGranted: boolean; checkGranted: boolean }
  opened?: string[]
  ipcChannelsAfterQuit?: string[]
  walLeftAfterQuit?: boolean
}

function runMain(options: { args?: string[]; env?: NodeJS.ProcessEnv } = {}) {
  const tmp = mkdtempSync(join(tmpdir(), 'publish-desk-main-'))
  dirs.push(tmp)
  const reportFile = join(tmp, 'report.json')
  const userData = join(tmp, 'user-data')
  // tsx takes the @shared alias from the tsconfig it is given (tsconfig.json only references others).
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TSX_TSCONFIG_PATH: join(repoRoot, 'tsconfig.node.json'),
    FAKE_ELECTRON_REPORT: reportFile,
    FAKE_USER_DATA: userData,
    ...options.env
  }
  if (!options.env?.PUBLISH_DESK_DATA_DIR) delete env.PUBLISH_DESK_DATA_DIR
  delete env.ELECTRON_RENDERER_URL
  const result = spawnSync(
    process.execPath,
    ['--require', join(__dirname, 'fake-electron.cjs'), '--import', 'tsx', join(repoRoot, 'src-main', 'index.ts'), ...(options.args ?? [])],
    { cwd: repoRoot, env, encoding: 'utf8', timeout: 60_000 }
  )
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report
  return { tmp, userData, status: result.status, stderr: result.stderr, report }
}

describe('the main process, wired', () => {
  it('opens the register in --data-dir and serves the page through one checked IPC channel', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'publish-desk-data-'))
    dirs.push(tmp)
    const dataDir = join(tmp, 'ทะเบียน สสอ')
    const { status, report, stderr } = runMain({ args: ['--data-dir', dataDir] })
    expect(stderr).not.toMatch(/Error/)
    expect(status).toBe(0)

    // The name is set before anything reads userData; the sandbox is enabled for every renderer.
    expect(report.name).toBe('Publish Desk')
    expect(report.calls.indexOf('setName')).toBeLessThan(report.calls.indexOf('getPath:userData'))
    expect(report.calls).toContain('enableSandbox')
    expect(report.paths).toEqual({ userData: dataDir, sessionData: join(dataDir, 'chromium') })

    expect(report.ipcChannels).toEqual(['publish-desk:invoke'])
    expect(report.trusted).toMatchObject({ ok: true, value: { dataDir, shell: 'electron', version: '0.1.0-fake' } })
    expect(report.hostile).toEqual({ ok: false, error: { code: 'forbidden', message: SHELL_TEXT.ipc.untrustedSender } })
    expect(report.noFrame?.ok).toBe(false)

    const window = report.windows[0]
    expect(report.windows).toHaveLength(1)
    // Paths are relative to the main module: run from source here (src-main/), from out/main/ when
    // built, where they name out/renderer/index.html and out/preload/index.cjs.
    expect(window?.loadFile).toBe(join(repoRoot, 'renderer', 'index.html'))
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      preload: join(repoRoot, 'preload', 'index.cjs')
    })
    expect(window?.options.minWidth).toBeLessThanOrEqual(1366)
    expect(window?.options.minHeight).toBeLessThanOrEqual(728)

    expect(report.menu?.map((m) => m.label)).toEqual(['แฟ้ม', 'แก้ไข', 'มุมมอง', 'ช่วยเหลือ'])
    expect(report.navigation).toEqual({ prevented: true, windowOpen: { action: 'deny' } })
    expect(report.opened).toEqual(['https://evil.example/phish'])
    expect(report.session).toEqual({ requestGranted: false, checkGranted: false })
    expect(window?.focused).toBe(1)

    // Quitting removed the handler and closed the database (SQLite drops the WAL file on close).
    expect(report.ipcChannelsAfterQuit).toEqual([])
    expect(report.walLeftAfterQuit).toBe(false)
  })

  it('uses PUBLISH_DESK_DATA_DIR, else the userData folder', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'publish-desk-data-'))
    dirs.push(tmp)
    const fromEnv = runMain({ env: { PUBLISH_DESK_DATA_DIR: join(tmp, 'env-dir') } })
    expect(fromEnv.report.trusted?.value.dataDir).toBe(join(tmp, 'env-dir'))
    const fallback = runMain()
    expect(fallback.report.trusted?.value.dataDir).toBe(fallback.userData)
  })

  it('quits without opening anything when another instance holds the lock', () => {
    const { status, report } = runMain({ env: { FAKE_LOCK: 'taken' } })
    expect(status).toBe(0)
    expect(report.calls).toContain('quit')
    expect(report.calls).not.toContain('whenReady')
    expect(report.windows).toEqual([])
  })

  it('shows the Thai “newer database” box and exits when the register comes from a newer version', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'publish-desk-data-'))
    dirs.push(tmp)
    mkdirSync(tmp, { recursive: true })
    const db = new Database(join(tmp, 'register.sqlite3'))
    db.pragma('user_version = 9999')
    db.close()
    const { status, report } = runMain({ args: [`--data-dir=${tmp}`] })
    expect(status).toBe(1)
    expect(report.exitCode).toBe(1)
    expect(report.windows).toEqual([])
    expect(report.errorBoxes).toHaveLength(1)
    expect(report.errorBoxes[0]?.title).toBe(SHELL_TEXT.startup.databaseTooNewTitle)
    expect(report.errorBoxes[0]?.content).toMatch(/รุ่นที่ใหม่กว่า/)
  })
})
