// Types of scripts/electron-native.mjs for the tests that import it.
export declare const NATIVE_DIR: string
export declare const STAMP_FILE: string
export declare const ELECTRON_HEADERS_URL: string
export declare const FAILURE_LINE: string

export interface NativePaths {
  sourceDir: string
  outDir: string
  binding: string
  stamp: string
  headersDir: string
}
export interface InstalledVersions {
  electron: string | null
  betterSqlite3: string | null
}
export type NativeBuildPlan =
  | { action: 'fail'; reason: string }
  | { action: 'build' | 'skip'; reason: string; versions: { electron: string; betterSqlite3: string }; paths: NativePaths }

export declare function projectRootOf(scriptUrl: string): string
export declare function nativePaths(root: string): NativePaths
export declare function installedVersions(root: string): InstalledVersions
export declare function nativeBuildPlan(root: string, options?: { force?: boolean }): NativeBuildPlan
export declare function findNodeGyp(env?: NodeJS.ProcessEnv, execPath?: string, root?: string): string | null
export declare function nodeGypArgs(electronVersion: string, paths: NativePaths, env?: NodeJS.ProcessEnv): string[]
export declare function buildForElectron(
  root: string,
  plan: Extract<NativeBuildPlan, { action: 'build' | 'skip' }>,
  options?: { env?: NodeJS.ProcessEnv; log?: (line: string) => void; output?: 'inherit' | 'ignore' }
): { ok: true; method: 'prebuild-install' | 'node-gyp' } | { ok: false; reason: string }
