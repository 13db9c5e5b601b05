/**
 * `publish-desk`: the register from the command line, for scripting, backups and checks, over the
 * same services as the app. Exit codes: 0 done, 1 refused by the register (or a failed check),
 * 2 a command line that does not fit the commands.
 */
import { CommanderError } from 'commander'
import { AppError } from '@shared/result'
import { appVersion } from '../project-info'
import { registerAuditCommands } from './audit-commands'
import { registerBackupCommands } from './backup-commands'
import { registerCatalogCommands } from './catalog-commands'
import { CliContext, type CliIo } from './cli-context'
import { CLI_NAME, TH } from './cli-text'
import { registerDocCommands } from './doc-commands'
import { registerEvidenceCommands } from './evidence-commands'
import { registerSiteIndexCommands } from './site-index-commands'
import { registerOfficeCommands } from './office-commands'
import { registerPersonCommands } from './person-commands'
import { registerProfileCommands } from './profile-commands'
import { registerRequestCommands } from './request-commands'
import { registerRegisterIoCommands } from './register-io-commands'
import { registerReportCommands } from './report-commands'
import { ThaiCommand, UsageError } from './thai-command'
import { registerUploadCommands } from './upload-commands'

export const EXIT = { ok: 0, refused: 1, usage: 2 } as const

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env
}

export function buildProgram(io: CliIo): { program: ThaiCommand; ctx: CliContext } {
  const program = new ThaiCommand(CLI_NAME)
  // Settings made before `.command()` are inherited by every subcommand.
  program
    .description(TH.programDescription)
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .helpOption('-h, --help', TH.helpOption)
    .helpCommand('help [command]', TH.helpCommand)
    .showSuggestionAfterError(true)
    .version(appVersion(), '-V, --version', TH.versionOption)
    .option('--data-dir <dir>', TH.dataDirOption)
    .option('--json', TH.jsonOption)
  const ctx = new CliContext(program, io)
  registerOfficeCommands(program, ctx)
  registerPersonCommands(program, ctx)
  registerRequestCommands(program, ctx)
  registerCatalogCommands(program, ctx)
  registerAuditCommands(program, ctx)
  registerBackupCommands(program, ctx)
  registerDocCommands(program, ctx)
  registerRegisterIoCommands(program, ctx)
  registerReportCommands(program, ctx)
  registerProfileCommands(program, ctx)
  registerEvidenceCommands(program, ctx)
  registerSiteIndexCommands(program, ctx)
  registerUploadCommands(program, ctx)
  return { program, ctx }
}

/** Runs one command line (`argv` as in process.argv) and gives the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const { program, ctx } = buildProgram(io)
  try {
    await program.parseAsync([...argv], { from: 'node' })
    return ctx.exitCode
  } catch (error) {
    return report(error, ctx)
  } finally {
    ctx.close()
  }
}

function report(error: unknown, ctx: CliContext): number {
  const line = (text: string) => ctx.io.err(`${text}\n`)
  if (error instanceof UsageError) {
    line(`${TH.errorPrefix} ${error.message} — ${TH.seeHelp(error.commandPath)}`)
    return EXIT.usage
  }
  if (error instanceof CommanderError) {
    // --help and --version end here with 0; a group called without its subcommand printed its help.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage
  }
  if (error instanceof AppError) {
    line(`${TH.errorPrefix} ${error.message}`)
    for (const [field, message] of Object.entries(error.fields ?? {})) {
      if (message !== error.message) line(`  ${ctx.fieldOptions[field] ?? field}: ${message}`)
    }
    return EXIT.refused
  }
  const detail = error instanceof Error ? error.message : String(error)
  line(`${TH.errorPrefix} ${TH.internalError(detail)}`)
  if (ctx.io.env.PUBLISH_DESK_DEBUG && error instanceof Error && error.stack) line(error.stack)
  return EXIT.refused
}
