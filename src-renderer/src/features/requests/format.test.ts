import { describe, expect, it } from 'vitest'
import { fileSize, fromBangkokInputValue, thaiDate, thaiDateTime, toBangkokInputValue } from './format'

describe('request screen formats', () => {
  it('shows dates in Buddhist Era with Arabic digits', () => {
    expect(thaiDate('2021-12-24')).toBe('24 ธ.ค. 2564')
    expect(thaiDate('2021-12-24', 'long')).toBe('24 ธันวาคม 2564')
    expect(thaiDate(null)).toBe('')
  })

  it('shows an instant in Bangkok time, whatever the zone of the machine', () => {
    // 17:30 UTC on 30 September is already 1 October in Bangkok: the day must move too.
    expect(thaiDateTime('2025-09-30T17:30:00.000Z')).toBe('1 ต.ค. 2568 เวลา 00:30 น.')
    expect(thaiDateTime('2025-10-01')).toBe('1 ต.ค. 2568')
  })

  it('reads and writes the decision time input in Bangkok time', () => {
    const instant = new Date('2025-09-30T17:30:00.000Z')
    expect(toBangkokInputValue(instant)).toBe('2025-10-01T00:30')
    expect(new Date(fromBangkokInputValue('2025-10-01T00:30')).toISOString()).toBe('2025-09-30T17:30:00.000Z')
  })

  it('gives sizes in the units people read', () => {
    expect(fileSize(812)).toBe('812 ไบต์')
    expect(fileSize(140429)).toBe('137.1 KB')
    expect(fileSize(4 * 1024 * 1024)).toBe('4.0 MB')
  })
})
