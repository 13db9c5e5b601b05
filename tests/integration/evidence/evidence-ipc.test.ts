/**
 * evidence:pack and evidence:checklist through the handler table that ipcMain and the web bridge
 * both call: input parsed from `unknown`, the file staged in the data folder and a handle back
 * (as documents:export gives them), Thai errors as Results, never a throw.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import type { EvidenceChecklistFile, EvidencePackFile } from '@shared/domain/evidence-schemas'
import type { Staged } from '@shared/ipc/contract'
import type { Result } from '@shared/result'
import { createHandlers, dispatchAsync, type HandlerTable } from '../../../src-main/ipc/handlers'
import { evidenceRegister, type EvidenceRegister } from './evidence-fixture'

const THAI = /[\u0E00-\u0E7F]/
const ROUND6 = { kind: 'round', fiscalYear: 2569, months: 6 }

describe('evidence over IPC', () => {
  let reg: EvidenceRegister
  let table: HandlerTable
  const logged: unknown[] = []
  const call = (channel: string, input: unknown, operatorId: number | null) =>
    dispatchAsync(table, channel, input, { operatorId }, { error: (_m: string, e: unknown) => void logged.push(e) })

  beforeAll(async () => {
    reg = await evidenceRegister()
    table = createHandlers(reg.f.services, { version: '0.0.0-test', shell: 'web' })
  }, 120_000)
  afterAll(() => reg?.f.cleanup())

  const stagedBytes = (id: string) => readFileSync(reg.f.services.staging.open(id).path)

  it('stages the pack and gives its handle with its contents, recorded as done by the operator', async () => {
    const result = (await call('evidence:pack', { indicatorCode: 'MOIT 1', period: ROUND6 }, reg.f.ids.webmaster)) as Result<Staged<EvidencePackFile>>
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value).not.toHaveProperty('contentBase64')
    const bytes = stagedBytes(result.value.staged.id)
    expect(result.value.staged).toMatchObject({ fileName: 'หลักฐาน-MOIT1-ปีงบ2569-รอบ6เดือน.pdf', sizeBytes: bytes.length })
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(result.value.items).toHaveLength(3)
    expect(result.value.fileName).toBe('หลักฐาน-MOIT1-ปีงบ2569-รอบ6เดือน.pdf')
    expect(reg.f.services.audit.list({ limit: 1 })[0]).toMatchObject({ action: 'evidence.pack', actorId: reg.f.ids.webmaster })
  }, 60_000)

  it('stages the checklist and gives its handle with its counts', async () => {
    const result = (await call('evidence:checklist', { indicatorCode: 'MOIT 1', period: ROUND6, format: 'xlsx' }, reg.f.ids.webmaster)) as Result<Staged<EvidenceChecklistFile>>
    if (!result.ok) throw new Error(result.error.message)
    expect(stagedBytes(result.value.staged.id).subarray(0, 2).toString('latin1')).toBe('PK')
    expect(result.value).toMatchObject({ format: 'xlsx', rowCount: 7, presentCount: 3 })
  })

  it('refuses in Thai: no operator, bad input, nothing published', async () => {
    const noOperator = await call('evidence:pack', { indicatorCode: 'MOIT 1', period: ROUND6 }, null)
    expect(noOperator.ok).toBe(false)
    if (!noOperator.ok) expect(noOperator.error).toMatchObject({ code: 'forbidden' })
    const badPeriod = await call('evidence:checklist', { indicatorCode: 'MOIT 1', period: { kind: 'round', fiscalYear: 2569, months: 9 }, format: 'xlsx' }, reg.f.ids.webmaster)
    expect(badPeriod.ok).toBe(false)
    if (!badPeriod.ok) {
      expect(badPeriod.error.code).toBe('invalid-input')
      expect(badPeriod.error.message).toMatch(THAI)
    }
    const badFormat = await call('evidence:checklist', { indicatorCode: 'MOIT 1', period: ROUND6, format: 'pdf' }, reg.f.ids.webmaster)
    if (!badFormat.ok) expect(badFormat.error.fields?.format).toBe('รูปแบบไฟล์ต้องเป็น xlsx หรือ csv')
    expect(badFormat.ok).toBe(false)
    const empty = await call('evidence:pack', { indicatorCode: 'MOIT 5', period: ROUND6 }, reg.f.ids.webmaster)
    expect(empty.ok).toBe(false)
    if (!empty.ok) expect(empty.error.message).toContain('ยังไม่มีรายการที่เผยแพร่แล้ว')
    expect(logged).toEqual([])
  })
})
