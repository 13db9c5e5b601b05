/** The request form of one request, at each stage of its life in the register. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DocModel, SignatureGridBlock, TableBlock } from '@shared/documents/model'
import { buildRequestForm } from '../../../../src-main/documents/builders'
import { requestIn } from '../../../helpers/register-fixtures'
import { allText, expectDigits, expectProofClean, openBuilderFixture, paragraphTexts, type BuilderFixture } from './builder-fixture'

let f: BuilderFixture
beforeEach(() => {
  f = openBuilderFixture()
})
afterEach(() => f.cleanup())

const TITLE = 'ประกาศกรอบแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน ปีงบประมาณ 2565'
const DOTTED = 'วันที่ ........ เดือน .................... พ.ศ. ........'
const SEED_DATE = 'วันที่ ...๒๔... เดือน ...ธันวาคม... พ.ศ. ...๒๕๖๔...'

function table(model: DocModel): TableBlock {
  const b = model.blocks.find((x) => x.type === 'table')
  if (b?.type !== 'table') throw new Error('no table')
  return b
}
function grid(model: DocModel): SignatureGridBlock {
  const b = model.blocks.find((x) => x.type === 'signature-grid')
  if (b?.type !== 'signature-grid') throw new Error('no signature grid')
  return b
}

describe('the request form', () => {
  it('follows the seed: title lines, labeled fields and the three signers, dated when known', () => {
    const request = requestIn(f, 'published', {
      title: TITLE,
      details: 'ตามเอกสารแนบ (กรอบแนวทางการเผยแพร่ข้อมูลฯ สสอ.ศรีบุญเรือง ปี 2565)'
    })
    const form = buildRequestForm(request, f.ctx('request-form'))
    expect(form.kind).toBe('request-form')
    expect(form.page).toEqual({ size: 'A4', marginsCm: { top: 2, right: 2, bottom: 2, left: 3 }, pageNumbers: 'none', thaiDigits: true })
    expect(paragraphTexts(form).slice(0, 4)).toEqual([
      'แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงานในราชการบริหารส่วนกลาง',
      'สำนักงานปลัดกระทรวงสาธารณสุข',
      'ตามประกาศสำนักงานปลัดกระทรวงสาธารณสุข เรื่อง แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน พ.ศ. ๒๕๖๑',
      'สำหรับหน่วยงานในราชการบริหารส่วนกลางสำนักงานปลัดกระทรวงสาธารณสุข'
    ])
    expect(table(form).columns.map((c) => c.header)).toEqual(['แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงานในสังกัดสำนักงานปลัดกระทรวงสาธารณสุข'])
    expect(table(form).rows).toEqual([
      ['ชื่อหน่วยงาน : งานข้อมูลและสารสนเทศ สำนักงานสาธารณสุขอำเภอศรีบุญเรือง จังหวัดหนองบัวลำภู'],
      ['วัน/เดือน/ปี : ๒๔ ธันวาคม ๒๕๖๔'],
      ['หัวข้อ : ประกาศกรอบแนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน ปีงบประมาณ ๒๕๖๕'],
      ['รายละเอียดข้อมูล : ตามเอกสารแนบ (กรอบแนวทางการเผยแพร่ข้อมูลฯ สสอ.ศรีบุญเรือง ปี ๒๕๖๕)'],
      ['Link ภายนอก : ไม่มี'],
      ['หมายเหตุ : -']
    ])
    expect(grid(form).items).toEqual([
      {
        caption: 'ผู้รับผิดชอบการให้ข้อมูล',
        signatureLines: 2,
        name: 'นายจิรายุ ทินจง',
        positionLines: ['นักวิชาการสาธารณสุขชำนาญการ', 'ผู้ช่วยสาธารณสุขอำเภอศรีบุญเรือง (ด้านบริหาร)'],
        dateLine: SEED_DATE
      },
      { caption: 'ผู้อนุมัติรับรอง', signatureLines: 2, name: 'นายสะไกร แก้วโสม', positionLines: ['สาธารณสุขอำเภอศรีบุญเรือง'], dateLine: SEED_DATE },
      { caption: 'ผู้รับผิดชอบการนำข้อมูลขึ้นเผยแพร่', signatureLines: 2, name: 'นายนพกร กุลสา', positionLines: ['พนักงานเครื่องคอมพิวเตอร์'], dateLine: SEED_DATE }
    ])
    expect(form.title).toBe(`แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน – ${TITLE.replace('2565', '๒๕๖๕')}`)
    expectProofClean(form, f, { date: '2021-12-24' })
    expectDigits(form, true)
  })

  it('dots the dates not yet known, and names the head and the first webmaster before they act', () => {
    const request = requestIn(f, 'submitted', { title: TITLE })
    const items = grid(buildRequestForm(request, f.ctx('request-form'))).items
    expect(items.map((i) => [i.name, i.dateLine])).toEqual([
      ['นายจิรายุ ทินจง', SEED_DATE],
      ['นายสะไกร แก้วโสม', DOTTED],
      ['นายนพกร กุลสา', DOTTED]
    ])
  })

  it('dates each signer on the day they acted, and names who published', () => {
    const r = f.services.requests
    let d = requestIn(f, 'submitted', { title: TITLE })
    f.clock.set('2021-12-27T03:00:00.000Z')
    d = r.transition({ id: d.id, action: 'approve', byId: f.ids.head })
    f.clock.set('2022-01-04T16:30:00.000Z') // 23:30 in Thailand on 4 January
    d = r.transition({ id: d.id, action: 'publish', byId: f.ids.webmaster2, publicUrl: 'https://sso.example/news/7' })
    const form = buildRequestForm(d, f.ctx('request-form'))
    expect(grid(form).items.map((i) => [i.name, i.dateLine])).toEqual([
      ['นายจิรายุ ทินจง', SEED_DATE],
      ['นายสะไกร แก้วโสม', 'วันที่ ...๒๗... เดือน ...ธันวาคม... พ.ศ. ...๒๕๖๔...'],
      ['นางสาววรรณา ศรีสุข', 'วันที่ ...๔... เดือน ...มกราคม... พ.ศ. ...๒๕๖๕...']
    ])
    expectProofClean(form, f)
  })

  it('records a verbal approval in the note, and keeps the digits of a link when printing Arabic digits', () => {
    const r = f.services.requests
    let d = requestIn(f, 'submitted', { title: TITLE, externalLink: 'https://moph.go.th/2565/doc?id=12', note: 'เผยแพร่ด่วน' })
    d = r.transition({ id: d.id, action: 'approve', byId: f.ids.head, verbal: true })
    const thai = buildRequestForm(d, f.ctx('request-form'))
    expect(table(thai).rows.slice(4)).toEqual([
      ['Link ภายนอก : https://moph.go.th/2565/doc?id=12'],
      ['หมายเหตุ : เผยแพร่ด่วน ได้รับอนุญาตทางวาจาเมื่อ ๒๔ ธันวาคม ๒๕๖๔']
    ])
    expectProofClean(thai, f)
    const arabic = buildRequestForm(d, f.ctx('request-form', { thaiDigits: false }))
    expect(table(arabic).rows[1]).toEqual(['วัน/เดือน/ปี : 24 ธันวาคม 2564'])
    expect(grid(arabic).items[0]?.dateLine).toBe('วันที่ ...24... เดือน ...ธันวาคม... พ.ศ. ...2564...')
    expect(allText(arabic)).not.toMatch(/[\u0e50-\u0e59]/)
    expectDigits(arabic, false)
    expectProofClean(arabic, f)
  })

  it('refuses when the register has no webmaster to sign', () => {
    const request = requestIn(f, 'approved', { title: TITLE })
    const ctx = f.ctx('request-form')
    const withoutWebmasters = { ...ctx, people: ctx.people.filter((p) => !p.roles.includes('webmaster')) }
    expect(() => buildRequestForm(request, withoutWebmasters)).toThrow(/ยังไม่มีผู้ดูแลเว็บไซต์ \(Web master\) ในทะเบียนบุคลากร/)
  })
})
