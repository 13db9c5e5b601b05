/** The register: search, filters, and the virtual list of every request. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { fiscalYearOf } from '@shared/thai'
import type { RequestStatus } from '@shared/domain/request-status'
import { useAppState } from '../../lib/app-state'
import { hrefOf, navigate } from '../../lib/router'
import { count } from '../requests/format'
import { BatchPrintButton } from '../documents/BatchPrintDialog'
import { RegisterExportButtons } from '../register-io/RegisterExportButtons'
import { useFiscalYears, useIndicators } from '../requests/use-indicators'
import { EMPTY_FILTERS, isFiltered, loadView, saveView, toQuery, type RegisterFilters as Filters, type SavedView } from './register-filters'
import { RegisterFilters } from './RegisterFilters'
import { RegisterList } from './RegisterList'
import { useRequestPages } from './use-request-pages'
import { TEXT } from './text'

const SEARCH_DEBOUNCE_MS = 250

/** A dashboard card's filter: the list opens with it alone (the sort kept), at the top. */
export interface RegisterPreset {
  status: RequestStatus | undefined
  dueSoon: boolean
}

function presetView(preset: RegisterPreset | null): SavedView {
  const view = loadView()
  if (!preset) return view
  const sort = preset.dueSoon ? { sortBy: 'publishUntil' as const, sortDir: 'asc' as const } : { sortBy: view.filters.sortBy, sortDir: view.filters.sortDir }
  return { filters: { ...EMPTY_FILTERS, ...sort, statuses: preset.status ? [preset.status] : [], dueSoon: preset.dueSoon }, scrollOffset: 0, focusedIndex: 0, opened: false }
}

export function RegisterPage({ preset = null }: { preset?: RegisterPreset | null }) {
  const { info, categories, people } = useAppState()
  const [saved] = useState(() => presetView(preset))
  // The filter now lives in the page's saved view: the address goes back to the plain register,
  // so that coming back to it later shows the list as the person left it.
  const presetGiven = preset !== null
  useEffect(() => {
    if (presetGiven) window.history.replaceState(null, '', hrefOf({ page: 'register' }))
  }, [presetGiven])
  const [filters, setFilters] = useState<Filters>(saved.filters)
  const [searchText, setSearchText] = useState(saved.filters.search)
  const view = useRef({ scrollOffset: saved.scrollOffset, focusedIndex: saved.focusedIndex, opened: false })
  const rootRef = useRef<HTMLDivElement>(null)
  const filtersRef = useRef(filters)
  filtersRef.current = filters

  // Typing searches after a short pause, not on every key.
  useEffect(() => {
    const timer = window.setTimeout(() => setFilters((f) => (f.search === searchText ? f : { ...f, search: searchText })), SEARCH_DEBOUNCE_MS)
    return () => window.clearTimeout(timer)
  }, [searchText])

  const query = useMemo(() => toQuery(filters), [filters])
  const pages = useRequestPages(query)

  const currentYear = fiscalYearOf(info.today)
  const indicatorYear = filters.fiscalYear ?? currentYear
  const { indicators } = useIndicators(indicatorYear)
  const fiscalYears = useFiscalYears(currentYear)

  const persist = useCallback(() => saveView({ filters: filtersRef.current, ...view.current }), [])
  useEffect(() => {
    persist()
    return persist
  }, [filters, persist])

  const restore = useMemo(() => ({ scrollOffset: saved.scrollOffset, focusedIndex: saved.focusedIndex, focus: saved.opened }), [saved])
  const onViewChange = useCallback((scrollOffset: number, focusedIndex: number) => {
    view.current = { ...view.current, scrollOffset, focusedIndex }
  }, [])
  const onOpen = useCallback(
    (id: number) => {
      view.current = { ...view.current, opened: true }
      persist()
      navigate({ page: 'request', id })
    },
    [persist]
  )

  const filtered = isFiltered(filters) || searchText.trim() !== ''
  const total = pages.total
  return (
    <div className="register" ref={rootRef}>
      <div className="register-top">
        <h1>{TEXT.title}</h1>
        <p className="register-count" role="status" aria-live="polite">
          {total === null ? TEXT.loading : TEXT.found(count(total))}
        </p>
        <BatchPrintButton query={query} count={total} />
        <RegisterExportButtons query={query} count={total} />
        <a className="button primary" href={hrefOf({ page: 'request-new' })}>
          {TEXT.newRequest}
        </a>
      </div>
      <RegisterFilters
        filters={filters}
        searchText={searchText}
        onSearchText={setSearchText}
        onFocusList={() => rootRef.current?.querySelector<HTMLElement>('.register-body [role=row][tabindex="0"]')?.focus()}
        onChange={(patch) => setFilters((f) => ({ ...f, ...patch }))}
        onClear={() => {
          setSearchText('')
          setFilters((f) => ({ ...EMPTY_FILTERS, sortBy: f.sortBy, sortDir: f.sortDir }))
        }}
        categories={categories}
        people={people}
        fiscalYears={fiscalYears}
        indicators={indicators}
        indicatorYear={indicatorYear}
        filtered={filtered}
      />
      {pages.error && (
        <div className="alert error" role="alert">
          {TEXT.loadFailed}: {pages.error}{' '}
          <button type="button" onClick={pages.retry}>
            {TEXT.retry}
          </button>
        </div>
      )}
      <RegisterList
        pages={pages}
        categories={categories}
        sortBy={filters.sortBy}
        sortDir={filters.sortDir}
        onSort={(sortBy, sortDir) => setFilters((f) => ({ ...f, sortBy, sortDir }))}
        onOpen={onOpen}
        restore={restore}
        empty={total === 0 && !pages.loading ? (filtered ? TEXT.empty : TEXT.emptyRegister) : null}
        onViewChange={onViewChange}
      />
    </div>
  )
}
