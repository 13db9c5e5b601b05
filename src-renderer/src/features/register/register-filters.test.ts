import { afterEach, describe, expect, it, vi } from 'vitest'
import { requestQuery } from '@shared/domain/schemas'
import { EMPTY_FILTERS, isFiltered, loadView, toQuery } from './register-filters'

describe('toQuery', () => {
  it('sends nothing but the sort when no filter is set, and the service accepts it', () => {
    const q = toQuery(EMPTY_FILTERS)
    expect(q).toEqual({ search: '', statuses: [], sortBy: 'requestDate', sortDir: 'desc' })
    expect(requestQuery.safeParse(q).success).toBe(true)
    expect(isFiltered(EMPTY_FILTERS)).toBe(false)
  })

  it('maps every filter to the contract, the quick filter to dueWithinDays: 30', () => {
    const q = toQuery({
      ...EMPTY_FILTERS,
      search: '  ไข้เลือด ',
      statuses: ['published'],
      categoryCode: '1.8',
      fiscalYear: 2569,
      quarter: 2,
      indicatorId: 7,
      requesterId: 3,
      dateFrom: '2026-01-01',
      dateTo: '2026-03-31',
      dueSoon: true
    })
    expect(q).toMatchObject({ search: 'ไข้เลือด', statuses: ['published'], categoryCode: '1.8', fiscalYear: 2569, quarter: 2, indicatorId: 7, requesterId: 3, dateFrom: '2026-01-01', dateTo: '2026-03-31', dueWithinDays: 30 })
    expect(requestQuery.safeParse(q).success).toBe(true)
  })

  it('leaves out a date still being typed, which the service would refuse', () => {
    const q = toQuery({ ...EMPTY_FILTERS, dateFrom: '2026-02-3', dateTo: '2026-02-30' })
    expect(q.dateFrom).toBeUndefined()
    expect(q.dateTo).toBeUndefined()
  })
})

describe('loadView', () => {
  afterEach(() => vi.unstubAllGlobals())
  const stored = (value: string | null) => vi.stubGlobal('sessionStorage', { getItem: () => value, setItem: () => undefined })

  it('falls back to the defaults on garbage', () => {
    stored('{not json')
    expect(loadView().filters).toEqual(EMPTY_FILTERS)
  })

  it('keeps valid fields and drops invalid ones one by one', () => {
    stored(JSON.stringify({ filters: { search: 'ประกาศ', statuses: ['draft', 'bogus'], quarter: 9, sortBy: 'drop table', sortDir: 'asc', fiscalYear: 2569 }, scrollOffset: 400, opened: true }))
    const v = loadView()
    expect(v.filters).toEqual({ ...EMPTY_FILTERS, search: 'ประกาศ', statuses: ['draft'], sortDir: 'asc', fiscalYear: 2569 })
    expect(v.scrollOffset).toBe(400)
    expect(v.opened).toBe(true)
  })
})
