/**
 * The desktop app's own command-line options. Electron's argv also carries the binary, the app
 * folder and Chromium switches, so util.parseArgs (strict about unknown options) does not fit:
 * this reads just the one option and ignores the rest.
 */

/** The value of `--data-dir DIR` or `--data-dir=DIR`, the last one winning; undefined when absent. */
export function dataDirArgument(argv: readonly string[]): string | undefined {
  let found: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--') break
    if (arg === '--data-dir') {
      const next = argv[i + 1]
      if (next !== undefined && next !== '' && !next.startsWith('--')) {
        found = next
        i++
      }
    } else if (arg?.startsWith('--data-dir=')) {
      const value = arg.slice('--data-dir='.length)
      if (value !== '') found = value
    }
  }
  return found
}
