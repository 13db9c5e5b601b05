import { describe, expect, it } from 'vitest'
import { placeInFiscalYear, publishUntilInOrder, publishUntilOf } from './request-fields'

describe('placeInFiscalYear', () => {
  it('puts 30 September in Q4 of its fiscal year and 1 October in Q1 of the next', () => {
    expect(placeInFiscalYear('2026-09-30')).toEqual({ ok: true, fiscalYear: 2569, fiscalQuarter: 4 })
    expect(placeInFiscalYear('2026-10-01')).toEqual({ ok: true, fiscalYear: 2570, fiscalQuarter: 1 })
    expect(placeInFiscalYear('2025-12-31')).toEqual({ ok: true, fiscalYear: 2569, fiscalQuarter: 1 })
    expect(placeInFiscalYear('2026-01-01')).toEqual({ ok: true, fiscalYear: 2569, fiscalQuarter: 2 })
    expect(placeInFiscalYear('2026-06-30')).toEqual({ ok: true, fiscalYear: 2569, fiscalQuarter: 3 })
  })

  it('takes the date’s own year when it is chosen, with the date’s quarter', () => {
    expect(placeInFiscalYear('2026-09-30', 2569)).toEqual({ ok: true, fiscalYear: 2569, fiscalQuarter: 4 })
    expect(placeInFiscalYear('2026-10-01', 2570)).toEqual({ ok: true, fiscalYear: 2570, fiscalQuarter: 1 })
  })

  it('files a document for the coming fiscal year in that year’s first quarter, whatever the date’s quarter', () => {
    // The plan for FY 2570 announced on 30 Sep 2026 (the last day of FY 2569, Q4).
    expect(placeInFiscalYear('2026-09-30', 2570)).toEqual({ ok: true, fiscalYear: 2570, fiscalQuarter: 1 })
    expect(placeInFiscalYear('2026-03-15', 2570)).toEqual({ ok: true, fiscalYear: 2570, fiscalQuarter: 1 })
  })

  it('refuses any other year and names the two that fit the date', () => {
    // 1 Oct is already FY 2570: FY 2569 is now the past year, not the coming one.
    expect(placeInFiscalYear('2026-10-01', 2569)).toEqual({ ok: false, chosenYear: 2569, dateYear: 2570, comingYear: 2571 })
    expect(placeInFiscalYear('2026-09-30', 2571)).toEqual({ ok: false, chosenYear: 2571, dateYear: 2569, comingYear: 2570 })
  })
})

describe('publishUntilOf', () => {
  it('counts the category’s default months from the request date when nothing was said', () => {
    expect(publishUntilOf('2026-01-15', undefined, 12)).toBe('2027-01-15')
    expect(publishUntilOf('2026-09-30', undefined, 24)).toBe('2028-09-30')
    // The last day of a shorter month, not an overflow into the next.
    expect(publishUntilOf('2024-02-29', undefined, 12)).toBe('2025-02-28')
  })

  it('gives no take-down date for a category with no default months', () => {
    expect(publishUntilOf('2026-01-15', undefined, null)).toBeNull()
  })

  it('keeps what the person said: a date, or null for no take-down date, over the category’s default', () => {
    expect(publishUntilOf('2026-01-15', '2026-03-31', 12)).toBe('2026-03-31')
    expect(publishUntilOf('2026-01-15', '2026-03-31', null)).toBe('2026-03-31')
    expect(publishUntilOf('2026-01-15', null, 12)).toBeNull()
  })
})

describe('publishUntilInOrder', () => {
  it('allows the request date itself and later, or none; refuses a day before', () => {
    expect(publishUntilInOrder('2026-10-01', '2026-10-01')).toBe(true)
    expect(publishUntilInOrder('2026-10-01', '2027-10-01')).toBe(true)
    expect(publishUntilInOrder('2026-10-01', null)).toBe(true)
    expect(publishUntilInOrder('2026-10-01', '2026-09-30')).toBe(false)
  })
})
