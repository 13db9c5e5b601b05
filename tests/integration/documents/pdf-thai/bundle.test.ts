/**
 * The Thai patches must reach pdfmake in the electron-vite main bundle too, where pdfmake stays
 * external (required from node_modules) and anything we imported statically would be inlined as a
 * second copy. Builds bundle-entry.ts with the project's main config, runs it with Node, reads
 * the PDF back.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { skipBecause } from '../../electron-shell/skip'
import { havePoppler, pdfText } from './poppler'

const repoRoot = resolve(__dirname, '..', '..', '..', '..')
// Inside the project, so the bundle finds pdfmake in node_modules as the app's main bundle does.
const cacheDir = join(repoRoot, 'node_modules', '.cache')
let workDir = ''

beforeAll(() => {
  mkdirSync(cacheDir, { recursive: true })
  workDir = mkdtempSync(join(cacheDir, 'publish-desk-pdf-bundle-'))
  const build = spawnSync(
    join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite'),
    ['build', '-c', join(__dirname, 'bundle.vite.config.ts'), '--logLevel', 'warn'],
    { cwd: repoRoot, env: { ...process.env, PUBLISH_DESK_PDF_BUNDLE_OUT: join(workDir, 'main') }, encoding: 'utf8', shell: process.platform === 'win32', timeout: 120_000 }
  )
  if (build.status !== 0) throw new Error(`electron-vite build failed:\n${build.stdout}\n${build.stderr}`)
}, 120_000)

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true })
})

describe('the Thai pdfmake setup, bundled by electron-vite', () => {
  it('inlines neither pdfmake nor the modules it patches: they are required at run time', () => {
    const code = readFileSync(join(workDir, 'main', 'bundle-entry.js'), 'utf8')
    const required = [...code.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]!)
    expect(required.filter((name) => !name.startsWith('node:'))).toEqual([])
    expect(code).not.toMatch(/unicode-trie|base64-js|UnicodeTrie/)
    expect(code).toMatch(/createRequire\)\(__filename\)/)
  })

  it('wraps Thai between words when run', (ctx) => {
    const out = join(workDir, 'thai.pdf')
    const run = spawnSync(process.execPath, [join(workDir, 'main', 'bundle-entry.js'), out], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    if (!havePoppler()) skipBecause(ctx, 'pdftotext (poppler-utils) is not installed; .ci/run installs it')
    const lines = pdfText(out).split('\n').filter((line) => line.trim() !== '')
    expect(lines.length).toBeGreaterThanOrEqual(2)
    expect(lines.join('')).toBe(
      'ด้วยงานข้อมูลและสารสนเทศมีภารกิจในการบริหารจัดการเว็บไซต์สำนักงานสาธารณสุขอำเภอศรีบุญเรืองในการเผยแพร่ข้อมูลข่าวสารของทางราชการเพื่อประโยชน์แก่ประชาชนให้สามารถเข้าถึงข้อมูลได้สะดวกรวดเร็ว'
    )
  })
})
