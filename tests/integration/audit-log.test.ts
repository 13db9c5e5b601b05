/**
 * The audit log as an assessor would check it: a hash chain over the real register file, and
 * what verification says after someone edits the file behind the app's back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { openAppServices } from '../../src-main/services/app-services'
import { GENESIS_HASH, entryHash, type AuditRow as Row } from '../../src-main/services/audit/audit-log'
import { createHandlers, dispatch } from '../../src-main/ipc/handlers'
import { openFixture, requestIn, type RegisterFixture } from '../helpers/register-fixtures'

describe('audit log', () => {
  let f: RegisterFixture
  /** A second connection to the same file: the attacker's SQLite tool. */
  let attacker: Database.Database
  beforeEach(() => {
    f = openFixture()
    requestIn(f, 'published')
    requestIn(f, 'rejected')
    attacker = new Database(f.services.paths.database)
  })
  afterEach(() => {
    attacker.close()
    f.cleanup()
  })

  const rows = () => attacker.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Row[]
  const dropTriggers = () => attacker.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete')

  it('chains every entry to the one before it, from the genesis hash', () => {
    const all = rows()
    expect(all.length).toBeGreaterThan(10)
    expect(all.map((r) => r.seq)).toEqual(all.map((_, i) => i + 1))
    expect(all[0]?.prev_hash).toBe(GENESIS_HASH)
    all.forEach((r, i) => {
      if (i > 0) expect(r.prev_hash).toBe(all[i - 1]?.hash)
      expect(entryHash(r)).toBe(r.hash)
    })
    // The service's own view agrees with the file.
    const listed = f.services.audit.list({ limit: 500 }).reverse()
    expect(listed.map((e) => [e.seq, e.prevHash, e.hash])).toEqual(all.map((r) => [r.seq, r.prev_hash, r.hash]))
    // Opening a new register seeds the year's indicators; then setup: the office and its people.
    expect(all.slice(0, 6).map((r) => r.action)).toEqual(['indicator.defaults', 'office.create', 'person.create', 'person.create', 'person.create', 'person.create'])
    expect(all[0]?.actor_name).toBe('ระบบ')
  })

  it('verifies an untouched log', () => {
    const all = rows()
    expect(f.services.audit.verify()).toEqual({ ok: true, entries: all.length, lastHash: all.at(-1)?.hash })
    const table = createHandlers(f.services, { version: 'test', shell: 'web' })
    expect(dispatch(table, 'audit:verify', {}, undefined)).toEqual({ ok: true, value: { ok: true, entries: all.length, lastHash: all.at(-1)?.hash } })
  })

  it('refuses UPDATE and DELETE while its triggers are in place', () => {
    expect(() => attacker.prepare(`UPDATE audit_log SET actor_name = 'คนอื่น' WHERE seq = 3`).run()).toThrow(/append-only/)
    expect(() => attacker.prepare('DELETE FROM audit_log WHERE seq = 3').run()).toThrow(/append-only/)
    expect(() => f.services.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/)
    expect(f.services.audit.verify().ok).toBe(true)
  })

  it('names a changed entry', () => {
    dropTriggers()
    const target = rows()[7] as Row
    const detail = JSON.parse(target.detail) as Record<string, unknown>
    attacker.prepare('UPDATE audit_log SET detail = ? WHERE seq = ?').run(JSON.stringify({ ...detail, note: 'แก้ไขย้อนหลัง' }), target.seq)
    const v = f.services.audit.verify()
    expect(v).toMatchObject({ ok: false, problem: 'changed', firstBadSeq: target.seq })
    if (!v.ok) expect(v.message).toContain(`ลำดับที่ ${target.seq}`)
  })

  it('names a changed actor or time just the same', () => {
    dropTriggers()
    attacker.prepare(`UPDATE audit_log SET actor_name = 'นายสะไกร แก้วโสม', actor_id = 1 WHERE seq = 12`).run()
    expect(f.services.audit.verify()).toMatchObject({ ok: false, problem: 'changed', firstBadSeq: 12 })
  })

  it('names the first missing entry when one is deleted from the middle', () => {
    dropTriggers()
    const before = rows()
    attacker.prepare('DELETE FROM audit_log WHERE seq = 9').run()
    const v = f.services.audit.verify()
    expect(v).toMatchObject({ ok: false, problem: 'removed', firstBadSeq: 9, entries: 9 })
    if (!v.ok) expect(v.message).toContain('9')
    expect(rows()).toHaveLength(before.length - 1)
  })

  it('names the first entry when it is the one deleted', () => {
    dropTriggers()
    attacker.prepare('DELETE FROM audit_log WHERE seq = 1').run()
    expect(f.services.audit.verify()).toMatchObject({ ok: false, problem: 'removed', firstBadSeq: 1 })
  })

  it('names a forged entry inserted in the middle, even with a correct hash of its own and the seqs renumbered', () => {
    dropTriggers()
    const at = 6
    const previous = rows()[at - 2] as Row
    // Make room: move every later entry one place down (through negatives, so no seq collides).
    attacker.prepare('UPDATE audit_log SET seq = -(seq + 1) WHERE seq >= ?').run(at)
    attacker.prepare('UPDATE audit_log SET seq = -seq WHERE seq < 0').run()
    const forged: Omit<Row, 'hash'> = {
      seq: at,
      at: previous.at,
      actor_id: 1,
      actor_name: 'นายสะไกร แก้วโสม',
      action: 'request.approve',
      entity: 'request',
      entity_id: '1',
      detail: JSON.stringify({ from: 'submitted', to: 'approved', verbal: true }),
      prev_hash: previous.hash
    }
    attacker
      .prepare(
        `INSERT INTO audit_log (seq, at, actor_id, actor_name, action, entity, entity_id, detail, prev_hash, hash)
         VALUES (@seq, @at, @actor_id, @actor_name, @action, @entity, @entity_id, @detail, @prev_hash, @hash)`
      )
      .run({ ...forged, hash: entryHash(forged) })
    const v = f.services.audit.verify()
    expect(v).toMatchObject({ ok: false, problem: 'inserted', firstBadSeq: at })
    if (!v.ok) expect(v.message).toContain(`ลำดับที่ ${at}`)
  })

  it('keeps appending to a chain that verifies after the app is reopened', () => {
    f.services.close()
    const again = openFixtureOnDir(f)
    try {
      const n = again.audit.verify()
      expect(n.ok).toBe(true)
      const last = again.audit.list({ limit: 1 })[0]
      const entry = again.audit.append({ actorId: null, action: 'backup.create', entity: 'backup', entityId: 'after-reopen' })
      expect(entry.prevHash).toBe(last?.hash)
      expect(entry.seq).toBe((last?.seq ?? 0) + 1)
      expect(again.audit.verify()).toMatchObject({ ok: true, entries: (last?.seq ?? 0) + 1 })
    } finally {
      again.close()
    }
  })
})

/** The same data directory opened a second time, as the next day's start of the app would. */
function openFixtureOnDir(f: RegisterFixture) {
  return openAppServices({ dataDir: f.dir, clock: f.clock })
}
