import { describe, expect, it } from 'vitest'
import { collapseSpaces, foldView, joinParagraphs, paragraphAt, sourceRange, squeeze, toParagraphRange } from './text-view'

describe('foldView', () => {
  it('drops spaces and dotted leaders, keeps abbreviation dots, turns Thai digits Arabic', () => {
    expect(foldView('วันที่...๒๔...เดือน...ธันวาคม...พ.ศ....๒๕๖๔...').text).toBe('วันที่24เดือนธันวาคมพ.ศ2564')
    expect(foldView('พรบ.ว่าด้วยการกระทำ ความผิด พ.ศ. ๒๕๖๐').text).toBe('พรบ.ว่าด้วยการกระทำความผิดพ.ศ.2560')
    expect(foldView('ประกาศ ณ วันที่…๑').text).toBe('ประกาศณวันที่1')
  })

  it('keeps one space between two numbers so they stay two numbers', () => {
    expect(foldView('พ.ศ. ๒๕๔๐  ๑๒').text).toBe('พ.ศ.2540 12')
  })

  it('folds ํา (how PDFs give ำ back) and invisible spaces', () => {
    expect(foldView('สํานักงาน\u200bสาธารณสุข').text).toBe('สำนักงานสาธารณสุข')
  })

  it('maps a view range back to the exact source text', () => {
    const src = 'ตาม พ.ร.บ. ข้อมูลข่าวสาร  พ.ศ. ๒๕๕๐ มาตรา ๙'
    const v = foldView(src)
    const at = v.text.indexOf('2550')
    const r = sourceRange(v, at, at + 4)
    expect(src.slice(r.start, r.end)).toBe('๒๕๕๐')
    const whole = sourceRange(v, v.text.indexOf('พ.ร.บ.'), at + 4)
    expect(src.slice(whole.start, whole.end)).toBe('พ.ร.บ. ข้อมูลข่าวสาร  พ.ศ. ๒๕๕๐')
  })
})

describe('joined paragraphs', () => {
  const joined = joinParagraphs(['ตามประกาศสำนักงานปลัดกระทรวงสาธารณสุข', '', 'เรื่อง แนวทาง พ.ศ. ๒๕๖๑'])

  it('finds the paragraph of an offset', () => {
    expect(paragraphAt(joined, 0)).toBe(0)
    expect(paragraphAt(joined, joined.text.indexOf('เรื่อง'))).toBe(2)
  })

  it('cuts a range over a paragraph break to the paragraph its end is in', () => {
    const start = joined.text.indexOf('ประกาศ')
    const end = joined.text.length
    expect(toParagraphRange(joined, start, end)).toEqual({ paragraphIndex: 2, start: 0, end: 'เรื่อง แนวทาง พ.ศ. ๒๕๖๑'.length })
  })
})

describe('name helpers', () => {
  it('collapses and squeezes spaces', () => {
    expect(collapseSpaces('  จิรายุ \u00a0 ทินจง ')).toBe('จิรายุ ทินจง')
    expect(squeeze('ศรี บุญเรือง')).toBe('ศรีบุญเรือง')
  })
})
