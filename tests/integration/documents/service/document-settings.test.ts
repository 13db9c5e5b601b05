/**
 * What the documents need besides their data — the office's Garuda, the templates' wording, the
 * office's print settings — and the channels the screens call: each input parsed with zod, the
 * asynchronous ones through dispatchAsync only.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DocumentExport, DocumentPreview, TemplateText } from '@shared/domain/documents-schemas'
import type { OfficeInput } from '@shared/domain/schemas'
import type { Staged } from '@shared/ipc/contract'
import type { Result } from '@shared/result'
import { createHandlers, dispatch, dispatchAsync, type HandlerTable } from '../../../../src-main/ipc/handlers'
import { jpgBytes, openFixture, pdfBytes, requestIn, type RegisterFixture } from '../../../helpers/register-fixtures'
import { refusalNow } from '../../../helpers/refusals'
import { emblemPng } from '../render-docx/emblem-png'

let f: RegisterFixture
let table: HandlerTable
const silent = { error: () => undefined }
beforeEach(() => {
  f = openFixture({ start: '2021-12-24T03:00:00.000Z' })
  table = createHandlers(f.services, { version: '0.0.0', shell: 'web' })
})
afterEach(() => f.cleanup())

const docs = () => f.services.documents
const office = () => {
  const o = f.services.office.get()
  if (!o) throw new Error('no office')
  return o
}
function value<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}
describe('office settings for documents', () => {
  it('defaults to TH Sarabun New, Thai digits, no Garuda, plain paper — and keeps them through office:save', () => {
    expect(office()).toMatchObject({ documentFont: 'TH Sarabun New', thaiDigits: true, emblemFile: '', preprintedPaper: false })
    const { updatedAt: _u, ...input } = office()
    const changed: OfficeInput = { ...input, documentFont: 'TH SarabunIT๙', thaiDigits: false, preprintedPaper: true }
    value(dispatch(table, 'office:save', changed, { operatorId: f.ids.webmaster }, silent))
    expect(office()).toMatchObject({ documentFont: 'TH SarabunIT๙', thaiDigits: false, preprintedPaper: true })
    const bad = dispatch(table, 'office:save', { ...changed, emblemFile: '../../etc/passwd' }, { operatorId: f.ids.webmaster }, silent)
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })
})

describe('the Garuda', () => {
  it('takes a PNG or JPEG told by its content, keeps one file, and prints it', async () => {
    const notImage = refusalNow(() => docs().setEmblem(pdfBytes(), 'ครุฑ.png', f.ids.webmaster))
    expect(notImage.code).toBe('file-refused')
    expect(notImage.message).toContain('ครุฑ.png')
    expect(docs().emblem()).toBeNull()

    const png = Buffer.from(emblemPng())
    const set = docs().setEmblem(png, 'garuda.PNG', f.ids.webmaster)
    expect(set).toMatchObject({ fileName: 'emblem.png', type: 'png' })
    expect(office().emblemFile).toBe('emblem.png')
    expect(readFileSync(join(f.dir, 'emblem.png')).equals(png)).toBe(true)
    expect(Buffer.from(docs().emblem()?.contentBase64 ?? '', 'base64').equals(png)).toBe(true)
    const entry = f.services.audit.list({ limit: 5 }).find((e) => e.action === 'office.emblem')
    expect(entry?.detail).toMatchObject({ file: 'emblem.png', originalName: 'garuda.PNG', width: 90, height: 100 })

    const r = requestIn(f, 'submitted')
    const preview = await docs().prepare({ kind: 'memo-approval', requestIds: [r.id] })
    expect(preview.notices.join(' ')).not.toMatch(/ตราครุฑ/)
    const docx = await docs().export({ kind: 'memo-approval', requestIds: [r.id], format: 'docx' }, f.ids.webmaster)
    const JSZip = (await import('jszip')).default
    const zip = await JSZip.loadAsync(Buffer.from(docx.contentBase64, 'base64'))
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'))
    expect(media).toHaveLength(1)
    expect((await zip.file(media[0] ?? '')?.async('nodebuffer'))?.equals(png)).toBe(true)

    const jpg = jpgBytes('ครุฑ')
    value(dispatch(table, 'office:setEmblem', { fileName: 'garuda.jpg', contentBase64: jpg.toString('base64') }, { operatorId: f.ids.webmaster }, silent))
    expect(office().emblemFile).toBe('emblem.jpg')
    expect(existsSync(join(f.dir, 'emblem.png'))).toBe(false)

    value(dispatch(table, 'office:setEmblem', { remove: true }, { operatorId: f.ids.webmaster }, silent))
    expect(office().emblemFile).toBe('')
    expect(existsSync(join(f.dir, 'emblem.jpg'))).toBe(false)
    expect(value(dispatch(table, 'office:emblem', {}, undefined, silent))).toBeNull()
  })

  it('refuses to print when the profile names a Garuda file that is gone, saying what to do', async () => {
    docs().setEmblem(Buffer.from(emblemPng()), 'g.png', f.ids.webmaster)
    const { rmSync } = await import('node:fs')
    rmSync(join(f.dir, 'emblem.png'))
    const r = requestIn(f, 'submitted')
    await expect(docs().prepare({ kind: 'memo-approval', requestIds: [r.id] })).rejects.toThrow(/ไม่พบไฟล์ภาพตราครุฑ/)
    // The request form has no Garuda: it still prints.
    await expect(docs().prepare({ kind: 'request-form', requestIds: [r.id] })).resolves.toMatchObject({ kind: 'request-form' })
    // Pre-printed paper leaves the Garuda out: it prints too.
    await expect(docs().prepare({ kind: 'memo-approval', requestIds: [r.id], preprinted: true })).resolves.toMatchObject({ findings: [] })
  })
})

describe('templates', () => {
  it('lists the kinds, refuses a broken template without writing it, saves, is used, and resets', async () => {
    const op = { operatorId: f.ids.webmaster }
    expect(value<{ kind: string; overridden: boolean }[]>(dispatch(table, 'templates:list', {}, undefined, silent)).map((t) => [t.kind, t.overridden])).toEqual([
      ['request-form', false],
      ['memo-approval', false],
      ['memo-website-report', false],
      ['memo-announcement-approval', false],
      ['announcement', false],
      ['memo-quarterly-report', false],
      ['quarterly-log', false]
    ])
    const current = value<TemplateText>(dispatch(table, 'templates:get', { kind: 'memo-approval' }, undefined, silent))
    expect(current.text).toBe(current.defaultText)

    const broken = dispatch(table, 'templates:save', { kind: 'memo-approval', text: current.text.replace('"subject": "', '"subject": "{office.nmae} ') }, op, silent)
    expect(broken).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    if (!broken.ok) expect(broken.error.message).toContain('office.nmae')
    expect(existsSync(join(f.dir, 'templates', 'memo-approval.json'))).toBe(false)

    const edited = current.text.replace('"subject": "', '"subject": "(ฉบับแก้ไข) ')
    const saved = value<TemplateText>(dispatch(table, 'templates:save', { kind: 'memo-approval', text: edited }, op, silent))
    expect(saved).toMatchObject({ overridden: true, text: edited })
    const r = requestIn(f, 'submitted')
    expect((await docs().prepare({ kind: 'memo-approval', requestIds: [r.id] })).title).toMatch(/^\(ฉบับแก้ไข\) /)

    const reset = value<TemplateText>(dispatch(table, 'templates:reset', { kind: 'memo-approval' }, op, silent))
    expect(reset).toMatchObject({ overridden: false, text: current.defaultText })
    const entries = f.services.audit.list({ limit: 50 }).filter((e) => e.entity === 'template')
    expect(entries.map((e) => [e.action, e.entityId, e.actorId])).toEqual([
      ['template.reset', 'memo-approval', f.ids.webmaster],
      ['template.save', 'memo-approval', f.ids.webmaster]
    ])
    expect(dispatch(table, 'templates:save', { kind: 'memo-approval', text: edited }, undefined, silent)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('gives a memo’s sections with their default text for the editor', () => {
    const sections = value<{ key: string; text: string }[]>(dispatch(table, 'documents:sections', { kind: 'memo-website-report' }, undefined, silent))
    expect(sections.length).toBeGreaterThan(0)
    for (const s of sections) expect(s.text.length).toBeGreaterThan(0)
    expect(dispatch(table, 'documents:sections', { kind: 'request-form' }, undefined, silent)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })
})

describe('document channels', () => {
  it('run through dispatchAsync; the synchronous dispatch refuses them without running', async () => {
    const r = requestIn(f, 'submitted')
    const spec = { kind: 'memo-approval', requestIds: [r.id] }
    const log: unknown[] = []
    expect(dispatch(table, 'documents:export', { ...spec, format: 'pdf' }, { operatorId: f.ids.webmaster }, { error: (m) => log.push(m) })).toMatchObject({
      ok: false,
      error: { code: 'internal' }
    })
    expect(log).toHaveLength(1)
    expect(f.services.bookNumbers.list()).toEqual([])

    const preview = value<DocumentPreview>(await dispatchAsync(table, 'documents:prepare', spec, undefined, silent))
    expect(preview.bookNoPreview).toBe('นภ ๐๓๓๒/........')
    expect(await dispatchAsync(table, 'documents:prepare', { ...spec, kind: 'memo-nonsense' }, undefined, silent)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await dispatchAsync(table, 'documents:export', { ...spec, format: 'pdf' }, undefined, silent)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    const exported = value<Staged<DocumentExport>>(await dispatchAsync(table, 'documents:export', { ...spec, format: 'pdf', acknowledged: [] }, { operatorId: f.ids.webmaster }, silent))
    expect(exported.bookNo).toBe('นภ ๐๓๓๒/๑')
    // The file is staged in the data folder; the answer carries its handle, not its bytes.
    expect(exported).not.toHaveProperty('contentBase64')
    const pdf = readFileSync(f.services.staging.open(exported.staged.id).path)

    const checked = value<{ kind: string; findings: unknown[] }>(
      await dispatchAsync(table, 'documents:check', { fileName: exported.fileName, contentBase64: pdf.toString('base64') }, undefined, silent)
    )
    expect(checked).toMatchObject({ kind: 'pdf', findings: [] })
    expect(await dispatchAsync(table, 'documents:check', { fileName: 'x.png', contentBase64: jpgBytes().toString('base64') }, undefined, silent)).toMatchObject({
      ok: false,
      error: { code: 'file-refused' }
    })
    // A synchronous channel works through dispatchAsync too.
    expect(await dispatchAsync(table, 'templates:list', {}, undefined, silent)).toMatchObject({ ok: true })
  })
})
