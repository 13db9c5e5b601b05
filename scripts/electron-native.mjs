#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI beside the Node build, so that neither `npm test`
// (Node) nor `npm start` (Electron) ever needs a manual rebuild:
//   node_modules/better-sqlite3/build/Release/better_sqlite3.node            ← Node (npm install)
//   .electron-native/better-sqlite3/build/Release/better_sqlite3.node        ← Electron (this script)
// The main process passes the second one to the Database constructor (`nativeBinding`).
//
// How: copy the installed package, then, inside the copy, do what better-sqlite3's own install
// does, but for Electron: try its published prebuilt binary (prebuild-install), else compile
// with node-gyp against Electron's headers. Skipped when the build exists, is newer than the
// installed better-sqlite3 and was made for the same Electron and better-sqlite3 versions.
//
// Usage: node scripts/electron-native.mjs [--force]
// Env:   PUBLISH_DESK_ELECTRON_HEADERS=DIR   compile against local headers (node-gyp --nodedir)
//        instead of downloading them (for offline machines).
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** Must match ELECTRON_NATIVE_DIR and electronBindingPath() in src-main/electron/native-binding.ts. */
export const NATIVE_DIR = '.electron-native'
export const STAMP_FILE = 'publish-desk-build.json'
export const ELECTRON_HEADERS_URL = 'https://electronjs.org/headers'

export const projectRootOf = (scriptUrl) => join(dirname(fileURLToPath(scriptUrl)), '..')

export function nativePaths(root) {
  const outDir = join(root, NATIVE_DIR, 'better-sqlite3')
  return {
    sourceDir: join(root, 'node_modules', 'better-sqlite3'),
    outDir,
    binding: join(outDir, 'build', 'Release', 'better_sqlite3.node'),
    stamp: join(outDir, STAMP_FILE),
    headersDir: join(root, NATIVE_DIR, 'headers')
  }
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'))

/** Installed versions, or null for a package that is not there. */
export function installedVersions(root) {
  const version = (name) => {
    const file = join(root, 'node_modules', name, 'package.json')
    return existsSync(file) ? readJson(file).version : null
  }
  return { electron: version('electron'), betterSqlite3: version('better-sqlite3') }
}

/** Whether a build is needed, and why (the reason is printed). */
export function nativeBuildPlan(root, { force = false } = {}) {
  const paths = nativePaths(root)
  const versions = installedVersions(root)
  if (!versions.electron) return { action: 'fail', reason: 'node_modules/electron is not installed (run npm install)' }
  if (!versions.betterSqlite3) return { action: 'fail', reason: 'node_modules/better-sqlite3 is not installed (run npm install)' }
  const build = (reason) => ({ action: 'build', reason, versions, paths })
  if (force) return build('--force')
  if (!existsSync(paths.binding)) return build('no Electron build yet')
  if (!existsSync(paths.stamp)) return build('the existing build has no version stamp')
  let stamp
  try {
    stamp = readJson(paths.stamp)
  } catch {
    return build('the version stamp is unreadable')
  }
  if (stamp.electron !== versions.electron) return build(`Electron changed (${stamp.electron} → ${versions.electron})`)
  if (stamp.betterSqlite3 !== versions.betterSqlite3) return build(`better-sqlite3 changed (${stamp.betterSqlite3} → ${versions.betterSqlite3})`)
  // A reinstall of the same version (npm ci) also means the copy may be stale.
  if (statSync(paths.binding).mtimeMs < statSync(join(paths.sourceDir, 'package.json')).mtimeMs) {
    return build('better-sqlite3 was reinstalled after the Electron build')
  }
  return { action: 'skip', reason: `up to date for Electron ${versions.electron}`, versions, paths }
}

/**
 * npm's own node-gyp: npm ships it and sets npm_config_node_gyp for scripts. Looked up by path, not
 * installed: the project does not depend on it.
 */
export function findNodeGyp(env = process.env, execPath = process.execPath, root = process.cwd()) {
  const candidates = []
  if (env.npm_config_node_gyp) candidates.push(env.npm_config_node_gyp)
  const local = resolveFrom(root, 'node-gyp/bin/node-gyp.js')
  if (local) candidates.push(local)
  if (env.npm_execpath) candidates.push(join(dirname(env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'))
  const nodeDir = dirname(execPath)
  candidates.push(
    join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(nodeDir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')
  )
  return candidates.find((file) => file.endsWith('.js') && existsSync(file)) ?? null
}

/** The node-gyp arguments for an Electron build (exported for the test). */
export function nodeGypArgs(electronVersion, paths, env = process.env) {
  const args = ['rebuild', '--release', `--target=${electronVersion}`, `--arch=${process.arch}`]
  if (env.PUBLISH_DESK_ELECTRON_HEADERS) args.push(`--nodedir=${env.PUBLISH_DESK_ELECTRON_HEADERS}`)
  else args.push(`--dist-url=${ELECTRON_HEADERS_URL}`, `--devdir=${paths.headersDir}`)
  return args
}

function resolveFrom(dir, request) {
  try {
    return createRequire(join(dir, 'package.json')).resolve(request)
  } catch {
    return null
  }
}

function run(command, args, cwd, env = process.env, output = 'inherit') {
  const result = spawnSync(command, args, { cwd, env, stdio: ['ignore', output, output] })
  return result.status === 0
}

export function buildForElectron(root, plan, { env = process.env, log = console.log, output = 'inherit' } = {}) {
  const { paths, versions } = plan
  rmSync(paths.outDir, { recursive: true, force: true })
  mkdirSync(dirname(paths.outDir), { recursive: true })
  // The copy leaves out the Node build, so nothing of it can end up in the Electron one.
  const nodeBuild = join(paths.sourceDir, 'build')
  cpSync(paths.sourceDir, paths.outDir, {
    recursive: true,
    filter: (src) => src !== nodeBuild && !src.startsWith(nodeBuild + sep)
  })

  let method = null
  const prebuild = resolveFrom(paths.sourceDir, 'prebuild-install/bin.js')
  if (prebuild && !env.PUBLISH_DESK_ELECTRON_HEADERS) {
    log(`electron-native: trying the prebuilt better-sqlite3 ${versions.betterSqlite3} for Electron ${versions.electron}…`)
    const args = [prebuild, '--runtime=electron', `--target=${versions.electron}`, `--arch=${process.arch}`, `--platform=${process.platform}`]
    if (run(process.execPath, args, paths.outDir, env, output) && existsSync(paths.binding)) method = 'prebuild-install'
  }
  if (!method) {
    const nodeGyp = findNodeGyp(env, process.execPath, root)
    if (!nodeGyp) return { ok: false, reason: 'node-gyp not found (it comes with npm)' }
    log(`electron-native: compiling better-sqlite3 for Electron ${versions.electron} with ${nodeGyp}…`)
    if (!run(process.execPath, [nodeGyp, ...nodeGypArgs(versions.electron, paths, env)], paths.outDir, env, output) || !existsSync(paths.binding)) {
      return { ok: false, reason: 'node-gyp failed (see above)' }
    }
    method = 'node-gyp'
  }
  writeFileSync(paths.stamp, JSON.stringify({ electron: versions.electron, betterSqlite3: versions.betterSqlite3, method, builtAt: new Date().toISOString() }, null, 2) + '\n')
  return { ok: true, method }
}

export const FAILURE_LINE =
  'สร้าง better-sqlite3 สำหรับ Electron ไม่สำเร็จ — ครั้งแรกต้องต่ออินเทอร์เน็ต หรือมี Python 3 กับตัวคอมไพล์ C++ (บน Windows คือ Visual Studio Build Tools) แล้วสั่ง npm start อีกครั้ง / ' +
  'Could not build better-sqlite3 for Electron: needs the network once, or Python 3 and a C++ toolchain'

function main() {
  const root = projectRootOf(import.meta.url)
  const plan = nativeBuildPlan(root, { force: process.argv.includes('--force') })
  if (plan.action === 'fail') {
    console.error(`electron-native: ${plan.reason}`)
    return 1
  }
  if (plan.action === 'skip') {
    console.log(`electron-native: ${plan.reason}`)
    return 0
  }
  console.log(`electron-native: building (${plan.reason})`)
  const result = buildForElectron(root, plan)
  if (!result.ok) {
    console.error(`electron-native: ${result.reason}`)
    console.error(FAILURE_LINE)
    return 1
  }
  console.log(`electron-native: ${relative(root, plan.paths.binding)} built with ${result.method}`)
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(main())
