import { describe, expect, it } from 'vitest'
import {
  bangkokDay,
  inPeriod,
  periodLabel,
  periodMonthsText,
  periodName,
  periodRange,
  periodTag,
  quarterOfDay,
  quarterPeriodOf,
  reportPeriod,
  type ReportPeriod
} from './report-period'

const q = (fiscalYear: number, quarter: 1 | 2 | 3 | 4): ReportPeriod => ({ kind: 'quarter', fiscalYear, quarter })
const round = (fiscalYear: number, months: 6 | 12): ReportPeriod => ({ kind: 'round', fiscalYear, months })

describe('quarter boundaries', () => {
  it('puts 30 September in Q4 of its fiscal year and 1 October in Q1 of the next', () => {
    expect(quarterOfDay('2026-09-30')).toEqual({ fiscalYear: 2569, quarter: 4 })
    expect(quarterOfDay('2026-10-01')).toEqual({ fiscalYear: 2570, quarter: 1 })
    expect(quarterOfDay('2025-12-31')).toEqual({ fiscalYear: 2569, quarter: 1 })
    expect(quarterOfDay('2026-01-01')).toEqual({ fiscalYear: 2569, quarter: 2 })
    expect(inPeriod(q(2569, 4), '2026-09-30')).toBe(true)
    expect(inPeriod(q(2569, 4), '2026-10-01')).toBe(false)
    expect(inPeriod(q(2570, 1), '2026-10-01')).toBe(true)
    expect(inPeriod(round(2569, 12), '2026-09-30')).toBe(true)
    expect(inPeriod(round(2569, 6), '2026-04-01')).toBe(false)
  })

  it('reads a stored time on the Bangkok clock: 23:30 on 30 Sep is still Q4, 00:30 on 1 Oct is Q1', () => {
    // 23:30 in Bangkok is 16:30 UTC; 00:30 on 1 Oct in Bangkok is 17:30 UTC on 30 Sep.
    expect(bangkokDay('2026-09-30T16:30:00.000Z')).toBe('2026-09-30')
    expect(bangkokDay('2026-09-30T17:30:00.000Z')).toBe('2026-10-01')
    expect(bangkokDay('2026-09-30T23:30:00+07:00')).toBe('2026-09-30')
    expect(bangkokDay('2026-10-01T00:30:00+07:00')).toBe('2026-10-01')
    expect(bangkokDay('2026-09-30')).toBe('2026-09-30')
    expect(quarterPeriodOf(bangkokDay('2026-09-30T16:30:00.000Z'))).toEqual(q(2569, 4))
    expect(quarterPeriodOf(bangkokDay('2026-09-30T17:30:00.000Z'))).toEqual(q(2570, 1))
    expect(() => bangkokDay('not a date')).toThrow(RangeError)
  })
})

describe('what a report says about its period', () => {
  it('names each quarter with its own months and the calendar year they fall in', () => {
    expect(periodRange(q(2569, 1))).toEqual({ start: '2025-10-01', end: '2025-12-31' })
    expect(periodMonthsText(q(2569, 1))).toBe('ตุลาคม - ธันวาคม ๒๕๖๘')
    expect(periodMonthsText(q(2569, 2))).toBe('มกราคม - มีนาคม ๒๕๖๙')
    expect(periodMonthsText(q(2569, 3))).toBe('เมษายน - มิถุนายน ๒๕๖๙')
    // The seed's log of July–September 2564, which the seed's memo called quarter 2.
    expect(periodMonthsText(q(2564, 4))).toBe('กรกฎาคม - กันยายน ๒๕๖๔')
    expect(periodLabel(q(2564, 4))).toBe('ไตรมาสที่ ๔ (ก.ค. - ก.ย. ๒๕๖๔)')
    expect(periodLabel(q(2565, 1))).toBe('ไตรมาสที่ ๑ (ต.ค. - ธ.ค. ๒๕๖๔)')
    expect(periodName(q(2569, 2), false)).toBe('ไตรมาสที่ 2')
  })

  it('gives both years when a MOIT round crosses 1 January', () => {
    expect(periodRange(round(2569, 6))).toEqual({ start: '2025-10-01', end: '2026-03-31' })
    expect(periodMonthsText(round(2569, 6))).toBe('ตุลาคม ๒๕๖๘ - มีนาคม ๒๕๖๙')
    expect(periodMonthsText(round(2569, 12))).toBe('ตุลาคม ๒๕๖๘ - กันยายน ๒๕๖๙')
    expect(periodLabel(round(2569, 6))).toBe('รอบ ๖ เดือน (ต.ค. ๒๕๖๘ - มี.ค. ๒๕๖๙)')
    expect(periodMonthsText(round(2569, 12), { thaiDigits: false })).toBe('ตุลาคม 2568 - กันยายน 2569')
    expect(periodTag(round(2569, 12))).toBe('ปีงบ2569-รอบ12เดือน')
    expect(periodTag(q(2569, 4))).toBe('ปีงบ2569-ไตรมาส4')
  })

  it('refuses a quarter or a round that does not exist, in Thai', () => {
    expect(reportPeriod.safeParse({ kind: 'quarter', fiscalYear: 2569, quarter: 5 }).success).toBe(false)
    const badRound = reportPeriod.safeParse({ kind: 'round', fiscalYear: 2569, months: 9 })
    expect(badRound.success).toBe(false)
    expect(badRound.error?.issues[0]?.message).toMatch(/๖ เดือน หรือ ๑๒ เดือน/)
    expect(reportPeriod.safeParse({ kind: 'quarter', fiscalYear: 2026, quarter: 1 }).success).toBe(false)
  })
})
