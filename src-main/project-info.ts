/** Facts about the installed app that several entry points print. */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** The project root: the nearest folder above this module holding package.json. */
export function projectRoot(from = __dirname): string {
  let dir = from
  for (;;) {
    try {
      readFileSync(join(dir, 'package.json'))
      return dir
    } catch {
      const up = dirname(dir)
      if (up === dir) throw new Error('package.json not found above ' + from)
      dir = up
    }
  }
}

export function appVersion(): string {
  return (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string }).version
}
