/**
 * scripts/electron-native.mjs: when it rebuilds, which node-gyp it finds, the arguments it gives,
 * and one real node-gyp run of its copy-and-build pipeline on a tiny addon against this Node's
 * own headers (Electron's headers cannot be downloaded here; the pipeline is the same).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { skipBecause } from './skip'
import {
  buildForElectron,
  ELECTRON_HEADERS_URL,
  findNodeGyp,
  nativeBuildPlan,
  nativePaths,
  nodeGypArgs,
  STAMP_FILE
} from '../../../scripts/electron-native.mjs'
import { electronBindingPath, electronNativeBinding, NATIVE_STAMP_FILE } from '../../../src-main/electron/native-binding'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function fakeProject(versions: { electron?: string; betterSqlite3?: string } = { electron: '45.5.0', betterSqlite3: '12.11.1' }): string {
  const root = mkdtempSync(join(tmpdir(), 'publish-desk-native-'))
  dirs.push(root)
  const pkg = (name: string, version: string) => {
    mkdirSync(join(root, 'node_modules', name), { recursive: true })
    writeFileSync(join(root, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }))
  }
  if (versions.electron) pkg('electron', versions.electron)
  if (versions.betterSqlite3) pkg('better-sqlite3', versions.betterSqlite3)
  return root
}

function fakeBuild(root: string, stamp: Record<string, unknown> | string) {
  const paths = nativePaths(root)
  mkdirSync(dirname(paths.binding), { recursive: true })
  writeFileSync(paths.binding, 'not really a binary')
  writeFileSync(paths.stamp, typeof stamp === 'string' ? stamp : JSON.stringify(stamp))
  return paths
}

describe('the layout agrees with the main process', () => {
  it('puts the binding and stamp where src-main/electron/native-binding.ts looks', () => {
    const root = fakeProject()
    expect(nativePaths(root).binding).toBe(electronBindingPath(root))
    expect(STAMP_FILE).toBe(NATIVE_STAMP_FILE)
  })

  it('the main process takes the build only in Electron, and only the one made for its version', () => {
    const root = fakeProject()
    const paths = fakeBuild(root, { electron: '45.5.0', betterSqlite3: '12.11.1' })
    expect(electronNativeBinding(root, '45.5.0')).toBe(paths.binding)
    expect(electronNativeBinding(root, '46.0.0')).toBeUndefined()
    expect(electronNativeBinding(root, undefined)).toBeUndefined()
    writeFileSync(paths.stamp, '{broken')
    expect(electronNativeBinding(root, '45.5.0')).toBeUndefined()
  })
})

describe('nativeBuildPlan', () => {
  it('builds when there is no Electron build yet', () => {
    expect(nativeBuildPlan(fakeProject())).toMatchObject({ action: 'build', reason: 'no Electron build yet' })
  })

  it('skips when the build is newer than better-sqlite3 and the versions match', () => {
    const root = fakeProject()
    fakeBuild(root, { electron: '45.5.0', betterSqlite3: '12.11.1' })
    const old = new Date(Date.now() - 60_000)
    utimesSync(join(root, 'node_modules', 'better-sqlite3', 'package.json'), old, old)
    expect(nativeBuildPlan(root)).toMatchObject({ action: 'skip' })
    expect(nativeBuildPlan(root, { force: true })).toMatchObject({ action: 'build', reason: '--force' })
  })

  it('rebuilds when Electron or better-sqlite3 changed, or better-sqlite3 was reinstalled', () => {
    const root = fakeProject()
    const paths = fakeBuild(root, { electron: '44.1.0', betterSqlite3: '12.11.1' })
    expect(nativeBuildPlan(root).reason).toBe('Electron changed (44.1.0 → 45.5.0)')
    writeFileSync(paths.stamp, JSON.stringify({ electron: '45.5.0', betterSqlite3: '12.10.0' }))
    expect(nativeBuildPlan(root).reason).toBe('better-sqlite3 changed (12.10.0 → 12.11.1)')
    writeFileSync(paths.stamp, JSON.stringify({ electron: '45.5.0', betterSqlite3: '12.11.1' }))
    const old = new Date(Date.now() - 60_000)
    utimesSync(paths.binding, old, old)
    expect(nativeBuildPlan(root).reason).toBe('better-sqlite3 was reinstalled after the Electron build')
    writeFileSync(paths.stamp, 'garbage')
    expect(nativeBuildPlan(root).reason).toBe('the version stamp is unreadable')
  })

  it('fails, saying what to do, when a package is not installed', () => {
    expect(nativeBuildPlan(fakeProject({ betterSqlite3: '12.11.1' }))).toEqual({ action: 'fail', reason: 'node_modules/electron is not installed (run npm install)' })
    expect(nativeBuildPlan(fakeProject({ electron: '45.5.0' })).action).toBe('fail')
  })
})

describe('node-gyp', () => {
  it('finds npm’s own node-gyp without npm’s environment', () => {
    const found = findNodeGyp({}, process.execPath, fakeProject())
    expect(found).toMatch(/node-gyp[\\/]bin[\\/]node-gyp\.js$/)
  })

  it('prefers the one npm names for scripts', () => {
    const root = fakeProject()
    const named = join(root, 'my-node-gyp.js')
    writeFileSync(named, '')
    expect(findNodeGyp({ npm_config_node_gyp: named }, process.execPath, root)).toBe(named)
  })

  it('asks for Electron’s headers by version, kept inside .electron-native', () => {
    const paths = nativePaths('/p')
    expect(nodeGypArgs('45.5.0', paths, {})).toEqual([
      'rebuild',
      '--release',
      '--target=45.5.0',
      `--arch=${process.arch}`,
      `--dist-url=${ELECTRON_HEADERS_URL}`,
      `--devdir=${paths.headersDir}`
    ])
    expect(ELECTRON_HEADERS_URL).toBe('https://electronjs.org/headers')
    expect(nodeGypArgs('45.5.0', paths, { PUBLISH_DESK_ELECTRON_HEADERS: '/opt/electron-headers' })).toContain('--nodedir=/opt/electron-headers')
  })
})

describe('buildForElectron (real node-gyp on a tiny addon)', () => {
  // This Node's headers stand in for Electron's: installed Node keeps them in <prefix>/include/node.
  const nodeDir = join(dirname(process.execPath), '..')
  const haveHeaders = existsSync(join(nodeDir, 'include', 'node', 'common.gypi'))

  it('copies the package without its Node build, compiles the copy and stamps it', (ctx) => {
    if (!haveHeaders) skipBecause(ctx, `no Node headers in ${nodeDir}/include/node: cannot compile offline here`)
    const root = fakeProject()
    const source = join(root, 'node_modules', 'better-sqlite3')
    writeFileSync(join(source, 'binding.gyp'), JSON.stringify({ targets: [{ target_name: 'better_sqlite3', sources: ['src/addon.c'] }] }))
    mkdirSync(join(source, 'src'))
    writeFileSync(
      join(source, 'src', 'addon.c'),
      '#include <node_api.h>\nstatic napi_value init(napi_env env, napi_value exports) { return exports; }\nNAPI_MODULE(NODE_GYP_MODULE_NAME, init)\n'
    )
    mkdirSync(join(source, 'build', 'Release'), { recursive: true })
    writeFileSync(join(source, 'build', 'Release', 'node-build-marker'), 'the Node build')

    const plan = nativeBuildPlan(root)
    if (plan.action !== 'build') throw new Error(`expected a build, got ${plan.action}`)
    const lines: string[] = []
    const result = buildForElectron(root, plan, { env: { ...process.env, PUBLISH_DESK_ELECTRON_HEADERS: nodeDir }, log: (l) => lines.push(l), output: 'ignore' })

    expect(result).toEqual({ ok: true, method: 'node-gyp' })
    expect(existsSync(join(plan.paths.outDir, 'build', 'Release', 'node-build-marker'))).toBe(false)
    expect(existsSync(join(source, 'build', 'Release', 'node-build-marker'))).toBe(true)
    // It is a real addon (built for Node here, because Node's headers stood in).
    expect(createRequire(import.meta.url)(plan.paths.binding)).toEqual({})
    expect(nativeBuildPlan(root)).toMatchObject({ action: 'skip', reason: 'up to date for Electron 45.5.0' })
    expect(lines.join('\n')).toContain('compiling better-sqlite3 for Electron 45.5.0')
  }, 120_000)

  it('reports failure (no stamp) when the compiler fails', (ctx) => {
    if (!haveHeaders) skipBecause(ctx, `no Node headers in ${nodeDir}/include/node: cannot compile offline here`)
    const root = fakeProject()
    const source = join(root, 'node_modules', 'better-sqlite3')
    writeFileSync(join(source, 'binding.gyp'), JSON.stringify({ targets: [{ target_name: 'better_sqlite3', sources: ['src/addon.c'] }] }))
    mkdirSync(join(source, 'src'))
    writeFileSync(join(source, 'src', 'addon.c'), 'this is not C\n')
    const plan = nativeBuildPlan(root)
    if (plan.action !== 'build') throw new Error(`expected a build, got ${plan.action}`)
    const result = buildForElectron(root, plan, { env: { ...process.env, PUBLISH_DESK_ELECTRON_HEADERS: nodeDir }, log: () => {}, output: 'ignore' })
    expect(result).toEqual({ ok: false, reason: 'node-gyp failed (see above)' })
    expect(existsSync(plan.paths.stamp)).toBe(false)
  }, 120_000)
})

