/**
 * better-sqlite3 for Electron. node_modules holds a build for Node (tests, CLI, `npm run web`);
 * Electron has another ABI, so scripts/electron-native.mjs (run by `npm start`) keeps a second
 * build beside it and the main process hands that file to the Database constructor
 * (`nativeBinding`). The two never overwrite each other, so nobody has to rebuild by hand.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** Must match NATIVE_DIR and bindingFile() in scripts/electron-native.mjs (a test checks it). */
export const ELECTRON_NATIVE_DIR = '.electron-native'

export function electronBindingPath(projectRoot: string): string {
  return join(projectRoot, ELECTRON_NATIVE_DIR, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')
}

/** The Electron build when it exists; otherwise undefined (better-sqlite3 then tries its own). */
export function electronNativeBinding(projectRoot: string): string | undefined {
  const file = electronBindingPath(projectRoot)
  return existsSync(file) ? file : undefined
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
