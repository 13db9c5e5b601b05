/**
 * What electron-vite builds from the shell, checked as built: the preload is one sandbox-safe file
 * that requires nothing but `electron` and exposes exactly `window.publishDesk.invoke`; the main
 * bundle starts under the stand-in Electron and finds its preload and page where it put them.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const repoRoot = resolve(__dirname, '..', '..', '..')
// Inside the project, so the main bundle resolves better-sqlite3 and zod from node_modules.
const cacheDir = join(repoRoot, 'node_modules', '.cache')
let workDir = ''
let out = ''

beforeAll(() => {
  mkdirSync(cacheDir, { recursive: true })
  workDir = mkdtempSync(join(cacheDir, 'publish-desk-shell-'))
  out = join(workDir, 'out')
  const build = spawnSync(
    join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite'),
    ['build', '-c', join(__dirname, 'shell-only.vite.config.ts'), '--logLevel', 'warn'],
    { cwd: repoRoot, env: { ...process.env, PUBLISH_DESK_SHELL_OUT: out }, encoding: 'utf8', shell: process.platform === 'win32', timeout: 120_000 }
  )
  if (build.status !== 0) throw new Error(`electron-vite build failed:\n${build.stdout}\n${build.stderr}`)
}, 120_000)

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true })
})

describe('out/preload/index.cjs', () => {
  it('requires nothing but electron (a sandboxed preload cannot load anything else)', () => {
    const code = readFileSync(join(out, 'preload', 'index.cjs'), 'utf8')
    const required = [...code.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1])
    expect(required).toEqual(['electron'])
    expect(code).not.toMatch(/\bimport\s*\(|\bimport\s+[\w{*]/)
  })

  it('exposes exactly one object with one method, which forwards to the one IPC channel', async () => {
    const code = readFileSync(join(out, 'preload', 'index.cjs'), 'utf8')
    const exposed: { key: string; api: Record<string, unknown> }[] = []
    const invoked: unknown[][] = []
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.push({ key, api }) },
      ipcRenderer: { invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve({ ok: true, value: 'pong' })) }
    }
    const fakeRequire = (name: string) => {
      if (name !== 'electron') throw new Error(`the preload required ${name}`)
      return fakeElectron
    }
    const module = { exports: {} }
    new Function('require', 'module', 'exports', code)(fakeRequire, module, module.exports)

    expect(exposed.map((e) => e.key)).toEqual(['publishDesk'])
    const api = exposed[0]!.api
    expect(Object.keys(api)).toEqual(['invoke'])
    const invoke = api.invoke as (channel: string, input: unknown, meta?: unknown) => Promise<unknown>
    await expect(invoke('requests:get', { id: 7 }, { operatorId: 2 })).resolves.toEqual({ ok: true, value: 'pong' })
    expect(invoked).toEqual([['publish-desk:invoke', 'requests:get', { id: 7 }, { operatorId: 2 }]])
  })
})

describe('out/main/index.js', () => {
  it('starts under the stand-in Electron and loads the built preload and page', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'publish-desk-bundle-'))
    try {
      const reportFile = join(tmp, 'report.json')
      const env: NodeJS.ProcessEnv = { ...process.env, FAKE_ELECTRON_REPORT: reportFile, FAKE_USER_DATA: join(tmp, 'user-data') }
      delete env.PUBLISH_DESK_DATA_DIR
      delete env.ELECTRON_RENDERER_URL
      const run = spawnSync(process.execPath, ['--require', join(__dirname, 'fake-electron.cjs'), join(out, 'main', 'index.js'), '--data-dir', join(tmp, 'data')], {
        cwd: repoRoot,
        env,
        encoding: 'utf8',
        timeout: 60_000
      })
      expect(run.status).toBe(0)
      const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
        windows: { loadFile: string; options: { webPreferences: { preload: string; sandbox: boolean } } }[]
        trusted: { ok: boolean; value: { dataDir: string } }
      }
      const window = report.windows[0]!
      expect(window.loadFile).toBe(join(out, 'renderer', 'index.html'))
      expect(window.options.webPreferences.preload).toBe(join(out, 'preload', 'index.cjs'))
      expect(existsSync(window.options.webPreferences.preload)).toBe(true)
      expect(window.options.webPreferences.sandbox).toBe(true)
      expect(report.trusted).toMatchObject({ ok: true, value: { dataDir: join(tmp, 'data') } })
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
  })
})
