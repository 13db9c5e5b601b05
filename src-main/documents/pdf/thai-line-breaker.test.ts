import { describe, expect, it } from 'vitest'
import { requireLineBreaker, type LineBreak } from './pdfmake-internals'
import { installThaiLineBreaker, spaceBreaks, thaiWordBreaks } from './thai-line-breaker'

function allBreaks(text: string): LineBreak[] {
  const LineBreaker = requireLineBreaker() as unknown as new (text: string) => { nextBreak(): LineBreak | null }
  const breaker = new LineBreaker(text)
  const found: LineBreak[] = []
  for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) found.push({ position: b.position, required: b.required })
  return found
}

describe('thaiWordBreaks', () => {
  it('finds the boundaries between Thai words written without spaces', () => {
    const text = 'สำนักงานสาธารณสุขอำเภอ'
    const pieces: string[] = []
    let last = 0
    for (const at of [...thaiWordBreaks(text), text.length]) pieces.push(text.slice(last, (last = at)))
    expect(pieces).toEqual(['สำนักงาน', 'สาธารณสุข', 'อำเภอ'])
  })

  it('adds nothing where a space or a Latin word already separates', () => {
    expect(thaiWordBreaks('Government Website Standard')).toEqual([])
    const text = 'ราชการ (Government)'
    expect(thaiWordBreaks(text).every((at) => at < text.indexOf(' '))).toBe(true)
  })

  it('never starts a line with mai yamok or paiyannoi', () => {
    const text = 'สิ่งต่างๆนั้นกรุงเทพฯและ'
    const breaks = thaiWordBreaks(text)
    for (const at of breaks) expect(['ๆ', 'ฯ']).not.toContain(text[at])
    expect(breaks.length).toBeGreaterThan(2)
  })
})

describe('spaceBreaks', () => {
  it('allows a break after every space, also before "." where UAX #14 refuses one', () => {
    const text = 'นามสกุล .pdf .xls , ขนาด'
    expect(spaceBreaks(text)).toEqual([text.indexOf('.pdf'), text.indexOf('.xls'), text.indexOf('ขนาด')])
  })
})

describe('installThaiLineBreaker', () => {
  it('merges Thai word boundaries into the UAX #14 breaks, in order, keeping required breaks', () => {
    installThaiLineBreaker(requireLineBreaker())
    const text = 'ข้อมูลข่าวสาร ของราชการ\nประชาชน'
    const breaks = allBreaks(text)
    const positions = breaks.map((b) => b.position)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    expect(new Set(positions).size).toBe(positions.length)
    expect(positions).toContain(text.indexOf('ข่าว'))
    expect(positions).toContain(text.indexOf('ของ'))
    expect(positions).toContain(text.indexOf('ราชการ'))
    expect(breaks.find((b) => b.position === text.indexOf('ประชาชน'))?.required).toBe(true)
    expect(positions[positions.length - 1]).toBe(text.length)
  })

  it('is harmless when installed twice', () => {
    const text = 'สำนักงานสาธารณสุขอำเภอศรีบุญเรือง'
    installThaiLineBreaker(requireLineBreaker())
    const once = allBreaks(text)
    installThaiLineBreaker(requireLineBreaker())
    expect(allBreaks(text)).toEqual(once)
    expect(once.length).toBeGreaterThan(3)
  })

  it('patches a class that was used before the install (no reliance on load order)', () => {
    class FakeBreaker {
      string: string
      private done = false
      constructor(text: string) {
        this.string = text
      }
      nextBreak(): LineBreak | null {
        if (this.done) return null
        this.done = true
        return { position: this.string.length, required: false }
      }
    }
    const before = new FakeBreaker('ภาครัฐผ่านเว็บไซต์')
    expect(before.nextBreak()?.position).toBe(18)
    installThaiLineBreaker(FakeBreaker)
    const after = new FakeBreaker('ภาครัฐผ่านเว็บไซต์')
    const positions: number[] = []
    for (let b = after.nextBreak(); b; b = after.nextBreak()) positions.push(b.position)
    expect(positions).toEqual([3, 6, 10, 18])
  })
})
