/** The register's search box and filters. The search text is debounced by the page, not here. */
import { STATUSES, STATUS_LABELS, type RequestStatus } from '@shared/domain/request-status'
import type { Category, Indicator, Person } from '@shared/domain/records'
import { type Quarter, type RegisterFilters as Filters } from './register-filters'
import { TEXT } from './text'

interface Props {
  filters: Filters
  searchText: string
  onSearchText(text: string): void
  /** Down arrow in the search box goes to the list, past the filters. */
  onFocusList(): void
  onChange(patch: Partial<Filters>): void
  onClear(): void
  categories: Category[]
  people: Person[]
  fiscalYears: number[]
  indicators: Indicator[] | null
  indicatorYear: number
  filtered: boolean
}

export function RegisterFilters({ filters, searchText, onSearchText, onFocusList, onChange, onClear, categories, people, fiscalYears, indicators, indicatorYear, filtered }: Props) {
  const toggleStatus = (s: RequestStatus) =>
    onChange({ statuses: filters.statuses.includes(s) ? filters.statuses.filter((x) => x !== s) : STATUSES.filter((x) => x === s || filters.statuses.includes(x)) })
  const F = TEXT.filters
  return (
    <section className="register-filters" aria-label={F.label}>
      <div className="filter-line">
        <label className="filter filter-search">
          <span>{F.search}</span>
          <input
            type="search"
            value={searchText}
            placeholder={F.searchPlaceholder}
            aria-describedby="register-search-hint"
            onChange={(e) => onSearchText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && searchText) {
                e.preventDefault()
                onSearchText('')
              } else if (e.key === 'ArrowDown') {
                e.preventDefault()
                onFocusList()
              }
            }}
          />
        </label>
        <span id="register-search-hint" className="visually-hidden">
          {F.searchHint}
        </span>
        <div className="filter" role="group" aria-labelledby="register-status-label">
          <span id="register-status-label">{F.statuses}</span>
          <div className="chips">
            {STATUSES.map((s) => (
              <button key={s} type="button" className={`chip ${s}`} aria-pressed={filters.statuses.includes(s)} onClick={() => toggleStatus(s)}>
                {STATUS_LABELS[s]}
              </button>
            ))}
            <button type="button" className="chip due" aria-pressed={filters.dueSoon} onClick={() => onChange({ dueSoon: !filters.dueSoon })}>
              {F.dueSoon}
            </button>
          </div>
        </div>
      </div>
      <div className="filter-line">
        <label className="filter">
          <span>{F.fiscalYear}</span>
          <select
            value={filters.fiscalYear ?? ''}
            onChange={(e) => onChange({ fiscalYear: e.target.value ? Number(e.target.value) : null, indicatorId: null })}
          >
            <option value="">{F.all}</option>
            {fiscalYears.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>{F.quarter}</span>
          <select value={filters.quarter ?? ''} onChange={(e) => onChange({ quarter: e.target.value ? (Number(e.target.value) as Quarter) : null })}>
            <option value="">{F.all}</option>
            {([1, 2, 3, 4] as const).map((q) => (
              <option key={q} value={q}>
                {F.quarterOption(q)}
              </option>
            ))}
          </select>
        </label>
        <label className="filter filter-wide">
          <span>{F.category}</span>
          <select value={filters.categoryCode} onChange={(e) => onChange({ categoryCode: e.target.value })}>
            <option value="">{F.all}</option>
            {categories.map((c) => (
              <option key={c.code} value={c.code}>
                {c.code} {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="filter filter-wide">
          <span>{F.indicatorOfYear(indicatorYear)}</span>
          <select value={filters.indicatorId ?? ''} onChange={(e) => onChange({ indicatorId: e.target.value ? Number(e.target.value) : null })}>
            <option value="">{F.all}</option>
            {(indicators ?? []).map((i) => (
              <option key={i.id} value={i.id}>
                {i.code} {i.title}
              </option>
            ))}
          </select>
        </label>
        <label className="filter filter-wide">
          <span>{F.requester}</span>
          <select value={filters.requesterId ?? ''} onChange={(e) => onChange({ requesterId: e.target.value ? Number(e.target.value) : null })}>
            <option value="">{F.all}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>{F.dateFrom}</span>
          <input type="date" value={filters.dateFrom} max={filters.dateTo || undefined} onChange={(e) => onChange({ dateFrom: e.target.value })} />
        </label>
        <label className="filter">
          <span>{F.dateTo}</span>
          <input type="date" value={filters.dateTo} min={filters.dateFrom || undefined} onChange={(e) => onChange({ dateTo: e.target.value })} />
        </label>
        <button type="button" className="filter-clear" onClick={onClear} disabled={!filtered}>
          {F.clear}
        </button>
      </div>
    </section>
  )
}
