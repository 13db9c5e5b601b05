/**
 * `npm start` (scripts/start.mjs): where Electron's binary is missing — as on these machines — one
 * line pointing to `npm run web` and exit 1, no stack trace; where it is present, the native build,
 * electron-vite build and the binary run in that order (driven here with stand-in programs).
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { skipBecause } from './skip'
import { electronBinary, MISSING_ELECTRON_LINE } from '../../../scripts/start.mjs'

const repoRoot = resolve(__dirname, '..', '..', '..')
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function runStart(root: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const childEnv = { ...process.env }
  delete childEnv.ELECTRON_OVERRIDE_DIST_PATH
  delete childEnv.ELECTRON_RUN_AS_NODE
  Object.assign(childEnv, env)
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'start.mjs'), ...args], { cwd: root, env: childEnv, encoding: 'utf8', timeout: 60_000 })
  const lines = `${result.stdout}${result.stderr}`.split('\n').filter((line) => line.trim() !== '')
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines }
}

/** A copy of the scripts in an empty project whose electron package is as the test says. */
function fakeProject(electron: { pathTxt?: string; binary?: string } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'publish-desk-start-'))
  dirs.push(root)
  mkdirSync(join(root, 'scripts'))
  for (const file of ['start.mjs', 'electron-native.mjs']) copyFileSync(join(repoRoot, 'scripts', file), join(root, 'scripts', file))
  const pkgDir = join(root, 'node_modules', 'electron')
  mkdirSync(pkgDir, { recursive: true })
  writeFileSync(join(pkgDir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.5.0' }))
  if (electron.pathTxt !== undefined) writeFileSync(join(pkgDir, 'path.txt'), electron.pathTxt)
  if (electron.binary !== undefined) writeExecutable(join(pkgDir, 'dist', electron.binary), '#!/bin/sh\nprintf "%s\\n" "$@" > "$(dirname "$0")/../../../electron-args.txt"\necho "ELECTRON_RUN_AS_NODE=${ELECTRON_RUN_AS_NODE:-unset}" >> "$(dirname "$0")/../../../electron-args.txt"\n')
  return root
}

function writeExecutable(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, content)
  chmodSync(file, 0o755)
}

function posixOnly(ctx: { skip(note?: string): never }): void {
  if (process.platform === 'win32') skipBecause(ctx, 'the stand-in Electron and electron-vite are shell scripts')
}

function expectOneLineRefusal(run: ReturnType<typeof runStart>): void {
  expect(run.status).toBe(1)
  expect(run.lines).toEqual([MISSING_ELECTRON_LINE])
  expect(run.lines[0]).toContain('npm run web')
  expect(run.lines[0]).toMatch(/ไม่พบโปรแกรม Electron/)
  expect(run.stderr).not.toMatch(/\n\s+at |Error:/)
}

describe('npm start without the Electron binary', () => {
  it('in this repository: one line, exit 1', (ctx) => {
    const binary = electronBinary(repoRoot)
    if (binary) skipBecause(ctx, `Electron's binary is installed here (${binary}): npm start would open the app`)
    expectOneLineRefusal(runStart(repoRoot))
  })

  it('when electron never wrote path.txt (its download failed)', () => {
    expectOneLineRefusal(runStart(fakeProject()))
  })

  it('when path.txt names a binary that is not in dist/', () => {
    expectOneLineRefusal(runStart(fakeProject({ pathTxt: 'electron' })))
  })

  it('when ELECTRON_OVERRIDE_DIST_PATH points nowhere', () => {
    expectOneLineRefusal(runStart(fakeProject(), [], { ELECTRON_OVERRIDE_DIST_PATH: join(tmpdir(), 'no-such-electron-dist') }))
  })

  it('when node_modules/electron itself is missing', () => {
    const root = fakeProject()
    rmSync(join(root, 'node_modules', 'electron'), { recursive: true })
    expectOneLineRefusal(runStart(root))
  })
})

describe('npm start with a binary (stand-in programs)', () => {
  it('finds the binary the electron package names', (ctx) => {
    posixOnly(ctx)
    const root = fakeProject({ pathTxt: 'electron', binary: 'electron' })
    expect(electronBinary(root)).toBe(join(root, 'node_modules', 'electron', 'dist', 'electron'))
    expect(electronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: join(root, 'node_modules', 'electron', 'dist') })).toBe(
      join(root, 'node_modules', 'electron', 'dist', 'electron')
    )
  })

  it('stops with the native build’s own message when better-sqlite3 is not installed', (ctx) => {
    posixOnly(ctx)
    const root = fakeProject({ pathTxt: 'electron', binary: 'electron' })
    const run = runStart(root)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('node_modules/better-sqlite3 is not installed')
    expect(existsSync(join(root, 'electron-args.txt'))).toBe(false)
  })

  it('builds, then runs Electron on the project with the user’s arguments and without ELECTRON_RUN_AS_NODE', (ctx) => {
    posixOnly(ctx)
    const root = fakeProject({ pathTxt: 'electron', binary: 'electron' })
    // An Electron build of better-sqlite3 that is up to date, so the native step skips.
    const bs = join(root, 'node_modules', 'better-sqlite3')
    mkdirSync(bs)
    writeFileSync(join(bs, 'package.json'), JSON.stringify({ name: 'better-sqlite3', version: '12.11.1' }))
    const out = join(root, '.electron-native', 'better-sqlite3')
    mkdirSync(join(out, 'build', 'Release'), { recursive: true })
    writeFileSync(join(out, 'build', 'Release', 'better_sqlite3.node'), '')
    writeFileSync(join(out, 'publish-desk-build.json'), JSON.stringify({ electron: '45.5.0', betterSqlite3: '12.11.1' }))
    // A stand-in electron-vite that records that it ran.
    writeExecutable(join(root, 'node_modules', '.bin', 'electron-vite'), '#!/bin/sh\necho "$@" > "$(dirname "$0")/../../vite-ran.txt"\n')

    const run = runStart(root, ['--data-dir', '/srv/ทะเบียน'], { ELECTRON_RUN_AS_NODE: '1' })

    expect(run.status).toBe(0)
    expect(run.stdout).toContain('electron-native: up to date for Electron 45.5.0')
    expect(readFileSync(join(root, 'vite-ran.txt'), 'utf8').trim()).toBe('build')
    expect(readFileSync(join(root, 'electron-args.txt'), 'utf8').split('\n')).toEqual([root, '--data-dir', '/srv/ทะเบียน', 'ELECTRON_RUN_AS_NODE=unset', ''])
  })

  it('says so and exits 1 when electron-vite build fails, without starting Electron', (ctx) => {
    posixOnly(ctx)
    const root = fakeProject({ pathTxt: 'electron', binary: 'electron' })
    const bs = join(root, 'node_modules', 'better-sqlite3')
    mkdirSync(bs)
    writeFileSync(join(bs, 'package.json'), JSON.stringify({ name: 'better-sqlite3', version: '12.11.1' }))
    const out = join(root, '.electron-native', 'better-sqlite3')
    mkdirSync(join(out, 'build', 'Release'), { recursive: true })
    writeFileSync(join(out, 'build', 'Release', 'better_sqlite3.node'), '')
    writeFileSync(join(out, 'publish-desk-build.json'), JSON.stringify({ electron: '45.5.0', betterSqlite3: '12.11.1' }))
    writeExecutable(join(root, 'node_modules', '.bin', 'electron-vite'), '#!/bin/sh\nexit 3\n')
    const run = runStart(root)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('electron-vite build failed')
    expect(existsSync(join(root, 'electron-args.txt'))).toBe(false)
  })
})
