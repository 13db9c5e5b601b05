/**
 * `publish-desk doc memo` run twice for the same memo — once as DOCX, once as PDF, as a person
 * saves one copy to edit and one to print — through the real launcher in child processes: both
 * files carry the same ที่ and the outgoing register holds one entry. Another memo gets the next.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extractText } from '../../../../src-main/documents/proofing'
import { registeredBookNumbers, runCli, seedDataDir, succeeded as ok } from '../../../helpers/cli-runner'
import { makeTempDir, removeDir } from '../../../helpers/register-fixtures'

describe('publish-desk doc memo: one memo, one ที่', () => {
  let root: string
  let dataDir: string
  const ids = { webmaster: 0, a: 0, b: 0 }

  const cli = (...args: string[]) => runCli(dataDir, args)
  const out = (name: string) => join(root, 'out', name)
  const bookNumbers = () => registeredBookNumbers(dataDir)
  /** The number on the ที่ line, spaces left out (PDF text spaces Thai as the layout falls), read by `doc check`'s extractor. */
  async function printedNumber(file: string): Promise<string> {
    const text = await extractText({ fileName: file, bytes: readFileSync(file) })
    const line = text.paragraphs.map((p) => p.replace(/\s+/g, ' ')).find((p) => /ที่\s*นภ/.test(p)) ?? ''
    return /นภ\s*[๐-๙0-9]+\/[๐-๙0-9.]+/.exec(line)?.[0]?.replace(/\s+/g, '') ?? `(no ที่ line in ${file})`
  }

  beforeAll(() => {
    root = makeTempDir('publish-desk-memo-number-')
    dataDir = join(root, 'data')
    mkdirSync(join(root, 'out'))
    seedDataDir(dataDir, (s, people) => {
      ids.webmaster = people.webmaster
      const add = (title: string) =>
        s.requests.create({ ownerUnit: 'งานบริหารทั่วไป', requestDate: '2026-01-15', title, requesterId: people.assistant, categoryCode: '1.8', byId: people.assistant }).id
      ids.a = add('ประกาศผลการจัดซื้อจัดจ้างวัสดุสำนักงาน ไตรมาสที่ ๑')
      ids.b = add('รายงานผลการดำเนินงานตามแผนปฏิบัติราชการ รอบ ๖ เดือน')
    })
  })
  afterAll(() => removeDir(root))

  it('saves the memo as DOCX and then as PDF under the same ที่, taking one number', async () => {
    const by = ['--by', String(ids.webmaster)]
    const docx = ok(cli('doc', 'memo', '--kind', 'approval', '--requests', `${ids.a},${ids.b}`, '--date', '2026-01-20', '--out', out('memo.docx'), ...by))
    expect(docx).toContain('เลขที่หนังสือ: นภ ๐๓๓๒/๑')
    expect(docx).not.toContain('เลขเดิม')

    // The same memo (its requests named in another order): the number it has, said so.
    const pdf = cli('--json', 'doc', 'memo', '--kind', 'approval', '--requests', `${ids.b},${ids.a}`, '--date', '2026-01-20', '--out', out('memo.pdf'), ...by)
    expect(pdf.code, pdf.stderr).toBe(0)
    expect(JSON.parse(pdf.stdout)).toMatchObject({ written: true, bookNo: 'นภ ๐๓๓๒/๑', reusedBookNo: true })
    const text = ok(cli('doc', 'memo', '--kind', 'approval', '--requests', `${ids.a},${ids.b}`, '--date', '2026-01-20', '--out', out('memo-copy.pdf'), ...by))
    expect(text).toContain('เลขที่หนังสือ: นภ ๐๓๓๒/๑ (เลขเดิมของบันทึกฉบับนี้ ไม่ได้ออกเลขใหม่)')

    expect(await printedNumber(out('memo.docx'))).toBe('นภ๐๓๓๒/๑')
    expect(await printedNumber(out('memo.pdf'))).toBe('นภ๐๓๓๒/๑')
    expect(bookNumbers()).toEqual(['นภ 0332/1'])

    // Another memo (one request only) is another paper: the next number.
    const other = ok(cli('doc', 'memo', '--kind', 'approval', '--requests', String(ids.a), '--date', '2026-01-20', '--out', out('other.pdf'), ...by))
    expect(other).toContain('เลขที่หนังสือ: นภ ๐๓๓๒/๒')
    expect(await printedNumber(out('other.pdf'))).toBe('นภ๐๓๓๒/๒')
    expect(bookNumbers()).toEqual(['นภ 0332/1', 'นภ 0332/2'])
  }, 180_000)
})
