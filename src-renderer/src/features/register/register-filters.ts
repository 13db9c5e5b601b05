/**
 * The register's search, filters and sort as one value: turned into the `requests:query` input and
 * kept for this tab's session, so coming back from a request finds the list as it was left.
 */
import { STATUSES, type RequestStatus } from '@shared/domain/request-status'
import { SORT_FIELDS, type RequestQuery } from '@shared/domain/schemas'
import { isIsoDate } from '@shared/thai'

export type SortField = (typeof SORT_FIELDS)[number]
export type SortDir = 'asc' | 'desc'
export type Quarter = 1 | 2 | 3 | 4

export interface RegisterFilters {
  search: string
  statuses: RequestStatus[]
  categoryCode: string
  fiscalYear: number | null
  quarter: Quarter | null
  indicatorId: number | null
  requesterId: number | null
  dateFrom: string
  dateTo: string
  dueSoon: boolean
  sortBy: SortField
  sortDir: SortDir
}

export const DUE_SOON_DAYS = 30

export const EMPTY_FILTERS: RegisterFilters = {
  search: '',
  statuses: [],
  categoryCode: '',
  fiscalYear: null,
  quarter: null,
  indicatorId: null,
  requesterId: null,
  dateFrom: '',
  dateTo: '',
  dueSoon: false,
  sortBy: 'requestDate',
  sortDir: 'desc'
}

/** True when anything narrows the list (the sort does not). */
export function isFiltered(f: RegisterFilters): boolean {
  return (
    f.search.trim() !== '' ||
    f.statuses.length > 0 ||
    f.categoryCode !== '' ||
    f.fiscalYear !== null ||
    f.quarter !== null ||
    f.indicatorId !== null ||
    f.requesterId !== null ||
    f.dateFrom !== '' ||
    f.dateTo !== '' ||
    f.dueSoon
  )
}

/** The query without paging; the list adds offset and limit per page. */
export function toQuery(f: RegisterFilters): Omit<RequestQuery, 'offset' | 'limit'> {
  const q: Omit<RequestQuery, 'offset' | 'limit'> = { search: f.search.trim(), statuses: f.statuses, sortBy: f.sortBy, sortDir: f.sortDir }
  if (f.categoryCode) q.categoryCode = f.categoryCode
  if (f.fiscalYear !== null) q.fiscalYear = f.fiscalYear
  if (f.quarter !== null) q.quarter = f.quarter
  if (f.indicatorId !== null) q.indicatorId = f.indicatorId
  if (f.requesterId !== null) q.requesterId = f.requesterId
  // A half-typed date would be refused by the service: wait until it is a whole date.
  if (isIsoDate(f.dateFrom)) q.dateFrom = f.dateFrom
  if (isIsoDate(f.dateTo)) q.dateTo = f.dateTo
  if (f.dueSoon) q.dueWithinDays = DUE_SOON_DAYS
  return q
}

const STORAGE_KEY = 'publish-desk-register'

export interface SavedView {
  filters: RegisterFilters
  scrollOffset: number
  focusedIndex: number
  /** A row was opened from the list: coming back puts the keyboard focus on it again. */
  opened: boolean
}

/** Reads what this tab last showed; anything malformed falls back to the defaults field by field. */
export function loadView(): SavedView {
  const fallback: SavedView = { filters: EMPTY_FILTERS, scrollOffset: 0, focusedIndex: 0, opened: false }
  let raw: unknown
  try {
    raw = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null')
  } catch {
    return fallback
  }
  if (!raw || typeof raw !== 'object') return fallback
  const v = raw as Partial<Record<keyof SavedView, unknown>>
  const f = (v.filters && typeof v.filters === 'object' ? v.filters : {}) as Partial<Record<keyof RegisterFilters, unknown>>
  const str = (x: unknown) => (typeof x === 'string' ? x : '')
  const num = (x: unknown) => (typeof x === 'number' && Number.isInteger(x) && x > 0 ? x : null)
  const quarter = num(f.quarter)
  return {
    filters: {
      search: str(f.search),
      statuses: Array.isArray(f.statuses) ? f.statuses.filter((s): s is RequestStatus => (STATUSES as readonly unknown[]).includes(s)) : [],
      categoryCode: str(f.categoryCode),
      fiscalYear: num(f.fiscalYear),
      quarter: quarter !== null && quarter <= 4 ? (quarter as Quarter) : null,
      indicatorId: num(f.indicatorId),
      requesterId: num(f.requesterId),
      dateFrom: str(f.dateFrom),
      dateTo: str(f.dateTo),
      dueSoon: f.dueSoon === true,
      sortBy: (SORT_FIELDS as readonly unknown[]).includes(f.sortBy) ? (f.sortBy as SortField) : EMPTY_FILTERS.sortBy,
      sortDir: f.sortDir === 'asc' ? 'asc' : 'desc'
    },
    scrollOffset: typeof v.scrollOffset === 'number' && v.scrollOffset >= 0 ? v.scrollOffset : 0,
    focusedIndex: typeof v.focusedIndex === 'number' && v.focusedIndex >= 0 ? v.focusedIndex : 0,
    opened: v.opened === true
  }
}

export function saveView(view: SavedView): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(view))
  } catch {
    // Storage full or disabled: the list simply opens at the top next time.
  }
}
