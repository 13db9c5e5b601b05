/**
 * Where the app keeps everything it writes: one folder per user, the same one Electron's
 * `app.getPath('userData')` gives the desktop app, so the CLI and `npm run web` see the same
 * register. Overridden by `--data-dir` or PUBLISH_DESK_DATA_DIR.
 */
import { mkdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

/** Electron derives userData from the app's name; package.json's productName must match. */
export const APP_FOLDER_NAME = 'Publish Desk'
export const DATA_DIR_ENV = 'PUBLISH_DESK_DATA_DIR'

/** The per-user application-data folder Electron uses on each platform. */
export function platformUserDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  switch (platform) {
    case 'win32':
      return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME)
    case 'darwin':
      return join(home, 'Library', 'Application Support', APP_FOLDER_NAME)
    default:
      return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_FOLDER_NAME)
  }
}

/** The data directory: an explicit choice first, then the environment, then the platform's. */
export function resolveDataDir(explicit?: string, env: NodeJS.ProcessEnv = process.env, fallback = platformUserDataDir()): string {
  const chosen = explicit ?? env[DATA_DIR_ENV] ?? fallback
  return resolve(chosen)
}

/** The layout inside the data directory: one place names every file the app writes. */
export function dataPaths(dataDir: string) {
  return {
    root: dataDir,
    database: join(dataDir, 'register.sqlite3'),
    attachments: join(dataDir, 'attachments'),
    backups: join(dataDir, 'backups'),
    tmp: join(dataDir, 'tmp'),
    /** Electron's own session files (cache, lock): the desktop app keeps them here too. */
    chromium: join(dataDir, 'chromium')
  }
}
export type DataPaths = ReturnType<typeof dataPaths>

export function ensureDataDir(dataDir: string): DataPaths {
  const paths = dataPaths(dataDir)
  for (const dir of [paths.root, paths.attachments, paths.backups, paths.tmp]) mkdirSync(dir, { recursive: true })
  return paths
}
