/**
 * The command line as a person or a script runs it: the real launcher (bin/publish-desk.mjs) in a
 * child process on a given data folder. The test runner's own PUBLISH_DESK_DATA_DIR and
 * PUBLISH_DESK_FTP_PASSWORD are dropped, so only --data-dir and what the test passes count; stdin
 * is not a terminal, so the CLI must never wait for a prompt.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { expect } from 'vitest'
import { openAppServices, type AppServices } from '../../src-main/services/app-services'
import type { Clock } from '../../src-main/services/context'
import { SEED_OFFICE, SEED_PEOPLE, type SeedRole } from './register-fixtures'

export const CLI_BIN = join(__dirname, '..', '..', 'bin', 'publish-desk.mjs')

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

export interface CliOptions {
  /** More environment for the child, e.g. PUBLISH_DESK_FTP_PASSWORD. */
  env?: Record<string, string>
  /** Default 60 s; a run that makes PDFs through LibreOffice checks may need more. */
  timeoutMs?: number
}

export function runCli(dataDir: string, args: readonly string[], options: CliOptions = {}): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env }
  delete env.PUBLISH_DESK_DATA_DIR
  delete env.PUBLISH_DESK_FTP_PASSWORD
  const r = spawnSync(process.execPath, [CLI_BIN, '--data-dir', dataDir, ...args], {
    encoding: 'utf8',
    env: { ...env, ...options.env },
    timeout: options.timeoutMs ?? 60_000,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** The run's stdout; the test fails with its stderr unless it exited 0. */
export function succeeded(run: CliRun): string {
  expect(run.code, run.stderr).toBe(0)
  return run.stdout
}

/**
 * A data folder for the CLI to work on: the seed's office and people saved (as `setup` would), then
 * whatever `fill` adds with the app's services (`people`: the seed people's ids by role), and the
 * register closed again so the CLI's own process opens it.
 */
export function seedDataDir(dataDir: string, fill: (s: AppServices, people: Record<SeedRole, number>) => void = () => undefined, clock?: Clock): void {
  const s = openAppServices({ dataDir, ...(clock ? { clock } : {}) })
  try {
    s.setup.complete({ office: SEED_OFFICE, people: Object.values(SEED_PEOPLE) })
    const saved = s.people.list()
    const idOf = (role: SeedRole): number => {
      const person = saved.find((p) => p.fullName === SEED_PEOPLE[role].fullName)
      if (!person) throw new Error(`setup did not save ${SEED_PEOPLE[role].fullName}`)
      return person.id
    }
    fill(s, { head: idOf('head'), assistant: idOf('assistant'), webmaster: idOf('webmaster'), webmaster2: idOf('webmaster2') })
  } finally {
    s.close()
  }
}

/** The outgoing register's book numbers in the order given, read from the register file itself. */
export function registeredBookNumbers(dataDir: string): string[] {
  const db = new Database(join(dataDir, 'register.sqlite3'), { readonly: true, fileMustExist: true })
  try {
    return (db.prepare('SELECT book_no FROM book_number ORDER BY id').all() as { book_no: string }[]).map((r) => r.book_no)
  } finally {
    db.close()
  }
}
