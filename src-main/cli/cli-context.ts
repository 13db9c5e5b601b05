/**
 * What every command shares: the global options, the register (opened once, on first need), and
 * where output goes. The services are loaded only when a command needs them, so `--help` does not
 * pay for SQLite, zod and the migrations.
 */
import { existsSync } from 'node:fs'
import type { Command } from 'commander'
import { AppError } from '@shared/result'
import { dataPaths, resolveDataDir } from '../data-dir'
import type { AppServices } from '../services/app-services'
import { TH } from './cli-text'
import { UsageError, type ThaiCommand } from './thai-command'

type AppServicesModule = typeof import('../services/app-services')

export interface CliIo {
  out(text: string): void
  err(text: string): void
  env: NodeJS.ProcessEnv
}

export interface GlobalOptions {
  dataDir?: string
  json?: boolean
}

/**
 * How a command needs the register: `create` may make a new one (setting up), `existing` refuses a
 * folder without one (so a mistyped --data-dir is said, not filled), `setup` also needs the office
 * and at least one active person.
 */
export type OpenMode = 'create' | 'existing' | 'setup'

export class CliContext {
  private services: AppServices | null = null
  /** Set by a command when it ends with something other than success but not an error (audit verify). */
  exitCode = 0
  /** Which option sets each field of the service's input, to name it in field error messages. */
  fieldOptions: Record<string, string> = {}

  constructor(
    private readonly program: Command,
    readonly io: CliIo
  ) {}

  get json(): boolean {
    return this.program.opts<GlobalOptions>().json === true
  }

  get dataDir(): string {
    return resolveDataDir(this.program.opts<GlobalOptions>().dataDir, this.io.env)
  }

  open(mode: OpenMode): AppServices {
    if (this.services) return this.services
    const dataDir = this.dataDir
    if (mode !== 'create' && !existsSync(dataPaths(dataDir).database)) throw new AppError('not-found', TH.noRegister(dataDir))
    // Loaded here rather than imported at the top: see the comment at the head of this file.
    const { openAppServices } = require('../services/app-services') as AppServicesModule
    const services = openAppServices({ dataDir })
    this.services = services
    if (mode === 'setup' && !services.setup.isComplete()) {
      throw new AppError('not-found', TH.setupNeeded(services.office.get() === null, services.people.list(false).length === 0, dataDir))
    }
    return services
  }

  /** The value as JSON with --json, else the text for people. */
  print(value: unknown, human: () => string): void {
    this.io.out(this.json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`)
  }

  /** Something the person should know that is not the command's result (stderr keeps stdout clean). */
  warn(text: string): void {
    this.io.err(`${TH.warningPrefix} ${text}\n`)
  }

  usageError(command: ThaiCommand, message: string): UsageError {
    return new UsageError(message, command.commandPath())
  }

  close(): void {
    this.services?.close()
    this.services = null
  }
}
