/**
 * `publish-desk doc font`: the office's TTF set from the command line (Debian's Garuda standing in
 * for TH Sarabun New), shown, used by the next `doc memo` PDF (pdffonts), refused in Thai when it
 * is not a Thai font, and removed.
 */
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { havePoppler, pdfFonts } from '../pdf-thai/poppler'
import { runCli, seedDataDir } from '../../../helpers/cli-runner'
import { makeTempDir, removeDir } from '../../../helpers/register-fixtures'

const GARUDA = '/usr/share/fonts/truetype/tlwg/Garuda.ttf'
const GARUDA_BOLD = '/usr/share/fonts/truetype/tlwg/Garuda-Bold.ttf'
const ROBOTO = require.resolve('pdfmake/fonts/Roboto/Roboto-Medium.ttf')
const reason = !existsSync(GARUDA) || !existsSync(GARUDA_BOLD) ? 'Garuda (fonts-thai-tlwg-ttf) is not installed' : havePoppler() ? null : 'poppler-utils is not installed'
if (reason) console.warn(`doc font CLI: skipped — ${reason}`)

describe.skipIf(reason !== null)('publish-desk doc font', () => {
  let root: string
  let dataDir: string
  let webmaster = 0

  const cli = (...args: string[]) => runCli(dataDir, args)
  const fontsOf = (file: string) => pdfFonts(file).map((f) => `${f.name.replace(/^[A-Z]{6}\+/, '')}${f.embedded ? '' : ' (not embedded)'}`).sort()

  beforeAll(() => {
    root = makeTempDir('publish-desk-doc-font-')
    dataDir = join(root, 'data')
    mkdirSync(join(root, 'out'))
    seedDataDir(dataDir, (_s, people) => {
      webmaster = people.webmaster
    })
  })
  afterAll(() => removeDir(root))

  it('sets, shows, prints with, refuses and removes the office font', () => {
    const by = ['--by', String(webmaster)]
    expect(cli('doc', 'font').stdout).toContain('ไฟล์ PDF ใช้ฟอนต์ Sarabun ที่มากับโปรแกรม')
    const noActor = cli('doc', 'font', GARUDA)
    expect(noActor.code).toBe(2)
    expect(noActor.stderr).toContain('--by')

    const set = cli('doc', 'font', GARUDA, GARUDA_BOLD, ...by)
    expect(set.code, set.stderr).toBe(0)
    expect(set.stdout).toContain('ตั้งฟอนต์ของหน่วยงานแล้ว — ไฟล์ PDF ใช้ฟอนต์ Garuda (ตัวปกติและตัวหนา)')
    const shown = JSON.parse(cli('--json', 'doc', 'font').stdout) as { font: { familyName: string; scale: number } }
    expect(shown.font.familyName).toBe('Garuda')
    expect(shown.font.scale).toBeCloseTo(0.642, 2)

    const memo = join(root, 'out', 'memo.pdf')
    const written = cli('doc', 'memo', '--kind', 'website-report', '--fy', '2569', '--date', '2026-01-20', '--out', memo, ...by)
    expect(written.code, written.stderr).toBe(0)
    expect(fontsOf(memo)).toEqual(['Garuda', 'Garuda-Bold'])

    const refused = cli('doc', 'font', ROBOTO, ...by)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/Roboto-Medium\.ttf.*ไม่มีตัวอักษรไทยครบ/)
    expect(JSON.parse(cli('--json', 'doc', 'font').stdout).font.familyName).toBe('Garuda')

    const removed = cli('doc', 'font', '--remove', ...by)
    expect(removed.code, removed.stderr).toBe(0)
    expect(removed.stdout).toContain('เลิกใช้ฟอนต์ของหน่วยงานแล้ว')
    const after = join(root, 'out', 'after.pdf')
    expect(cli('doc', 'memo', '--kind', 'website-report', '--fy', '2569', '--date', '2026-01-21', '--out', after, ...by).code).toBe(0)
    expect(fontsOf(after).every((name) => name.startsWith('Sarabun'))).toBe(true)
    // Nine runs of the launcher, each a fresh Node process.
  }, 240_000)
})
