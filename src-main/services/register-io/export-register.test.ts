import { describe, expect, it } from 'vitest'
import { todayIso } from '@shared/thai'
import { calendarDateOf } from './export-register'

describe('calendarDateOf', () => {
  it('gives the Bangkok calendar date of an instant, as todayIso does, around midnight there too', () => {
    for (const at of ['2026-01-15T03:00:00.000Z', '2026-03-31T16:59:59.999Z', '2026-03-31T17:00:00.000Z', '2024-02-28T17:30:00Z', '2021-12-31T23:59:00+07:00', '2022-01-01T00:00:00-05:00']) {
      expect(calendarDateOf(at), at).toBe(todayIso(new Date(at)))
    }
  })

  it('keeps a bare date, and gives null for nothing or nonsense', () => {
    expect(calendarDateOf('2026-01-15')).toBe('2026-01-15')
    expect(calendarDateOf(null)).toBeNull()
    expect(calendarDateOf('')).toBeNull()
    expect(calendarDateOf('ไม่ใช่วันที่')).toBeNull()
  })
})
