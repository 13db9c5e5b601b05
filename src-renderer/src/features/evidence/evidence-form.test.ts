import { describe, expect, it } from 'vitest'
import { periodRange } from '@shared/domain/report-period'
import { PERIOD_CHOICES, periodChoiceLabel, periodOf } from './evidence-form'

describe('evidence screen choices', () => {
  it('turns each period choice into the dates it names', () => {
    const ranges = PERIOD_CHOICES.map((c) => periodRange(periodOf(c, 2569)))
    expect(ranges).toEqual([
      { start: '2025-10-01', end: '2026-09-30' },
      { start: '2025-10-01', end: '2026-03-31' },
      { start: '2025-10-01', end: '2025-12-31' },
      { start: '2026-01-01', end: '2026-03-31' },
      { start: '2026-04-01', end: '2026-06-30' },
      { start: '2026-07-01', end: '2026-09-30' }
    ])
    expect(periodChoiceLabel('q4')).toBe('ไตรมาสที่ 4 (ก.ค.–ก.ย.)')
  })
})
