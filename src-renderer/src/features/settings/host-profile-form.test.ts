import { describe, expect, it } from 'vitest'
import type { HostProfile } from '@shared/domain/publishing'
import { checkHostProfile, emptyHostProfileForm, greetingText, hostProfileFormFrom, hostProfileInputOf, passwordInputOf, passwordStatus } from './host-profile-form'

const filled = { ...emptyHostProfileForm(), name: 'เว็บไซต์', host: 'ftp.example.go.th', username: 'u', publicBaseUrl: 'https://www.example.go.th' }

const stored: HostProfile = {
  id: 3,
  name: 'เว็บไซต์',
  host: 'ftp.example.go.th',
  port: 990,
  tls: 'implicit',
  username: 'u',
  remoteRoot: '/public_html',
  publicBaseUrl: 'https://www.example.go.th',
  folderPattern: '{root}/ita/{fy}/{indicator}',
  fileNaming: 'keep-name',
  ifExists: 'fail',
  takedown: 'archive',
  archiveFolder: '/archive',
  parallelConnections: 3,
  trust: 'pin',
  caPem: null,
  pinnedSha256: 'AB:CD',
  isDefault: true,
  passwordStored: true,
  passwordBackend: 'basic_text',
  passwordInSession: false,
  createdAt: '2026-01-15T03:00:00.000Z',
  updatedAt: '2026-01-15T03:00:00.000Z'
}

describe('host profile form', () => {
  it('leaves an empty port to the TLS mode and sends numbers as numbers', () => {
    const input = hostProfileInputOf({ ...filled, parallelConnections: '3' })
    expect(input.port).toBeUndefined()
    expect(input.parallelConnections).toBe(3)
    expect(hostProfileInputOf({ ...filled, port: ' 2121 ' }).port).toBe(2121)
  })

  it('shows every field error at once, in Thai, before sending', () => {
    const checked = checkHostProfile({ ...filled, host: '', port: 'abc', publicBaseUrl: 'www.x', parallelConnections: '' })
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(Object.keys(checked.error.fields ?? {}).sort()).toEqual(['host', 'parallelConnections', 'port', 'publicBaseUrl'])
    expect(checked.error.fields?.port).toContain('พอร์ต')
  })

  it('sends plain FTP as insisted only while "none" is chosen, and the archive folder only for archive', () => {
    expect(hostProfileInputOf({ ...filled, tls: 'explicit', allowPlainFtp: true }).allowPlainFtp).toBe(false)
    expect(checkHostProfile({ ...filled, tls: 'none' }).ok).toBe(false)
    expect(checkHostProfile({ ...filled, tls: 'none', allowPlainFtp: true }).ok).toBe(true)
    expect(hostProfileInputOf({ ...filled, archiveFolder: '/x' }).archiveFolder).toBe('')
  })

  it('edits a stored profile without its password, keeping a non-standard port visible', () => {
    const form = hostProfileFormFrom(stored)
    expect(form).toMatchObject({ id: 3, port: '', tls: 'implicit', password: '', archiveFolder: '/archive', parallelConnections: '3' })
    expect(hostProfileFormFrom({ ...stored, port: 2990 }).port).toBe('2990')
    expect(checkHostProfile(form).ok).toBe(true)
  })

  it('asks to store under basic_text only when accepted, else keeps the password for the session', () => {
    expect(passwordInputOf({ ...filled, password: '' }, 1, 'os')).toBeNull()
    expect(passwordInputOf({ ...filled, password: 'p' }, 1, 'os')).toEqual({ id: 1, password: 'p' })
    expect(passwordInputOf({ ...filled, password: 'p' }, 1, 'basic_text')).toEqual({ id: 1, password: 'p', sessionOnly: true })
    expect(passwordInputOf({ ...filled, password: 'p', acceptWeak: true }, 1, 'basic_text')).toEqual({ id: 1, password: 'p', acceptWeakEncryption: true })
    expect(passwordInputOf({ ...filled, password: 'p' }, 1, 'unavailable')).toEqual({ id: 1, password: 'p' })
  })

  it('says where the password is', () => {
    expect(passwordStatus(stored)).toBe('เก็บแบบไม่เข้ารหัสจริง')
    expect(passwordStatus({ ...stored, passwordBackend: 'os' })).toBe('เก็บแบบเข้ารหัส')
    expect(passwordStatus({ ...stored, passwordStored: false, passwordBackend: null, passwordInSession: true })).toBe('จำไว้จนกว่าจะปิดโปรแกรม')
    expect(passwordStatus({ ...stored, passwordStored: false, passwordBackend: null })).toBe('ยังไม่ได้ใส่')
  })

  it('reads the greeting without reply codes', () => {
    expect(greetingText('220-Welcome to Pure-FTPd.\n220-You are user number 1\n220 Local time is now 10:00')).toBe('Welcome to Pure-FTPd. / You are user number 1 / Local time is now 10:00')
  })
})
