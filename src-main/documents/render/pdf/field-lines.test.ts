import { describe, expect, it } from 'vitest'
import { breakFieldText } from './field-lines'

// One point per character: widths are easy to reason about.
const measure = (text: string) => [...text].length

describe('breakFieldText', () => {
  it('keeps a text that fits on one line', () => {
    expect(breakFieldText('นภ ๐๓๓๒/๘๗๘', 40, 40, measure)).toEqual(['นภ ๐๓๓๒/๘๗๘'])
  })

  it('breaks between Thai words, the first line narrower than the rest, dropping spaces at breaks', () => {
    const text = 'ขออนุมัติและขออนุญาตประกาศเผยแพร่ข้อมูลสู่สาธารณะผ่านเว็บไซต์ของหน่วยงาน'
    const lines = breakFieldText(text, 20, 32, measure)
    expect(lines.join('')).toBe(text)
    expect(lines.length).toBeGreaterThan(2)
    expect(measure(lines[0]!)).toBeLessThanOrEqual(20 - 1.5)
    for (const line of lines.slice(1)) expect(measure(line)).toBeLessThanOrEqual(32 - 1.5)
    // Every break is a word boundary of the whole text.
    const boundaries = new Set([...new Intl.Segmenter('th', { granularity: 'word' }).segment(text)].map((s) => s.index))
    let offset = 0
    for (const line of lines.slice(0, -1)) {
      offset += line.length
      expect(boundaries.has(offset), line).toBe(true)
    }
  })

  it('drops the space where it breaks, and breaks at "\\n"', () => {
    expect(breakFieldText('โทร. ๐ ๔๒๓๕ ๓๐๔๕', 14, 40, measure)).toEqual(['โทร. ๐ ๔๒๓๕', '๓๐๔๕'])
    expect(breakFieldText('บรรทัดหนึ่ง\nบรรทัดสอง', 40, 40, measure)).toEqual(['บรรทัดหนึ่ง', 'บรรทัดสอง'])
  })

  it('gives an empty text one empty line (the leader alone)', () => {
    expect(breakFieldText('', 40, 40, measure)).toEqual([''])
  })
})
