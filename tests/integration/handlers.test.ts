/** The handler table behind ipcMain and the web bridge: input from `unknown`, Results out, never a throw. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CHANNELS } from '@shared/ipc/contract'
import type { Result } from '@shared/result'
import type { RequestDetail } from '@shared/domain/records'
import { createHandlers, dispatch, type HandlerTable } from '../../src-main/ipc/handlers'
import { countRows, openFixture, requestInput, SEED_OFFICE, type RegisterFixture } from '../helpers/register-fixtures'

const THAI = /[\u0E00-\u0E7F]/
/** zod's English defaults start like this; none may reach a person. */
const ENGLISH_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized|Expected|Required)/

describe('dispatch', () => {
  let f: RegisterFixture
  let table: HandlerTable
  let logged: unknown[]
  const log = { error: (_message: string, error: unknown) => void logged.push(error) }
  const call = (channel: unknown, input: unknown, meta?: unknown): Result<unknown> => dispatch(table, channel, input, meta, log)

  beforeEach(() => {
    f = openFixture()
    table = createHandlers(f.services, { version: '0.0.0-test', shell: 'web' })
    logged = []
  })
  afterEach(() => f.cleanup())

  const expectInvalid = (result: Result<unknown>) => {
    expect(result.ok).toBe(false)
    if (result.ok) return undefined
    expect(result.error.code).toBe('invalid-input')
    expect(result.error.message).toMatch(THAI)
    for (const [field, message] of Object.entries(result.error.fields ?? {})) {
      expect(message, field).toMatch(THAI)
      expect(message, field).not.toMatch(ENGLISH_DEFAULT)
    }
    return result.error
  }

  it('has a handler for every channel of the contract', () => {
    expect(Object.keys(table).sort()).toEqual([...CHANNELS].sort())
  })

  it.each([
    ['an unknown channel', 'requests:delete'],
    ['an empty channel', ''],
    ['a prototype property', 'constructor'],
    ['__proto__', '__proto__'],
    ['toString', 'toString'],
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an array', ['app:info']],
    ['an object', { channel: 'app:info' }]
  ])('refuses %s as a channel name', (_label, channel) => {
    const error = expectInvalid(call(channel, {}))
    expect(error?.message).toContain('ไม่รู้จักคำสั่ง')
  })

  it.each([
    ['requests:create', { title: 5 }, ['title', 'ownerUnit', 'requestDate', 'categoryCode', 'requesterId', 'byId']],
    ['requests:create', null, ['_']],
    ['requests:create', 'ประกาศ', ['_']],
    ['requests:create', [], ['_']],
    ['requests:get', { id: '1' }, ['id']],
    ['requests:get', { id: -1 }, ['id']],
    ['requests:get', { id: 1.5 }, ['id']],
    ['requests:transition', { id: 1, action: 'delete', byId: 1 }, ['action']],
    ['requests:transition', { id: 1, action: 'approve', byId: 1, verbal: 'yes' }, ['verbal']],
    ['requests:transition', { id: 1, action: 'approve', byId: 1, at: 'yesterday' }, ['at']],
    ['requests:query', { statuses: ['lost'] }, ['statuses.0']],
    ['requests:query', { quarter: 5 }, ['quarter']],
    ['requests:query', { limit: 0 }, ['limit']],
    ['requests:query', { search: 5 }, ['search']],
    ['requests:query', { dateFrom: '2026-02-30' }, ['dateFrom']],
    ['people:save', { fullName: 'นายทดสอบ ระบบ', positionLines: ['เจ้าหน้าที่'], roles: ['king'] }, ['roles.0']],
    ['people:save', { fullName: 'นายทดสอบ ระบบ', positionLines: [], roles: [] }, ['positionLines', 'roles']],
    ['office:save', { ...SEED_OFFICE, maxAttachmentMb: -1 }, ['maxAttachmentMb']],
    ['office:save', { ...SEED_OFFICE, email: 'not an address' }, ['email']],
    ['app:info', { extra: true }, ['_']],
    ['indicators:list', { fiscalYear: 2026 }, ['fiscalYear']],
    ['attachments:check', { fileName: '', contentBase64: 1 }, ['fileName', 'contentBase64']]
  ] as const)('refuses bad input to %s with Thai messages per field: %j', (channel, input, fields) => {
    const error = expectInvalid(call(channel, input, { operatorId: 1 }))
    expect(Object.keys(error?.fields ?? {})).toEqual(expect.arrayContaining([...fields]))
  })

  it('refuses bad call metadata', () => {
    expectInvalid(call('app:info', {}, { operatorId: 'นพกร' }))
    expectInvalid(call('app:info', {}, 'operator'))
    expectInvalid(call('app:info', {}, { operatorId: 0 }))
  })

  it('never throws, whatever arrives', () => {
    const odd: unknown[] = [undefined, null, 0, -1, 1e308, NaN, '', 'x'.repeat(10_000), [], [[]], {}, { id: {} }, { id: [1] }, true]
    for (const channel of CHANNELS) {
      for (const input of odd) {
        for (const meta of [undefined, null, {}, { operatorId: 1 }, { operatorId: 999 }]) {
          const result = call(channel, input, meta)
          expect(typeof result.ok).toBe('boolean')
          if (!result.ok) expect(result.error.message).toMatch(THAI)
        }
      }
    }
    expect(logged).toEqual([])
  })

  it('turns an unexpected error into a Thai "internal" result and logs it', () => {
    const broken: HandlerTable = {
      ...table,
      'app:info': () => {
        throw new TypeError('cannot read properties of undefined')
      }
    }
    const result = dispatch(broken, 'app:info', {}, undefined, log)
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    if (!result.ok) expect(result.error.message).toMatch(THAI)
    expect(logged).toHaveLength(1)
    expect(logged[0]).toBeInstanceOf(TypeError)
  })

  it('answers good input with a Result value', () => {
    const info = call('app:info', {})
    expect(info).toMatchObject({ ok: true, value: { version: '0.0.0-test', shell: 'web', setupComplete: true, dataDir: f.dir } })
    const created = call('requests:create', requestInput(f, { title: 'ประกาศผ่านช่องทาง IPC' }))
    expect(created).toMatchObject({ ok: true, value: { title: 'ประกาศผ่านช่องทาง IPC', status: 'draft' } })
    const id = created.ok ? (created.value as RequestDetail).id : 0
    expect(call('requests:get', { id })).toMatchObject({ ok: true, value: { id } })
    expect(call('requests:query', { search: 'ช่องทาง' })).toMatchObject({ ok: true, value: { total: 1 } })
    expect(call('requests:get', { id: 999 })).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('needs a chosen operator for settings changes and records who made them', () => {
    const office = { ...SEED_OFFICE, phone: '๐ ๔๒๓๕ ๓๑๖๐' }
    const audit = countRows(f.services, 'audit_log')
    const anonymous = call('office:save', office)
    expect(anonymous).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(countRows(f.services, 'audit_log')).toBe(audit)
    expect(call('office:save', office, { operatorId: 999 })).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(call('office:save', office, { operatorId: f.ids.webmaster })).toMatchObject({ ok: true, value: { phone: '๐ ๔๒๓๕ ๓๑๖๐' } })
    expect(f.services.audit.list({ limit: 1 })[0]).toMatchObject({ action: 'office.update', actorId: f.ids.webmaster, actorName: 'นายนพกร กุลสา' })
  })

  it('refuses a second first-run setup', () => {
    expect(call('setup:complete', { office: SEED_OFFICE, people: [{ fullName: 'นายใหม่ ใจดี', positionLines: ['ผู้ดูแลเว็บไซต์'], roles: ['webmaster'] }] })).toMatchObject({
      ok: false,
      error: { code: 'conflict' }
    })
  })
})
