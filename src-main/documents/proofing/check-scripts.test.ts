import { describe, expect, it } from 'vitest'
import { checkScripts } from './check-scripts'

describe('checkScripts', () => {
  it('finds the Devanagari letters of the seed and names the script', () => {
    const p = '๒. ขั้นตอนการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของสำนักงานสาธารณสุขอำเภอनावังให้ดำเนินการดังนี้'
    const [f, ...rest] = checkScripts([p])
    expect(rest).toEqual([])
    expect(f).toMatchObject({ code: 'foreign-script', severity: 'error', excerpt: 'नाव', paragraphIndex: 0 })
    expect(p.slice(f?.start, f?.end)).toBe('नाव')
    expect(f?.messageTh).toContain('อักษรเทวนาครี “नाव” (U+0928 U+093E U+0935)')
  })

  it('reports each run of another script separately, with its own name', () => {
    const found = checkScripts(['ຫຼວງພະບາງ และ Москва และ 東京'])
    expect(found.map((f) => f.excerpt)).toEqual(['ຫຼວງພະບາງ', 'Москва', '東京'])
    expect(found[0]?.messageTh).toContain('พบอักษรลาว “ຫຼວງພະບາງ”')
    expect(found[1]?.messageTh).toContain('พบอักษรซีริลลิก “Москва”')
    expect(found[2]?.messageTh).toContain('พบอักษรจีน (ฮั่น) “東京”')
  })

  it('accepts Thai, Latin, digits of both kinds, typographic quotes, dashes and symbols', () => {
    const ok = [
      'ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐ มาตรา ๙ (๘)',
      '“คู่มือสำหรับประชาชน” – ขนาดไฟล์ไม่เกิน ๔ MB — sso00370@gmail.com (Website Security Standard) 100% ©',
      'Café naïve ๆ ฯ ฯลฯ\tแท็บ'
    ]
    expect(checkScripts(ok)).toEqual([])
  })

  it('flags private-use and control characters as text that cannot be read back', () => {
    const found = checkScripts(['สำ\u0003นักงาน', 'ผู้\uf70aใหญ่'])
    expect(found.map((f) => [f.code, f.severity, f.paragraphIndex, f.excerpt])).toEqual([
      ['unreadable-character', 'warning', 0, '\u0003'],
      ['unreadable-character', 'warning', 1, '\uf70a']
    ])
  })
})
