/**
 * The office's own files outside SQLite (manifest.ts, OFFICE_FILE): its template overrides, its
 * Garuda and its PDF font. Listed from the data folder by name (only the format's names: a stray
 * temporary file of an interrupted save is not the office's), copied into a backup's staging area
 * and hashed there, so the manifest describes the bytes the archive holds.
 */
import { copyFileSync, lstatSync, mkdirSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { officeEntry, OFFICE_FILE, type Manifest } from '../manifest'
import { hashFile } from './fs-helpers'

/** The office's files directly in the data folder (the templates live in templates/). */
const TOP_FILES = ['emblem.png', 'emblem.jpg', 'office-font.ttf', 'office-font-bold.ttf'] as const
export const TEMPLATES_DIR = 'templates'

/**
 * What a restore moves as a whole, in the data folder: the templates folder and each top file.
 * Every office file lies in exactly one of these.
 */
export const OFFICE_UNITS: readonly string[] = [TEMPLATES_DIR, ...TOP_FILES]

function isPlainFile(path: string): boolean {
  try {
    return lstatSync(path).isFile()
  } catch {
    return false
  }
}

/** The office's files present in `dataDir`, as paths relative to it ("templates/memo-approval.json"). */
export function officeFilesIn(dataDir: string): string[] {
  const found: string[] = []
  let templates: string[] = []
  try {
    templates = readdirSync(join(dataDir, TEMPLATES_DIR)).sort()
  } catch {
    templates = []
  }
  for (const name of templates) {
    const path = `${TEMPLATES_DIR}/${name}`
    if (OFFICE_FILE.test(path) && isPlainFile(join(dataDir, path))) found.push(path)
  }
  for (const name of TOP_FILES) if (isPlainFile(join(dataDir, name))) found.push(name)
  return found
}

/** Copies each office file of `dataDir` into `stage` under its entry name and lists it with its hash. */
export async function stageOfficeFiles(dataDir: string, stage: string): Promise<NonNullable<Manifest['officeFiles']>> {
  const listed: NonNullable<Manifest['officeFiles']> = []
  for (const path of officeFilesIn(dataDir)) {
    const staged = join(stage, officeEntry(path))
    mkdirSync(dirname(staged), { recursive: true })
    // A copy, not a link: a template saved during the backup is renamed over, but a copy is
    // certainly the bytes that are hashed here.
    copyFileSync(join(dataDir, path), staged)
    const digest = await hashFile(staged)
    listed.push({ path, sha256: digest.sha256, sizeBytes: digest.sizeBytes })
  }
  return listed
}
