import { describe, expect, it } from 'vitest'
import { bangkokDateTime } from './bangkok-time'

describe('bangkokDateTime', () => {
  it('shows a UTC instant in Bangkok time, moving to the next day after 17:00 UTC', () => {
    expect(bangkokDateTime('2021-12-24T17:30:00.000Z')).toBe('25 ธ.ค. 2564 00:30')
    expect(bangkokDateTime('2021-12-24T16:59:00.000Z')).toBe('24 ธ.ค. 2564 23:59')
  })
  it('crosses the year in Bangkok, not in UTC', () => {
    expect(bangkokDateTime('2025-12-31T17:00:00Z')).toBe('1 ม.ค. 2569 00:00')
  })
  it('returns text it cannot read unchanged', () => {
    expect(bangkokDateTime('not a date')).toBe('not a date')
  })
})
