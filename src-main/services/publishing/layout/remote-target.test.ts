import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/result'
import { asciiDatedName, keptName, publicUrlFor, remoteDirFor, remoteTargetFor, safeSegment, type LayoutProfile, type LayoutRequest } from '.'

const profile: LayoutProfile = {
  remoteRoot: '/public_html',
  publicBaseUrl: 'https://www.sbr-sso.go.th',
  folderPattern: '{root}/ita/{fy}/{indicator}',
  fileNaming: 'ascii-dated'
}

const request: LayoutRequest = {
  id: 123,
  fiscalYear: 2570,
  fiscalQuarter: 1,
  requestDate: '2026-11-26',
  categoryCode: '1.8',
  indicators: [{ code: 'MOIT 4' }, { code: 'MOIT 6' }]
}

const attachment = { id: 1, fileName: 'ประกาศผลการจัดซื้อจัดจ้าง ไตรมาส 1.PDF', kind: 'pdf' }

function refusal(fn: () => unknown): AppError {
  try {
    fn()
  } catch (e) {
    if (e instanceof AppError) return e
    throw e
  }
  throw new Error('expected a refusal')
}

describe('remote folder', () => {
  it('expands every placeholder: fiscal year (BE), first indicator, category, fiscal quarter, request id', () => {
    const dir = remoteDirFor({ ...profile, folderPattern: '{root}/ita/{fy}/{indicator}/{category}/Q{quarter}/{requestId}' }, request)
    // 26 November is in the first fiscal quarter (October–December).
    expect(dir).toBe('/public_html/ita/2570/MOIT 4/1.8/Q1/123')
    expect(remoteDirFor({ ...profile, folderPattern: '{root}/q{quarter}' }, { ...request, requestDate: '2027-02-01', fiscalQuarter: 2 })).toBe('/public_html/q2')
    // A plan for fiscal year 2570 filed on 30 September 2026 goes with 2570's first quarter, as the register files it.
    expect(remoteDirFor({ ...profile, folderPattern: '{root}/{fy}/Q{quarter}' }, { ...request, requestDate: '2026-09-30', fiscalQuarter: 1 })).toBe('/public_html/2570/Q1')
  })

  it("uses 'general' when the request names no indicator", () => {
    expect(remoteDirFor(profile, { ...request, indicators: [] })).toBe('/public_html/ita/2570/general')
  })

  it('keeps Thai folder names of the pattern (NFC) and works from the login root', () => {
    expect(remoteDirFor({ remoteRoot: '/', folderPattern: '{root}/เอกสารเผยแพร่/ปี {fy}/' }, request)).toBe('/เอกสารเผยแพร่/ปี 2570')
    expect(remoteDirFor({ remoteRoot: '/', folderPattern: '{root}' }, request)).toBe('/')
  })

  it('makes codes safe as folder names and refuses a code that leaves nothing usable', () => {
    expect(remoteDirFor(profile, { ...request, indicators: [{ code: 'MOIT 4/5: งบ*' }] })).toBe('/public_html/ita/2570/MOIT 4_5_ งบ_')
    const err = refusal(() => remoteDirFor({ ...profile, folderPattern: '{root}/{category}' }, { ...request, categoryCode: '..' }))
    expect(err.code).toBe('invalid-input')
    expect(err.message).toContain('{category}')
  })

  it('refuses a pattern that was never valid (unknown placeholder, ..) with the reason', () => {
    expect(refusal(() => remoteDirFor({ ...profile, folderPattern: '{root}/{year}' }, request)).message).toContain('{year}')
    expect(refusal(() => remoteDirFor({ ...profile, folderPattern: '{root}/../etc' }, request)).message).toContain('..')
  })
})

describe('remote file name', () => {
  it("ascii-dated: the request date in BE, request and attachment numbers, the original extension in lower case", () => {
    expect(asciiDatedName(request, attachment)).toBe('2569-11-26_req123_a1.pdf')
  })

  it('ascii-dated: falls back to the content kind when the extension is not plain ASCII, and to none', () => {
    expect(asciiDatedName(request, { id: 7, fileName: 'รายงาน.พดฟ', kind: 'docx' })).toBe('2569-11-26_req123_a7.docx')
    expect(asciiDatedName(request, { id: 7, fileName: 'README' })).toBe('2569-11-26_req123_a7')
  })

  it('keep-name: the Thai name in NFC with characters hosts refuse replaced', () => {
    // "ำ" typed as nikhahit + sara aa stays as typed (NFC does not join them); a decomposed "é" is composed.
    expect(keptName(request, { id: 1, fileName: 'e\u0301 รายงาน: ไตรมาส 1/2 "สรุป"?.pdf' })).toBe('\u00e9 รายงาน_ ไตรมาส 1_2 _สรุป__.pdf')
    expect(keptName(request, { id: 1, fileName: '  .hidden  name .pdf' })).toBe('hidden name.pdf')
  })

  it('keep-name: a very long Thai name is cut whole characters at a time below the byte limit', () => {
    const name = keptName(request, { id: 1, fileName: `${'ที่'.repeat(100)}.pdf` })
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(200)
    expect(name.endsWith('.pdf')).toBe(true)
    // No dangling tone mark: every cut falls between whole "ที่" clusters.
    expect(name.replace('.pdf', '').length % 3).toBe(0)
  })

  it('keep-name: falls back to the ASCII name when nothing usable is left', () => {
    expect(keptName(request, { id: 9, fileName: '....pdf' })).toBe('2569-11-26_req123_a9.pdf')
  })
})

describe('public URL', () => {
  it('is the base URL plus the path under the remote root, every segment percent-encoded', () => {
    const target = remoteTargetFor({ ...profile, fileNaming: 'keep-name', folderPattern: '{root}/ita/{fy}/ตัวชี้วัด {indicator}' }, request, attachment)
    expect(target.dir).toBe('/public_html/ita/2570/ตัวชี้วัด MOIT 4')
    expect(target.name).toBe('ประกาศผลการจัดซื้อจัดจ้าง ไตรมาส 1.PDF')
    expect(target.publicUrl).toBe(
      `https://www.sbr-sso.go.th/ita/2570/${encodeURIComponent('ตัวชี้วัด MOIT 4')}/${encodeURIComponent('ประกาศผลการจัดซื้อจัดจ้าง ไตรมาส 1.PDF')}`
    )
    expect(target.publicUrl).toContain('%20MOIT%204/')
    expect(new URL(target.publicUrl).pathname.split('/').map(decodeURIComponent)).toEqual(['', 'ita', '2570', 'ตัวชี้วัด MOIT 4', target.name])
  })

  it('joins a base URL that has a path of its own, and encodes #, % and ?', () => {
    const url = publicUrlFor({ remoteRoot: '/htdocs/files', publicBaseUrl: 'https://example.go.th/files/' }, '/htdocs/files/a#b', '50%?.pdf')
    expect(url).toBe('https://example.go.th/files/a%23b/50%25%3F.pdf')
  })

  it('gives the ascii-dated default target for the usual profile', () => {
    expect(remoteTargetFor(profile, request, attachment)).toEqual({
      dir: '/public_html/ita/2570/MOIT 4',
      name: '2569-11-26_req123_a1.pdf',
      publicUrl: 'https://www.sbr-sso.go.th/ita/2570/MOIT%204/2569-11-26_req123_a1.pdf'
    })
  })

  it('refuses a path outside the remote root', () => {
    expect(refusal(() => publicUrlFor(profile, '/private', 'a.pdf')).message).toContain('/public_html')
  })
})

describe('safeSegment', () => {
  it('replaces \\ / : * ? " < > | and control characters, collapses spaces, drops leading dots', () => {
    expect(safeSegment('..a\\b/c:d*e?f"g<h>i|j\u0001k   l. ')).toBe('a_b_c_d_e_f_g_h_i_j_k l')
  })
})
