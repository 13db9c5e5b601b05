/**
 * Host profiles over a real register: saving, defaults, certificate trust, removal guarded by the
 * upload history, and passwords — stored only encrypted, asked before a basic_text store, held
 * for the session under plain Node — never in the register file, the audit log or a backup.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openFixture, requestIn, type RegisterFixture } from '../../helpers/register-fixtures'
import { refusal, refusalNow } from '../../helpers/refusals'
import { createHandlers, dispatchAsync } from '../../../src-main/ipc/handlers'
import { toTransferSettings } from '../../../src-main/services/publishing/profiles'
import { unavailableSecretStore } from '../../../src-main/services/publishing/secrets'
import { profileInput, profileServiceWith, TestKeychain } from './profiles-fixtures'

let f: RegisterFixture

beforeEach(() => {
  f = openFixture()
})
afterEach(() => f.cleanup())

describe('saving host profiles', () => {
  it('saves with the defaults the announcement and shared hosts call for; the first profile becomes the default', () => {
    const p = f.services.hostProfiles.save(profileInput(), f.ids.webmaster)
    expect(p).toMatchObject({
      port: 21,
      tls: 'explicit',
      folderPattern: '{root}/ita/{fy}/{indicator}',
      fileNaming: 'ascii-dated',
      ifExists: 'suffix',
      takedown: 'delete',
      archiveFolder: '',
      parallelConnections: 2,
      trust: 'system',
      isDefault: true,
      passwordStored: false,
      passwordBackend: null,
      passwordInSession: false
    })
    const implicit = f.services.hostProfiles.save(profileInput({ name: 'สำรอง', tls: 'implicit', remoteRoot: '/www/', publicBaseUrl: 'https://backup.example.go.th/files/' }), f.ids.webmaster)
    expect(implicit.port).toBe(990)
    expect(implicit.isDefault).toBe(false)
    expect(implicit.remoteRoot).toBe('/www')
    expect(implicit.publicBaseUrl).toBe('https://backup.example.go.th/files')
    expect(f.services.hostProfiles.list().map((x) => x.name)).toEqual(['เว็บไซต์ สสอ.ศรีบุญเรือง', 'สำรอง'])
    const audit = f.services.audit.list({ entity: 'host-profile', entityId: String(p.id) })
    expect(audit.map((a) => a.action).sort()).toEqual(['host-profile.create', 'host-profile.default'])
    expect(f.services.audit.verify().ok).toBe(true)
  })

  it('refuses bad input with Thai messages per field and saves nothing', () => {
    const err = refusalNow(() =>
      f.services.hostProfiles.save(
        profileInput({ host: 'ftp://ftp.example.go.th', port: 70000, remoteRoot: 'public_html', publicBaseUrl: 'ftp://x', folderPattern: '{root}/{year}', parallelConnections: 9 }),
        f.ids.webmaster
      )
    )
    expect(err.code).toBe('invalid-input')
    expect(err.fields?.host).toContain('ไม่ต้องมี ftp://')
    expect(err.fields?.port).toContain('1–65535')
    expect(err.fields?.remoteRoot).toContain('ขึ้นต้นด้วย /')
    expect(err.fields?.publicBaseUrl).toContain('http://')
    expect(err.fields?.folderPattern).toContain('{year}')
    expect(err.fields?.parallelConnections).toContain('1–8')
    expect(f.services.hostProfiles.list()).toEqual([])
  })

  it('refuses plain FTP unless the person insists, and an archive take-down without a folder', () => {
    const plain = refusalNow(() => f.services.hostProfiles.save(profileInput({ tls: 'none' }), f.ids.webmaster))
    expect(plain.fields?.tls).toContain('ประกาศกำหนดให้ใช้การเข้ารหัส')
    expect(f.services.hostProfiles.save(profileInput({ tls: 'none', allowPlainFtp: true }), f.ids.webmaster).tls).toBe('none')
    const archive = refusalNow(() => f.services.hostProfiles.save(profileInput({ name: 'b', takedown: 'archive' }), f.ids.webmaster))
    expect(archive.fields?.archiveFolder).toBeTruthy()
    expect(f.services.hostProfiles.save(profileInput({ name: 'b', takedown: 'archive', archiveFolder: '/archive/' }), f.ids.webmaster).archiveFolder).toBe('/archive')
  })

  it('refuses a second profile with the same name in any case', () => {
    f.services.hostProfiles.save(profileInput({ name: 'Main' }), f.ids.webmaster)
    const err = refusalNow(() => f.services.hostProfiles.save(profileInput({ name: 'MAIN' }), f.ids.webmaster))
    expect(err.code).toBe('conflict')
    expect(err.fields?.name).toBe('ชื่อนี้มีอยู่แล้ว')
  })

  it('moves the default and keeps exactly one', () => {
    const a = f.services.hostProfiles.save(profileInput({ name: 'a' }), f.ids.webmaster)
    const b = f.services.hostProfiles.save(profileInput({ name: 'b', isDefault: true }), f.ids.webmaster)
    expect(f.services.hostProfiles.get(a.id).isDefault).toBe(false)
    expect(b.isDefault).toBe(true)
    f.services.hostProfiles.setDefault(a.id, f.ids.webmaster)
    expect(f.services.hostProfiles.list().filter((p) => p.isDefault).map((p) => p.name)).toEqual(['a'])
    expect(f.services.hostProfiles.getDefault()?.id).toBe(a.id)
  })
})

describe('certificate trust', () => {
  it('pins a fingerprint however it was copied, or trusts a CA, or the system CAs; each in the audit log', () => {
    const p = f.services.hostProfiles.save(profileInput(), f.ids.webmaster)
    const hex = 'ab'.repeat(32)
    const pinned = f.services.hostProfiles.trustCertificate(p.id, `SHA256 Fingerprint=${hex}`, f.ids.webmaster)
    expect(pinned.trust).toBe('pin')
    expect(pinned.pinnedSha256).toBe(Array(32).fill('AB').join(':'))
    expect(toTransferSettings(pinned).trust).toEqual({ pinnedSha256: pinned.pinnedSha256 })

    const bad = refusalNow(() => f.services.hostProfiles.trustCertificate(p.id, 'not-a-fingerprint', f.ids.webmaster))
    expect(bad.fields?.sha256).toContain('64 หลัก')
    // Shaped like PEM, but not a certificate: refused by the parser, not by the shape check.
    const notACertificate = `-----BEGIN CERTIFICATE-----\n${Buffer.from('ไม่ใช่ใบรับรอง').toString('base64')}\n-----END CERTIFICATE-----`
    expect(refusalNow(() => f.services.hostProfiles.setCa(p.id, notACertificate, f.ids.webmaster)).message).toContain('อ่านใบรับรอง')
    expect(f.services.hostProfiles.get(p.id).trust).toBe('pin')

    const system = f.services.hostProfiles.setCa(p.id, null, f.ids.webmaster)
    expect(system.trust).toBe('system')
    expect(toTransferSettings(system).trust).toEqual({})
    const trustAudit = f.services.audit.list({ entity: 'host-profile', entityId: String(p.id) }).filter((a) => a.action === 'host-profile.trust')
    expect(trustAudit.map((a) => (a.detail as { mode: string }).mode)).toEqual(['system', 'pin'])
  })

  it('drops the pin when the host or port changes, keeps it for other edits', () => {
    const p = f.services.hostProfiles.save(profileInput(), f.ids.webmaster)
    f.services.hostProfiles.trustCertificate(p.id, 'cd'.repeat(32), f.ids.webmaster)
    expect(f.services.hostProfiles.save({ ...profileInput(), id: p.id, parallelConnections: 3 }, f.ids.webmaster).pinnedSha256).not.toBeNull()
    const moved = f.services.hostProfiles.save({ ...profileInput(), id: p.id, host: 'ftp.other-host.example' }, f.ids.webmaster)
    expect(moved.pinnedSha256).toBeNull()
    expect(moved.trust).toBe('system')
  })
})

describe('removing profiles', () => {
  it('removes an unused profile and hands the default to another', () => {
    const a = f.services.hostProfiles.save(profileInput({ name: 'a' }), f.ids.webmaster)
    const b = f.services.hostProfiles.save(profileInput({ name: 'b' }), f.ids.webmaster)
    f.services.hostProfiles.remove(a.id, f.ids.webmaster)
    expect(f.services.hostProfiles.list().map((p) => [p.name, p.isDefault])).toEqual([['b', true]])
    expect(refusalNow(() => f.services.hostProfiles.get(a.id)).code).toBe('not-found')
    expect(b.id).toBeGreaterThan(a.id)
  })

  it('refuses to remove a profile that files were published with (the record is evidence)', () => {
    const p = f.services.hostProfiles.save(profileInput(), f.ids.webmaster)
    const r = requestIn(f, 'published')
    const att = r.attachments[0]
    if (!att) throw new Error('fixture request has no attachment')
    f.services.db
      .prepare(
        `INSERT INTO published_file (request_id, attachment_id, profile_id, remote_path, public_url, sha256, size_bytes, published_at, published_by)
         VALUES (?, ?, ?, '/public_html/a.pdf', 'https://www.sbr-sso.go.th/a.pdf', ?, ?, ?, ?)`
      )
      .run(r.id, att.id, p.id, att.sha256, att.sizeBytes, f.clock.now(), f.ids.webmaster)
    const err = refusalNow(() => f.services.hostProfiles.remove(p.id, f.ids.webmaster))
    expect(err.code).toBe('conflict')
    expect(err.message).toContain('ไฟล์ที่เผยแพร่ 1 รายการ')
    expect(f.services.hostProfiles.list()).toHaveLength(1)
  })
})

describe('passwords', () => {
  const PASSWORD = 'Kh0ng-Lab-ลับมาก!'

  /** Every place a password could leak to on disk: the register and its WAL, the audit log, a backup. */
  async function expectNowhere(password: string): Promise<void> {
    const needles = [Buffer.from(password, 'utf8'), Buffer.from(password, 'utf16le'), Buffer.from(Buffer.from(password).toString('base64'))]
    f.services.db.pragma('wal_checkpoint(FULL)')
    for (const file of ['register.sqlite3', 'register.sqlite3-wal']) {
      const path = join(f.dir, file)
      if (!existsSync(path)) continue
      const bytes = readFileSync(path)
      for (const needle of needles) expect(bytes.includes(needle), `${file} holds the password`).toBe(false)
    }
    const audit = JSON.stringify(f.services.audit.list({ limit: 10_000 }))
    expect(audit.includes(password)).toBe(false)
    const backup = join(f.dir, 'check.pdbackup')
    await f.services.backup.createBackup(backup)
    const tar = gunzipSync(readFileSync(backup))
    for (const needle of needles) expect(tar.includes(needle), 'the backup holds the password').toBe(false)
  }

  it('stores only the encrypted bytes where the OS keychain is there, and reads them back', async () => {
    expect(existsSync(join(f.dir, 'register.sqlite3'))).toBe(true)
    const keychain = new TestKeychain('os')
    const service = profileServiceWith(f, keychain)
    const p = service.save(profileInput(), f.ids.webmaster)
    const saved = await service.setPassword({ id: p.id, password: PASSWORD }, f.ids.webmaster)
    expect(saved).toMatchObject({ passwordStored: true, passwordBackend: 'os', passwordInSession: false })
    expect(JSON.stringify(saved).includes(PASSWORD)).toBe(false)
    expect(keychain.encrypted).toBe(1)
    expect(await service.resolvePassword(p.id)).toBe(PASSWORD)
    const entry = f.services.audit.list({ entity: 'host-profile', entityId: String(p.id) }).find((a) => a.action === 'host-profile.password')
    expect(entry?.detail).toEqual({ kept: 'os' })
    await expectNowhere(PASSWORD)
  })

  it('asks before storing under basic_text: refused without the person accepting, stored when they do', async () => {
    const service = profileServiceWith(f, new TestKeychain('basic_text'))
    const p = service.save(profileInput(), f.ids.webmaster)
    const err = await refusal(service.setPassword({ id: p.id, password: PASSWORD }, f.ids.webmaster))
    expect(err.code).toBe('invalid-input')
    expect(err.message).toContain('basic_text')
    expect(err.message).toContain('ไม่มีที่เก็บรหัสผ่านที่เข้ารหัสจริง')
    expect(err.fields?.acceptWeakEncryption).toBeTruthy()
    expect(service.get(p.id).passwordStored).toBe(false)

    const sessionOnly = await service.setPassword({ id: p.id, password: PASSWORD, sessionOnly: true }, f.ids.webmaster)
    expect(sessionOnly).toMatchObject({ passwordStored: false, passwordInSession: true })

    const accepted = await service.setPassword({ id: p.id, password: PASSWORD, acceptWeakEncryption: true }, f.ids.webmaster)
    expect(accepted).toMatchObject({ passwordStored: true, passwordBackend: 'basic_text', passwordInSession: false })
    expect(await service.resolvePassword(p.id)).toBe(PASSWORD)
    await expectNowhere(PASSWORD)
  })

  it('under plain Node keeps the password for the session only, and asks again in the next session', async () => {
    const p = f.services.hostProfiles.save(profileInput(), f.ids.webmaster)
    const held = await f.services.hostProfiles.setPassword({ id: p.id, password: PASSWORD }, f.ids.webmaster)
    expect(held).toMatchObject({ passwordStored: false, passwordInSession: true })
    expect(await f.services.hostProfiles.resolvePassword(p.id)).toBe(PASSWORD)
    await expectNowhere(PASSWORD)

    // Another run of the program (a new service over the same register): nothing is known.
    const next = profileServiceWith(f, unavailableSecretStore)
    const err = await refusal(next.resolvePassword(p.id))
    expect(err.code).toBe('password-required')
    expect(err.message).toContain('ต้องใส่รหัสผ่าน FTP ของโปรไฟล์ “เว็บไซต์ สสอ.ศรีบุญเรือง”')
    expect(err.message).toContain('PUBLISH_DESK_FTP_PASSWORD')

    // A prompt's answer is used and held for the rest of that session.
    let asked = 0
    const prompt = async () => {
      asked++
      return 'typed-at-the-prompt'
    }
    expect(await next.resolvePassword(p.id, { prompt })).toBe('typed-at-the-prompt')
    expect(await next.resolvePassword(p.id, { prompt })).toBe('typed-at-the-prompt')
    expect(asked).toBe(1)
  })

  it('says why when a password stored by the desktop app cannot be read here, and uses a session one instead', async () => {
    const desktop = profileServiceWith(f, new TestKeychain('os'))
    const p = desktop.save(profileInput(), f.ids.webmaster)
    await desktop.setPassword({ id: p.id, password: PASSWORD }, f.ids.webmaster)
    const cli = profileServiceWith(f, unavailableSecretStore)
    expect((await refusal(cli.resolvePassword(p.id))).message).toContain('โปรแกรมบนเดสก์ท็อป')
    // A keychain that lost its key (another computer): decrypting fails, said as such.
    const otherComputer = profileServiceWith(f, new TestKeychain('os'))
    expect((await refusal(otherComputer.resolvePassword(p.id))).message).toContain('ถอดรหัสบนเครื่องนี้ไม่ได้')
    cli.session.set(p.id, 'for-this-session')
    expect(await cli.resolvePassword(p.id)).toBe('for-this-session')
  })

  it('drops the password when the host or the user name changes, not for other edits', async () => {
    const service = profileServiceWith(f, new TestKeychain('os'))
    const p = service.save(profileInput(), f.ids.webmaster)
    await service.setPassword({ id: p.id, password: PASSWORD }, f.ids.webmaster)
    expect(service.save({ ...profileInput(), id: p.id, folderPattern: '{root}/{fy}' }, f.ids.webmaster).passwordStored).toBe(true)
    const renamed = service.save({ ...profileInput(), id: p.id, username: 'someone-else' }, f.ids.webmaster)
    expect(renamed.passwordStored).toBe(false)
    expect((await refusal(service.resolvePassword(p.id))).code).toBe('password-required')
    const update = f.services.audit.list({ entity: 'host-profile', entityId: String(p.id) }).find((a) => a.action === 'host-profile.update' && JSON.stringify(a.detail).includes('cleared'))
    expect((update?.detail as { cleared: string[] }).cleared).toEqual(['password'])
  })

  it('forgets a password on request, stored and session', async () => {
    const service = profileServiceWith(f, new TestKeychain('os'))
    const p = service.save(profileInput(), f.ids.webmaster)
    await service.setPassword({ id: p.id, password: PASSWORD }, f.ids.webmaster)
    service.session.set(p.id, 'x')
    const after = service.forgetPassword(p.id, f.ids.webmaster)
    expect(after).toMatchObject({ passwordStored: false, passwordInSession: false })
  })
})

describe('over IPC (the handler table behind ipcMain and the web bridge)', () => {
  it('needs the operator for changes, keeps the password in the session, and never sends it back', async () => {
    const table = createHandlers(f.services, { version: '0.0.0-test', shell: 'web' })
    const logged: unknown[] = []
    const log = { error: (_m: string, e: unknown) => void logged.push(e) }
    const call = (channel: string, input: unknown, operatorId: number | null = f.ids.webmaster) => dispatchAsync(table, channel, input, { operatorId }, log)

    const anonymous = await call('hostProfiles:save', profileInput(), null)
    expect(anonymous).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    const saved = await call('hostProfiles:save', profileInput({ port: 2121 }))
    if (!saved.ok) throw new Error(saved.error.message)
    const id = (saved.value as { id: number }).id
    const withPassword = await call('hostProfiles:setPassword', { id, password: 'ipc-ลับ-999' })
    expect(withPassword).toMatchObject({ ok: true, value: { passwordInSession: true, passwordStored: false } })
    const listed = await call('hostProfiles:list', {})
    expect(listed).toMatchObject({ ok: true, value: { secretBackend: 'unavailable', profiles: [{ id, port: 2121 }] } })
    expect(JSON.stringify(listed)).not.toContain('ipc-ลับ-999')
    const trusted = await call('hostProfiles:trust', { mode: 'pin', id, sha256: 'ef'.repeat(32) })
    expect(trusted).toMatchObject({ ok: true, value: { trust: 'pin' } })
    const badTrust = await call('hostProfiles:trust', { mode: 'pin', id, sha256: 'xyz' })
    expect(badTrust).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await call('hostProfiles:remove', { id })).toMatchObject({ ok: true, value: { removed: true } })
    expect(logged).toEqual([])
  })
})
