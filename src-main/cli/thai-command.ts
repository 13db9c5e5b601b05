/**
 * commander's Command, speaking Thai: usage errors become one Thai line naming the command whose
 * help to read, and help headings are translated. Every subcommand is a ThaiCommand too.
 */
import { Command, Help, type ErrorOptions } from 'commander'
import { CLI_NAME, TH } from './cli-text'

/** A command line that does not fit the commands (exit code 2). */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly commandPath: string
  ) {
    super(message)
    this.name = 'UsageError'
  }
}

export class ThaiCommand extends Command {
  override createCommand(name?: string): ThaiCommand {
    return new ThaiCommand(name)
  }

  override createHelp(): Help {
    return Object.assign(new Help(), this.configureHelp(), {
      styleTitle: (title: string) => TH.helpTitles[title] ?? title
    })
  }

  /** commander reports every usage problem through here; it is thrown, never printed by commander. */
  override error(message: string, errorOptions?: ErrorOptions): never {
    throw new UsageError(translateUsageError(message, errorOptions?.code ?? ''), this.commandPath())
  }

  /** "publish-desk request add" */
  commandPath(): string {
    const names: string[] = []
    for (let c: Command | null = this; c; c = c.parent) names.unshift(c.parent ? c.name() : CLI_NAME)
    return names.join(' ')
  }
}

export function translateUsageError(message: string, code: string): string {
  const text = message.replace(/^error:\s*/, '')
  const suggestion = /\(Did you mean (.+?)\?\)/.exec(text)?.[1]
  let m: RegExpExecArray | null
  switch (code) {
    case 'commander.unknownOption':
      if ((m = /unknown option '([^']+)'/.exec(text))) return TH.unknownOption(m[1] ?? '', suggestion)
      break
    case 'commander.unknownCommand':
      if ((m = /unknown command '([^']+)'/.exec(text))) return TH.unknownCommand(m[1] ?? '', suggestion)
      break
    case 'commander.missingArgument':
      if ((m = /missing required argument '([^']+)'/.exec(text))) return TH.missingArgument(m[1] ?? '')
      break
    case 'commander.optionMissingArgument':
      if ((m = /option '([^']+)' argument missing/.exec(text))) return TH.optionMissingValue(m[1] ?? '')
      break
    case 'commander.missingMandatoryOptionValue':
      if ((m = /required option '([^']+)' not specified/.exec(text))) return TH.missingMandatoryOption(m[1] ?? '')
      break
    case 'commander.excessArguments':
      if ((m = /Expected (\d+) arguments? but got (\d+)/.exec(text))) return TH.excessArguments(Number(m[1]), Number(m[2]))
      break
    case 'commander.invalidArgument':
      if ((m = /option '([^']+)' argument '([^']*)' is invalid\. ([\s\S]*)$/.exec(text))) return TH.invalidValue(m[2] ?? '', m[1] ?? '', m[3] ?? '')
      if ((m = /command-argument value '([^']*)' is invalid for argument '([^']+)'\. ([\s\S]*)$/.exec(text))) {
        return TH.invalidValue(m[1] ?? '', `<${m[2] ?? ''}>`, m[3] ?? '')
      }
      break
  }
  return TH.usageError(text)
}
