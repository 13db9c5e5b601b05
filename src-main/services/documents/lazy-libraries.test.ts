/**
 * The document libraries are loaded when a file is made, not when the services open: a process
 * that only lists requests must not carry exceljs, docx, pdf-lib, pdfmake or jszip (9 to 28 MB of
 * resident memory each). Checked on the real CLI (tsx's CommonJS hook, as `publish-desk` runs),
 * in processes of its own, with a preloaded script that reports which of them Node loaded.
 */
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openFixture, requestIn, type RegisterFixture } from '../../../tests/helpers/register-fixtures'

const BIN = join(__dirname, '..', '..', '..', 'bin', 'publish-desk.mjs')
const LIBRARIES = ['exceljs', 'docx', 'pdf-lib', 'pdfmake', 'jszip']

// Preloaded with --require: on exit, prints to stderr the libraries in Node's module cache.
const REPORTER = `process.on('exit', () => {
  const names = ${JSON.stringify(LIBRARIES)}
  const loaded = names.filter((n) => Object.keys(require.cache).some((k) => k.includes('/node_modules/' + n + '/')))
  process.stderr.write('LOADED ' + JSON.stringify(loaded) + '\\n')
})
`

describe('the document libraries, loaded on first use', () => {
  let f: RegisterFixture
  let reporter = ''

  const loadedBy = (...args: string[]): string[] => {
    const env = { ...process.env }
    delete env.PUBLISH_DESK_DATA_DIR
    const r = spawnSync(process.execPath, ['--require', reporter, BIN, '--data-dir', f.dir, ...args], { encoding: 'utf8', env, timeout: 60_000 })
    expect(r.status, r.stderr).toBe(0)
    const line = r.stderr.split('\n').find((l) => l.startsWith('LOADED '))
    if (line === undefined) throw new Error(`no report from the process: ${r.stderr}`)
    return JSON.parse(line.slice('LOADED '.length)) as string[]
  }

  beforeAll(() => {
    f = openFixture()
    requestIn(f, 'published')
    // The CLI opens the register itself.
    f.services.close()
    reporter = join(f.dir, 'report-loaded.cjs')
    writeFileSync(reporter, REPORTER)
  })
  afterAll(() => f.cleanup())

  it('lists requests without loading any of them', () => {
    expect(loadedBy('request', 'list')).toEqual([])
  })

  it('loads exceljs for an XLSX export, and only it (with the jszip it writes the workbook through)', () => {
    expect(loadedBy('export', '--format', 'xlsx', '--out', join(f.dir, 'register.xlsx'))).toEqual(['exceljs', 'jszip'])
  })
})
