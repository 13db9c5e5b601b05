/**
 * better-sqlite3 for Electron. node_modules holds a build for Node (tests, CLI, `npm run web`);
 * Electron has another ABI, so scripts/electron-native.mjs (run by `npm start`) keeps a second
 * build beside it and the main process hands that file to the Database constructor
 * (`nativeBinding`). The two never overwrite each other, so nobody has to rebuild by hand.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** Must match NATIVE_DIR, nativePaths() and STAMP_FILE in scripts/electron-native.mjs (a test checks it). */
export const ELECTRON_NATIVE_DIR = '.electron-native'
export const NATIVE_STAMP_FILE = 'publish-desk-build.json'

export function electronBindingPath(projectRoot: string): string {
  return join(projectRoot, ELECTRON_NATIVE_DIR, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')
}

/**
 * The Electron build, when running in Electron and the build was made for this very Electron
 * version; otherwise undefined, and better-sqlite3 loads its own (Node) build — which in Electron
 * fails with a load error that the start-up dialog turns into "open it with npm start".
 */
export function electronNativeBinding(projectRoot: string, electronVersion: string | undefined = process.versions.electron): string | undefined {
  if (!electronVersion) return undefined
  const file = electronBindingPath(projectRoot)
  if (!existsSync(file)) return undefined
  try {
    const stamp = JSON.parse(readFileSync(join(dirname(file), '..', '..', NATIVE_STAMP_FILE), 'utf8')) as { electron?: unknown }
    return stamp.electron === electronVersion ? file : undefined
  } catch {
    return undefined
  }
}

/** True for the errors Node gives when a .node file was built for another runtime or is missing. */
export function isNativeLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const code = (error as NodeJS.ErrnoException).code
  return (
    code === 'ERR_DLOPEN_FAILED' ||
    /NODE_MODULE_VERSION|Could not locate the bindings file|better_sqlite3\.node/.test(error.message)
  )
}
