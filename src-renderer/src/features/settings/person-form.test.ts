import { describe, expect, it } from 'vitest'
import type { Person } from '@shared/domain/schemas'
import { checkPerson, emptyPersonForm, personFormFrom, personInputOf, roleWarnings } from './person-form'

describe('person form', () => {
  it('turns typed position lines into the list the signature block prints, dropping blank lines', () => {
    const r = checkPerson({ ...emptyPersonForm(['webmaster']), fullName: 'จิรายุ ทินจง', positionText: 'นักวิชาการสาธารณสุขชำนาญการ\n\nผู้ช่วยสาธารณสุขอำเภอศรีบุญเรือง (ด้านบริหาร)\n' })
    expect(r.ok).toBe(true)
    expect(personInputOf({ ...emptyPersonForm(), positionText: 'ก\nข' }).positionLines).toEqual(['ก', 'ข'])
  })
  it('refuses more than four position lines and no role, with the schema’s Thai messages', () => {
    const r = checkPerson({ ...emptyPersonForm(), fullName: 'ก', positionText: '1\n2\n3\n4\n5' })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.fields?.positionLines).toBe('ตำแหน่งได้ไม่เกิน ๔ บรรทัด')
    expect(r.error.fields?.roles).toBe('กรุณาเลือกบทบาทอย่างน้อย ๑ บทบาท')
  })
  it('round-trips a saved person, keeping the id for an update', () => {
    const p: Person = { id: 7, title: 'นาย', fullName: 'สะไกร แก้วโสม', displayName: 'นายสะไกร แก้วโสม', positionLines: ['สาธารณสุขอำเภอศรีบุญเรือง'], unit: '', phone: '', email: '', roles: ['approver'], active: true }
    expect(personInputOf(personFormFrom(p))).toEqual({ id: 7, title: 'นาย', fullName: 'สะไกร แก้วโสม', positionLines: ['สาธารณสุขอำเภอศรีบุญเรือง'], unit: '', phone: '', email: '', roles: ['approver'], active: true })
    expect('id' in personInputOf(emptyPersonForm())).toBe(false)
  })
})

describe('roleWarnings', () => {
  it('warns of no approver and of fewer than two webmasters', () => {
    expect(roleWarnings([{ roles: ['webmaster'] }])).toHaveLength(2)
    expect(roleWarnings([{ roles: ['webmaster', 'approver'] }])).toEqual([expect.stringContaining('อย่างน้อย ๒ คน')])
  })
  it('is quiet when the announcement is met, and ignores inactive people', () => {
    expect(roleWarnings([{ roles: ['approver'] }, { roles: ['webmaster'] }, { roles: ['webmaster'] }])).toEqual([])
    expect(roleWarnings([{ roles: ['approver'] }, { roles: ['webmaster'] }, { roles: ['webmaster'], active: false }])).toHaveLength(1)
  })
})
