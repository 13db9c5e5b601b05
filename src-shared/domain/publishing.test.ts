import { describe, expect, it } from 'vitest'
import { hostProfileInput, hostTrustInput, normalizeFingerprint, parseFolderPattern } from './publishing'

const base = { name: 'เว็บไซต์', host: 'ftp.example.go.th', username: 'u', remoteRoot: '/public_html', publicBaseUrl: 'https://www.example.go.th' }

function fieldError(input: object, field: string): string | undefined {
  const r = hostProfileInput.safeParse({ ...base, ...input })
  if (r.success) return undefined
  return r.error.issues.find((i) => i.path.join('.') === field)?.message
}

describe('folder pattern', () => {
  it('splits literal text and the known placeholders', () => {
    expect(parseFolderPattern('{root}/ita/ปี{fy}/{indicator}/{category}/Q{quarter}/{requestId}')).toEqual({
      ok: true,
      parts: [
        { placeholder: 'root' }, { literal: '/ita/ปี' }, { placeholder: 'fy' }, { literal: '/' }, { placeholder: 'indicator' }, { literal: '/' },
        { placeholder: 'category' }, { literal: '/Q' }, { placeholder: 'quarter' }, { literal: '/' }, { placeholder: 'requestId' }
      ]
    })
  })

  it.each([
    ['{root}/{year}', '{year}'],
    ['{root}/{FY}', '{FY}'],
    ['/ita/{fy}', 'ต้องขึ้นต้นด้วย {root}'],
    ['{root}ita', 'หลัง {root} ต้องตามด้วย /'],
    ['{root}/../secret', '..'],
    ['{root}/a..b', '..'],
    ['{root}/{fy', 'ไม่ครบคู่'],
    ['{root}/fy}', 'ไม่ครบคู่'],
    ['{root}/{root}', '{root} ได้ครั้งเดียว'],
    ['{root}/a:b', 'อักขระที่โฮสต์ไม่รับ'],
    ['', 'กรุณากรอกรูปแบบโฟลเดอร์']
  ])('refuses %j with a Thai reason', (pattern, says) => {
    const r = parseFolderPattern(pattern)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain(says)
  })

  it('is normalised when saved: no trailing or doubled slashes', () => {
    expect(hostProfileInput.parse({ ...base, folderPattern: '{root}//ita/{fy}/' }).folderPattern).toBe('{root}/ita/{fy}')
  })
})

describe('host profile input', () => {
  it('fills defaults, including the port of the TLS mode', () => {
    const p = hostProfileInput.parse(base)
    expect(p).toMatchObject({ port: 21, tls: 'explicit', fileNaming: 'ascii-dated', ifExists: 'suffix', takedown: 'delete', parallelConnections: 2 })
    expect(hostProfileInput.parse({ ...base, tls: 'implicit' }).port).toBe(990)
    expect(hostProfileInput.parse({ ...base, tls: 'implicit', port: 2990 }).port).toBe(2990)
  })

  it('says what is wrong with a host', () => {
    expect(fieldError({ host: 'ftps://ftp.example.go.th' }, 'host')).toContain('ไม่ต้องมี ftp://')
    expect(fieldError({ host: 'ftp.ตัวอย่าง.ไทย' }, 'host')).toContain('xn--')
    expect(fieldError({ host: 'ftp.example.go.th:21' }, 'host')).toContain('เลขพอร์ต')
    expect(fieldError({ host: '' }, 'host')).toContain('กรุณากรอกชื่อโฮสต์')
    expect(fieldError({ host: '203.0.113.10' }, 'host')).toBeUndefined()
    expect(fieldError({ host: '::1' }, 'host')).toBeUndefined()
  })

  it('checks port, remote root, public URL and parallel connections', () => {
    expect(fieldError({ port: 0 }, 'port')).toContain('1–65535')
    expect(fieldError({ port: 65536 }, 'port')).toContain('1–65535')
    expect(fieldError({ port: 21.5 }, 'port')).toContain('จำนวนเต็ม')
    expect(fieldError({ remoteRoot: 'public_html' }, 'remoteRoot')).toContain('ขึ้นต้นด้วย /')
    expect(fieldError({ remoteRoot: '/a/../b' }, 'remoteRoot')).toContain('..')
    expect(fieldError({ publicBaseUrl: 'www.example.go.th' }, 'publicBaseUrl')).toContain('http://')
    expect(fieldError({ publicBaseUrl: 'https://x.go.th/?a=1' }, 'publicBaseUrl')).toContain('?…')
    expect(fieldError({ parallelConnections: 0 }, 'parallelConnections')).toContain('1–8')
    expect(fieldError({ parallelConnections: 9 }, 'parallelConnections')).toContain('1–8')
    expect(hostProfileInput.parse({ ...base, remoteRoot: '//public_html//ita/' }).remoteRoot).toBe('/public_html/ita')
    expect(hostProfileInput.parse({ ...base, publicBaseUrl: 'https://www.example.go.th/ไฟล์/' }).publicBaseUrl).toBe(`https://www.example.go.th/${encodeURIComponent('ไฟล์')}`)
  })

  it('refuses plain FTP unless insisted on, and archive without a folder', () => {
    expect(fieldError({ tls: 'none' }, 'tls')).toContain('ไม่เข้ารหัส')
    expect(hostProfileInput.safeParse({ ...base, tls: 'none', allowPlainFtp: true }).success).toBe(true)
    expect(fieldError({ takedown: 'archive' }, 'archiveFolder')).toContain('โฟลเดอร์เก็บไฟล์ที่นำออก')
    expect(fieldError({ takedown: 'archive', archiveFolder: 'old' }, 'archiveFolder')).toContain('ขึ้นต้นด้วย /')
    expect(hostProfileInput.parse({ ...base, takedown: 'delete', archiveFolder: '/ignored' }).archiveFolder).toBe('')
  })
})

describe('fingerprints', () => {
  it('reads the ways people copy a SHA-256 fingerprint', () => {
    const hex = '0123456789abcdef'.repeat(4)
    const want = hex.toUpperCase().match(/../g)?.join(':')
    expect(normalizeFingerprint(hex)).toBe(want)
    expect(normalizeFingerprint(`sha256 Fingerprint=${want}`)).toBe(want)
    expect(normalizeFingerprint(` ${want?.toLowerCase()} `)).toBe(want)
    expect(normalizeFingerprint('AB:CD')).toBeNull()
    expect(hostTrustInput.safeParse({ mode: 'pin', id: 1, sha256: 'zz' }).success).toBe(false)
  })
})
