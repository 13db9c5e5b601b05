import { describe, expect, it } from 'vitest'
import { jsonProblem, lineColumnAt } from './template-json'

describe('jsonProblem', () => {
  it('accepts JSON and names the line and column of a mistake, in Thai', () => {
    expect(jsonProblem('{"subject": "ขออนุมัติ"}')).toBeNull()
    const problem = jsonProblem('{\n  "subject": "ขออนุมัติ",\n}')
    expect(problem).toMatch(/^ข้อความแม่แบบไม่ใช่ JSON ที่ถูกต้อง ที่บรรทัด ๓ ตำแหน่ง ๑ /)
    // No English from JSON.parse reaches the person ("JSON" itself is the format's name).
    expect(problem?.replaceAll('JSON', '')).not.toMatch(/[A-Za-z]{3,}/)
  })
  it('explains an unclosed quotation and a missing comma in Thai', () => {
    expect(jsonProblem('{"a": "ขออนุ')).toMatch(/เครื่องหมายคำพูดไม่ครบคู่/)
    expect(jsonProblem('{"a": [1, 2')).toMatch(/ที่บรรทัด ๑ ตำแหน่ง ๑๒ \(ขาดเครื่องหมายจุลภาค/)
  })
})

describe('lineColumnAt', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumnAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 })
    expect(lineColumnAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 })
  })
})
