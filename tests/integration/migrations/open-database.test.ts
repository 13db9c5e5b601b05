/** Opening the register: pragmas, versions, refusing a newer file, and a migration that fails. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { AppError } from '@shared/result'
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../../../src-main/db/migrations'
import { migrate, openDatabase, schemaVersion } from '../../../src-main/db/open-database'
import { makeTempDir, removeDir } from '../../helpers/register-fixtures'

const schemaOf = (db: Database.Database) => db.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name`).all()

describe('openDatabase', () => {
  let dir: string
  beforeEach(() => {
    dir = makeTempDir()
  })
  afterEach(() => removeDir(dir))

  it('brings a new file to the latest version with WAL, synchronous=FULL and foreign keys on', () => {
    const file = join(dir, 'register.sqlite3')
    const db = openDatabase(file)
    expect(schemaVersion(db)).toBe(LATEST_VERSION)
    expect(LATEST_VERSION).toBe(MIGRATIONS.length)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    db.close()
    // Reopening is a no-op for the schema, and the per-connection pragmas are set again.
    const again = openDatabase(file)
    expect(schemaVersion(again)).toBe(LATEST_VERSION)
    expect(again.pragma('synchronous', { simple: true })).toBe(2)
    expect(again.pragma('foreign_keys', { simple: true })).toBe(1)
    again.close()
  })

  it('records each migration in user_version, and step by step gives the same schema as all at once', () => {
    const stepwise = openDatabase(join(dir, 'stepwise.sqlite3'), { migrateTo: 0 })
    expect(schemaVersion(stepwise)).toBe(0)
    for (const m of MIGRATIONS) {
      migrate(stepwise, m.version)
      expect(schemaVersion(stepwise)).toBe(m.version)
    }
    const direct = openDatabase(join(dir, 'direct.sqlite3'))
    expect(schemaOf(stepwise)).toEqual(schemaOf(direct))
    stepwise.close()
    direct.close()
    for (let n = 0; n <= LATEST_VERSION; n++) {
      const db = openDatabase(join(dir, `to-${n}.sqlite3`), { migrateTo: n })
      expect(schemaVersion(db)).toBe(n)
      db.close()
    }
  })

  describe('refuses a database made by a newer version and leaves the file as it was', () => {
    const newer = LATEST_VERSION + 1
    const makeNewer = (file: string, wal: boolean) => {
      const raw = new Database(file)
      if (wal) raw.pragma('journal_mode = WAL')
      raw.exec(`CREATE TABLE future_feature (id INTEGER PRIMARY KEY, note TEXT); INSERT INTO future_feature (note) VALUES ('ข้อมูลจากรุ่นใหม่')`)
      raw.pragma(`user_version = ${newer}`)
      raw.close()
    }

    for (const [label, wal, options] of [
      ['in WAL mode (as Publish Desk writes it)', true, {}],
      ['in rollback-journal mode (as another tool may leave it)', false, {}],
      ['opened read-only', false, { readonly: true }]
    ] as const) {
      it(label, async () => {
        const file = join(dir, 'newer.sqlite3')
        makeNewer(file, wal)
        const bytes = readFileSync(file)
        const mtime = statSync(file).mtimeMs
        // Let a write, if any happened, show in the modification time.
        await new Promise((r) => setTimeout(r, 20))
        let error: unknown
        try {
          openDatabase(file, options).close()
        } catch (e) {
          error = e
        }
        expect(error).toBeInstanceOf(AppError)
        const appError = error as AppError
        expect(appError.code).toBe('database-too-new')
        expect(appError.message).toMatch(/[\u0E00-\u0E7F]/)
        expect(appError.message).toContain('รุ่นที่ใหม่กว่า')
        expect(appError.message).toContain(String(newer))
        expect(readFileSync(file).equals(bytes)).toBe(true)
        expect(statSync(file).mtimeMs).toBe(mtime)
        expect(existsSync(`${file}-wal`)).toBe(false)
        const check = new Database(file, { readonly: true })
        expect(check.pragma('user_version', { simple: true })).toBe(newer)
        expect(check.pragma('journal_mode', { simple: true })).toBe(wal ? 'wal' : 'delete')
        check.close()
      })
    }
  })

  it('leaves user_version at the previous version when a migration throws, and undoes its partial work', () => {
    const file = join(dir, 'register.sqlite3')
    const db = openDatabase(file, { migrateTo: 1 })
    const broken: Migration = {
      version: LATEST_VERSION + 1,
      name: 'broken',
      up: (d) => {
        d.exec('CREATE TABLE half_done (x TEXT)')
        d.exec(`INSERT INTO half_done VALUES ('ยังไม่เสร็จ')`)
        throw new Error('disk full while migrating')
      }
    }
    expect(() => migrate(db, broken.version, [...MIGRATIONS, broken])).toThrow('disk full while migrating')
    // The migrations before the broken one each committed on their own.
    expect(schemaVersion(db)).toBe(LATEST_VERSION)
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'half_done'`).get()).toBeUndefined()
    db.close()

    // The same in the middle of a run: migration 3 fails, 2 stays applied.
    const other = openDatabase(join(dir, 'other.sqlite3'), { migrateTo: 1 })
    const failingThird: Migration = {
      version: 3,
      name: 'failing-third',
      up: (d) => {
        d.exec('CREATE TABLE partial (x)')
        throw new Error('boom')
      }
    }
    const list = MIGRATIONS.map((m) => (m.version === 3 ? failingThird : m))
    expect(() => migrate(other, 3, list)).toThrow('boom')
    expect(schemaVersion(other)).toBe(2)
    expect(other.prepare(`SELECT name FROM sqlite_master WHERE name IN ('partial', 'audit_log') ORDER BY name`).all()).toEqual([{ name: 'audit_log' }])
    other.close()
  })
})
