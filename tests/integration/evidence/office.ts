/**
 * LibreOffice headless as a second reader of the checklist (any filter, e.g. csv or html), with a
 * private profile per run so tests running side by side do not fight over ~/.config/libreoffice.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export { missingTools } from '../documents/render-docx/libreoffice'

export interface LibreOfficeRun {
  /** Converts `file` with the filter (`csv:…`, `html`) into `outDir`. */
  convert(file: string, filter: string, outDir: string): void
  dispose(): void
}

export function libreOfficeRun(): LibreOfficeRun {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'))
  return {
    convert(file, filter, outDir) {
      const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', filter, '--outdir', outDir, file]
      const r = spawnSync('soffice', args, { encoding: 'utf8', timeout: 120_000 })
      if (r.error) throw r.error
      if (r.status !== 0) throw new Error(`soffice ${args.join(' ')} failed (${r.status}): ${r.stderr}`)
    },
    dispose() {
      rmSync(profile, { recursive: true, force: true })
    }
  }
}
