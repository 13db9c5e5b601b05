import { describe, expect, it } from 'vitest'
import { applyActualText, linesToParagraphs, pageLines } from './pdf-text'

const item = (str: string, x: number, y: number, width = str.length * 5, size = 10) => ({ str, transform: [size, 0, 0, size, x, y], width, height: size })
const begin = { type: 'beginMarkedContentProps' }
const end = { type: 'endMarkedContent' }

describe('applyActualText', () => {
  it('puts each span’s ActualText in place of its glyphs’ text, in order', () => {
    const items = [item('ส', 0, 0, 5), begin, item('ำ', 5, 0, 0), item('\u0003', 5, 0, 5), end, item('นักง', 10, 0, 20), begin, item('\u0003', 30, 0, 5), end, item('น', 35, 0, 5)]
    const out = applyActualText(items, [{ kind: 'begin', actualText: 'ำ' }, { kind: 'end' }, { kind: 'begin', actualText: 'า' }, { kind: 'end' }])
    expect(pageLines(out).map((l) => l.text)).toEqual(['สำนักงาน'])
  })

  it('leaves the text as pdf.js read it when the spans do not pair up', () => {
    const items = [begin, item('\u0003', 0, 0), end]
    expect(applyActualText(items, [])).toEqual(items)
    expect(applyActualText(items, undefined)).toEqual(items)
  })
})

describe('lines and paragraphs', () => {
  it('orders lines top to bottom, puts a space only at a real gap, drops hair spaces', () => {
    const lines = pageLines([item('ล่าง', 0, 100), item('บน', 0, 200), item('ต่อ', 10, 200), item('Web', 40, 200), item('master', 65, 200), item('x', 120, 200), item(' ', 125, 200, 0.5), item('y', 125.5, 200)])
    expect(lines.map((l) => l.text)).toEqual(['บนต่อ Web master xy', 'ล่าง'])
  })

  it('joins wrapped lines of a paragraph (Thai without a space) and splits at gaps, indents and short lines', () => {
    const right = 500
    const line = (text: string, x: number, y: number, x1 = right) => item(text, x, y, x1 - x)
    const lines = pageLines([
      line('บันทึกข้อความ', 200, 800, 300),
      line('ด้วยงานข้อมูลและสารสนเทศ มีภารกิจในการบริหารจัดการเว็บไซต์', 100, 760),
      line('สำนักงานสาธารณสุขอำเภอศรีบุญเรือง ในการเผยแพร่ข้อมูล', 72, 746),
      line('ข่าวสารของทางราชการ', 72, 732, 200),
      line('ข้อพิจารณา', 72, 718, 150),
      line('Government Website', 72, 680),
      line('Standard', 72, 666, 120)
    ])
    expect(linesToParagraphs(lines, 595)).toEqual([
      'บันทึกข้อความ',
      'ด้วยงานข้อมูลและสารสนเทศ มีภารกิจในการบริหารจัดการเว็บไซต์สำนักงานสาธารณสุขอำเภอศรีบุญเรือง ในการเผยแพร่ข้อมูลข่าวสารของทางราชการ',
      'ข้อพิจารณา',
      'Government Website Standard'
    ])
  })
})
