import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { checkInput, errorFor, errorShapeOf, fieldErrorsOf, withoutEdited } from './form-errors'

describe('form errors', () => {
  const error = { code: 'invalid-input' as const, message: 'x', fields: { 'office.name': 'ก', 'people.1.fullName': 'ข', 'people.1.positionLines.2': 'ค', 'people.10.roles': 'ง' } }

  it('picks the fields of one part of the input, without its prefix', () => {
    expect(fieldErrorsOf(error, 'office')).toEqual({ name: 'ก' })
    // "people.1" must not take the fields of "people.10".
    expect(fieldErrorsOf(error, 'people.1')).toEqual({ fullName: 'ข', 'positionLines.2': 'ค' })
    expect(fieldErrorsOf(null)).toEqual({})
  })
  it('finds a message about a part of a list field', () => {
    expect(errorFor({ 'positionLines.2': 'ค' }, 'positionLines')).toBe('ค')
    expect(errorFor({ positionLinesX: 'no' }, 'positionLines')).toBeUndefined()
  })
  it('checks with a schema and replaces messages it is told to', () => {
    const schema = z.object({ n: z.number().positive(), s: z.string().min(1, { error: 'กรุณากรอก' }) })
    const r = checkInput(schema, { n: Number.NaN, s: '' }, { n: 'ต้องเป็นตัวเลข' })
    expect(r).toEqual({ ok: false, error: { code: 'invalid-input', message: 'ข้อมูลไม่ถูกต้อง: ต้องเป็นตัวเลข (และอีก 1 รายการ)', fields: { n: 'ต้องเป็นตัวเลข', s: 'กรุณากรอก' } } })
    expect(checkInput(schema, { n: 1, s: 'a' })).toEqual({ ok: true, value: { n: 1, s: 'a' } })
  })
  it('reads the error an ApiError carries, and wraps anything else', () => {
    class Fake extends Error {
      constructor(readonly error: { code: 'conflict'; message: string }) {
        super(error.message)
      }
    }
    expect(errorShapeOf(new Fake({ code: 'conflict', message: 'ซ้ำ' }))).toEqual({ code: 'conflict', message: 'ซ้ำ' })
    expect(errorShapeOf(new Error('boom'))).toEqual({ code: 'internal', message: 'boom' })
  })
})

describe('withoutEdited', () => {
  const error = { code: 'invalid-input' as const, message: 'x', fields: { 'people.0.fullName': 'ก', 'people.0.positionLines.1': 'ข', 'office.name': 'ค' } }
  it('drops the messages of the edited field only, following aliases', () => {
    const before = { fullName: '', positionText: '' }
    expect(withoutEdited(error, before, { ...before, fullName: 'ส' }, 'people.0')?.fields).toEqual({ 'people.0.positionLines.1': 'ข', 'office.name': 'ค' })
    expect(withoutEdited(error, before, { ...before, positionText: 'ส' }, 'people.0', { positionText: 'positionLines' })?.fields).toEqual({ 'people.0.fullName': 'ก', 'office.name': 'ค' })
  })
  it('keeps the same error when nothing it names changed, and clears it when all are fixed', () => {
    expect(withoutEdited(error, { name: 'a' }, { name: 'a' }, 'office')).toBe(error)
    const one = { code: 'invalid-input' as const, message: 'x', fields: { name: 'ค' } }
    expect(withoutEdited(one, { name: '' }, { name: 'ส' })).toBeNull()
  })
})
