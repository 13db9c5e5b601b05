/** Templates as files: the shipped defaults, an office's own copy, reset, and broken files refused. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TEMPLATE_KINDS, TemplateStore, type TemplateKind } from '../../../../src-main/documents/templates'
import { makeTempDir, removeDir } from '../../../helpers/register-fixtures'
import { refusalNow } from '../../../helpers/refusals'

let dir: string
let store: TemplateStore
beforeEach(() => {
  dir = makeTempDir('publish-desk-templates-')
  store = new TemplateStore(dir)
})
afterEach(() => removeDir(dir))

const defaultJson = (kind: TemplateKind): Record<string, unknown> => JSON.parse(store.defaultText(kind)) as Record<string, unknown>
const overridePath = (kind: TemplateKind) => join(dir, 'templates', `${kind}.json`)

describe('TemplateStore', () => {
  it('loads every shipped template, each valid for its kind', () => {
    for (const kind of TEMPLATE_KINDS) {
      expect(store.load(kind).kind).toBe(kind)
      expect(store.source(kind).origin).toBe('default')
      expect(store.hasOverride(kind)).toBe(false)
    }
    expect(store.load('memo-approval').closing).toBe('จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ')
    expect(store.load('memo-approval').salutation).toBe('เรียน {head.position}')
    expect(store.load('request-form').rows.map((r) => r.label)).toEqual(['ชื่อหน่วยงาน', 'วัน/เดือน/ปี', 'หัวข้อ', 'รายละเอียดข้อมูล', 'Link ภายนอก', 'หมายเหตุ'])
    expect(store.load('announcement').paragraphs.length).toBeGreaterThan(35)
  })

  it("uses the office's saved copy until it is reset, and keeps the default apart", () => {
    const edited = { ...defaultJson('memo-approval'), closing: 'จึงเรียนมาเพื่อโปรดพิจารณา' }
    store.save('memo-approval', edited)
    expect(store.load('memo-approval').closing).toBe('จึงเรียนมาเพื่อโปรดพิจารณา')
    expect(store.source('memo-approval')).toMatchObject({ origin: 'office', path: overridePath('memo-approval') })
    expect(store.defaultOf('memo-approval').closing).toBe('จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ')
    // Written whole: no temporary file is left beside it.
    expect(readdirSync(join(dir, 'templates'))).toEqual(['memo-approval.json'])
    // Other kinds are untouched.
    expect(store.hasOverride('memo-website-report')).toBe(false)

    store.reset('memo-approval')
    expect(existsSync(overridePath('memo-approval'))).toBe(false)
    expect(store.load('memo-approval').closing).toBe('จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ')
    store.reset('memo-approval') // nothing to reset: no error
  })

  it('saves the text as the office typed it', () => {
    const text = store.defaultText('announcement').replace('"separator": "-----------------------------------"', '"separator": ""')
    store.save('announcement', text)
    expect(readFileSync(overridePath('announcement'), 'utf8')).toBe(text)
    expect(store.load('announcement').separator).toBe('')
  })

  it('refuses a file the office broke, naming the file and the problem', () => {
    mkdirSync(join(dir, 'templates'))
    writeFileSync(overridePath('request-form'), '{ "kind": "request-form", ')
    const e = refusalNow(() => store.load('request-form'))
    expect(e.code).toBe('invalid-input')
    expect(e.message).toContain(overridePath('request-form'))
    expect(e.message).toMatch(/^แม่แบบแบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ \(.*request-form\.json\) ใช้ไม่ได้: รูปแบบ JSON ไม่ถูกต้อง/)
    expect(e.message).toContain('บรรทัดที่ ๑')
    expect(e.message).toContain('คืนค่าเริ่มต้น')
    expect(store.defaultOf('request-form').kind).toBe('request-form')
    store.reset('request-form')
    expect(store.load('request-form').kind).toBe('request-form')
  })

  it('refuses an unknown placeholder, naming it and where it stands, and writes nothing', () => {
    const t = defaultJson('memo-website-report') as { sections: Array<{ paragraphs: string[] }> }
    const firstSection = t.sections[0]
    if (!firstSection) throw new Error('no section')
    firstSection.paragraphs = ['ด้วย {office.nmae} มีภารกิจ']
    const e = refusalNow(() => store.save('memo-website-report', t))
    expect(e.message).toMatch(/ที่ sections\[0\]\.paragraphs\[0\]: ไม่รู้จักช่องข้อมูล \{office\.nmae\} — ช่องที่ใช้ได้ในส่วนนี้คือ \{office\.name\}/)
    expect(existsSync(overridePath('memo-website-report'))).toBe(false)
  })

  it('refuses what would print wrong: stray braces, a list inside a sentence, a placeholder of another field', () => {
    const memo = (paragraph: string) => {
      const t = defaultJson('memo-approval') as { sections: Array<{ paragraphs: string[] }> }
      const s = t.sections[0]
      if (!s) throw new Error('no section')
      s.paragraphs = [paragraph]
      return t
    }
    expect(refusalNow(() => store.save('memo-approval', memo('ตาม {office.name'))).message).toMatch(/วงเล็บปีกกา \{ \} ไม่ครบคู่/)
    expect(refusalNow(() => store.save('memo-approval', memo('รายการ {requests.titles} ดังนี้'))).message).toMatch(/\{requests\.titles\} เป็นรายการหลายบรรทัด ต้องอยู่บรรทัดเดียวโดยลำพัง/)
    // The list has a value in the body only, not in the subject; a signature's date only on its date line.
    expect(refusalNow(() => store.save('memo-approval', { ...memo('{requests.titles}'), subject: '{requests.titles}' })).message).toMatch(/ที่ subject: ไม่รู้จักช่องข้อมูล \{requests\.titles\}/)
    const form = { ...defaultJson('request-form'), tableHeader: 'แบบฟอร์ม {sign.day}' }
    expect(refusalNow(() => store.save('request-form', form)).message).toMatch(/ที่ tableHeader: ไม่รู้จักช่องข้อมูล \{sign\.day\}/)
    expect(existsSync(join(dir, 'templates'))).toBe(false)
  })

  it('refuses a missing or misspelt key, an empty line, and a file of another kind', () => {
    const { closing: _closing, ...withoutClosing } = defaultJson('memo-approval')
    expect(refusalNow(() => store.save('memo-approval', withoutClosing)).message).toMatch(/ใช้ไม่ได้: ที่ closing: ไม่มีช่อง "closing" ซึ่งแม่แบบนี้ต้องมี/)
    expect(refusalNow(() => store.save('memo-approval', { ...defaultJson('memo-approval'), closng: 'x' })).message).toMatch(/closng/)
    expect(refusalNow(() => store.save('announcement', { ...defaultJson('announcement'), signedLine: '  ' })).message).toMatch(/ที่ signedLine: ข้อความต้องไม่ว่าง/)
    expect(refusalNow(() => store.save('announcement', defaultJson('memo-approval'))).message).toMatch(
      /ช่อง "kind" เป็น “memo-approval” แต่ไฟล์นี้ต้องเป็นแม่แบบ “announcement”/
    )
    const dup = defaultJson('memo-website-report') as { sections: unknown[] }
    dup.sections = [dup.sections[0], dup.sections[0]]
    expect(refusalNow(() => store.save('memo-website-report', dup)).message).toMatch(/มีส่วนของบันทึกชื่อ “background” ซ้ำกัน/)
    expect(refusalNow(() => store.load('monthly-log' as TemplateKind)).message).toMatch(/ไม่มีแม่แบบเอกสารชนิด “monthly-log”/)
  })

  it('reads the defaults from the resources folder it is given (a packaged app passes process.resourcesPath)', () => {
    const resources = join(dir, 'packaged-resources')
    mkdirSync(join(resources, 'templates'), { recursive: true })
    const own = { ...defaultJson('memo-approval'), subject: 'ขออนุญาตเผยแพร่ข้อมูล' }
    writeFileSync(join(resources, 'templates', 'memo-approval.json'), JSON.stringify(own))
    const packaged = new TemplateStore(dir, { resourcesDir: resources })
    expect(packaged.load('memo-approval').subject).toBe('ขออนุญาตเผยแพร่ข้อมูล')
    expect(refusalNow(() => packaged.load('announcement')).message).toMatch(/ไม่พบแม่แบบเริ่มต้น .*announcement\.json ในโฟลเดอร์ของโปรแกรม/)
  })
})
