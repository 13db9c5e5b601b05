/**
 * The register as a virtual grid: only the rows in view (plus a few) are in the DOM, so 100,000
 * requests scroll as smoothly as 100. Rows are focusable (one tab stop for the whole list); the
 * arrow keys, Page Up/Down and Home/End move between them, Enter opens one.
 */
import { memo, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { STATUS_LABELS } from '@shared/domain/request-status'
import type { Category, RequestListRow } from '@shared/domain/records'
import { count, thaiDate } from '../requests/format'
import type { SortDir, SortField } from './register-filters'
import type { RequestPages } from './use-request-pages'
import { TEXT } from './text'

const ROW_HEIGHT = 40
const HEADER_HEIGHT = 40

interface Column {
  key: keyof typeof TEXT.columns
  sort?: SortField
  /** Direction of the first click on this header. */
  firstDir?: SortDir
}
const COLUMNS: Column[] = [
  { key: 'id', sort: 'id', firstDir: 'desc' },
  { key: 'requestDate', sort: 'requestDate', firstDir: 'desc' },
  { key: 'title', sort: 'title', firstDir: 'asc' },
  { key: 'ownerUnit' },
  { key: 'category' },
  { key: 'status', sort: 'status', firstDir: 'asc' },
  { key: 'requester' },
  { key: 'files' }
]

interface Props {
  pages: RequestPages
  categories: Category[]
  sortBy: SortField
  sortDir: SortDir
  onSort(by: SortField, dir: SortDir): void
  onOpen(id: number): void
  /** Where the list was when this tab last showed it. */
  restore: { scrollOffset: number; focusedIndex: number; focus: boolean }
  /** Said inside the list when it has no rows. */
  empty: string | null
  /** Called as the list scrolls or focus moves, to restore the view later. */
  onViewChange(scrollOffset: number, focusedIndex: number): void
}

export function RegisterList({ pages, categories, sortBy, sortDir, onSort, onOpen, restore, empty, onViewChange }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const total = pages.total ?? 0
  const [active, setActive] = useState(restore.focusedIndex)
  const pendingFocus = useRef<number | null>(null)
  const [height, setHeight] = useState(400)
  const categoryNames = new Map(categories.map((c) => [c.code, c.name]))

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    // Rows start below the sticky header, and a row scrolled into view must not hide under it.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items.at(-1)?.index ?? -1

  // Fill the window below the filters, whatever their height at this width; again whenever
  // something above the list appears or wraps (an error, the filters on a narrow window).
  useLayoutEffect(() => {
    const el = scrollRef.current
    if (!el) return
    const fit = () => setHeight(Math.max(240, Math.floor(window.innerHeight - el.getBoundingClientRect().top - 16)))
    fit()
    const observer = new ResizeObserver(fit)
    if (el.parentElement) observer.observe(el.parentElement)
    window.addEventListener('resize', fit)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', fit)
    }
  }, [])

  useEffect(() => {
    if (last >= first) pages.ensure(first, last)
  }, [first, last, pages])

  // The first answer puts the list back where it was left; a later new query starts at the top.
  const previousKey = useRef(pages.key)
  useEffect(() => {
    if (pages.total === null || previousKey.current === pages.key) return
    if (previousKey.current === '') {
      virtualizer.scrollToOffset(restore.scrollOffset)
      if (restore.focus && restore.focusedIndex < pages.total) pendingFocus.current = restore.focusedIndex
    } else {
      virtualizer.scrollToOffset(0)
      setActive(0)
    }
    previousKey.current = pages.key
  }, [pages.key, pages.total, virtualizer, restore])

  // Focus follows the keyboard once the wanted row has been rendered.
  useEffect(() => {
    const index = pendingFocus.current
    if (index === null) return
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)
    if (row) {
      row.focus({ preventScroll: true })
      pendingFocus.current = null
    }
  })

  useEffect(() => {
    onViewChange(virtualizer.scrollOffset ?? 0, active)
  })

  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(total - 1, index))
    setActive(target)
    pendingFocus.current = target
    virtualizer.scrollToIndex(target, { align: 'auto' })
  }

  /** The row an event happened in (rows get no handlers of their own, so they can be memoised). */
  const rowIndexOf = (target: EventTarget): number | null => {
    const el = (target as HTMLElement).closest<HTMLElement>('[data-index]')
    return el ? Number(el.dataset.index) : null
  }

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const index = rowIndexOf(e.target)
    if (index === null) return
    const id = pages.rowAt(index)?.id
    const perPage = Math.max(1, Math.floor((height - HEADER_HEIGHT) / ROW_HEIGHT) - 1)
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + perPage,
      PageUp: index - perPage,
      Home: 0,
      End: total - 1
    }
    const target = moves[e.key]
    if (target !== undefined) {
      e.preventDefault()
      moveTo(target)
    } else if ((e.key === 'Enter' || e.key === ' ') && id !== undefined) {
      e.preventDefault()
      onOpen(id)
    }
  }

  // The one tab stop: the active row if it is rendered, else the first row in view.
  const tabStop = active >= first && active <= last ? active : first

  return (
    <div
      ref={scrollRef}
      className="register-scroll"
      style={{ height }}
      role="grid"
      aria-label={TEXT.listLabel}
      aria-rowcount={total + (empty ? 2 : 1)}
      aria-colcount={COLUMNS.length}
      aria-busy={pages.loading || undefined}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        const index = rowIndexOf(e.target)
        if (index !== null) setActive(index)
      }}
      onClick={(e) => {
        const index = rowIndexOf(e.target)
        const id = index === null ? undefined : pages.rowAt(index)?.id
        if (id !== undefined) onOpen(id)
      }}
    >
      <div className="register-row register-head" role="row" aria-rowindex={1} style={{ height: HEADER_HEIGHT }}>
        {COLUMNS.map((c) => {
          const label = TEXT.columns[c.key]
          if (!c.sort) {
            return (
              <div key={c.key} role="columnheader" className={`col-${c.key}`}>
                {label}
              </div>
            )
          }
          const sorted = sortBy === c.sort
          const sortField = c.sort
          return (
            <div key={c.key} role="columnheader" className={`col-${c.key}`} aria-sort={sorted ? (sortDir === 'asc' ? 'ascending' : 'descending') : 'none'}>
              <button
                type="button"
                className="sort-button"
                title={TEXT.sortBy(label)}
                onClick={() => onSort(sortField, sorted ? (sortDir === 'asc' ? 'desc' : 'asc') : (c.firstDir ?? 'asc'))}
              >
                {label}
                <span aria-hidden="true" className="sort-mark">
                  {sorted ? (sortDir === 'asc' ? '▲' : '▼') : '↕'}
                </span>
              </button>
            </div>
          )
        })}
      </div>
      {empty && (
        <div role="row" aria-rowindex={2}>
          <div role="gridcell" className="register-empty">
            {empty}
          </div>
        </div>
      )}
      <div className="register-body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = pages.rowAt(item.index)
          const tabIndex = item.index === tabStop ? 0 : -1
          const top = item.start - HEADER_HEIGHT
          return (
            <Row key={item.key} index={item.index} tabIndex={tabIndex} top={top} row={row} categoryName={row ? (categoryNames.get(row.categoryCode) ?? '') : ''} active={item.index === active} />
          )
        })}
      </div>
    </div>
  )
}

function rowAttributes(index: number, tabIndex: number, top: number) {
  return {
    role: 'row',
    'data-index': index,
    'aria-rowindex': index + 2,
    tabIndex,
    style: { height: ROW_HEIGHT, transform: `translateY(${top}px)` }
  } as const
}

interface RowProps {
  index: number
  tabIndex: number
  top: number
  /** Undefined while its page is on the way. */
  row: RequestListRow | undefined
  categoryName: string
  active: boolean
}

/**
 * One request's row. Memoised on what it shows, so scrolling re-renders only the rows that come
 * into view (the others just move); its events are handled by the grid. A row still loading is
 * the same element, so a row that has the keyboard focus keeps it when its data arrives.
 */
const Row = memo(function Row({ index, tabIndex, top, row, categoryName, active }: RowProps) {
  if (!row) {
    return (
      <div {...rowAttributes(index, tabIndex, top)} className="register-row register-placeholder" aria-busy="true">
        <div role="gridcell" className="col-all">
          {TEXT.loadingRow}
        </div>
      </div>
    )
  }
  return (
    <div {...rowAttributes(index, tabIndex, top)} className={`register-row${active ? ' active' : ''}`}>
      <div role="gridcell" className="col-id">
        {row.id}
      </div>
      <div role="gridcell" className="col-requestDate">
        {thaiDate(row.requestDate)}
      </div>
      <div role="gridcell" className="col-title" title={row.title}>
        {row.title}
      </div>
      <div role="gridcell" className="col-ownerUnit" title={row.ownerUnit}>
        {row.ownerUnit}
      </div>
      <div role="gridcell" className="col-category" title={`${row.categoryCode} ${categoryName}`}>
        {row.categoryCode}
      </div>
      <div role="gridcell" className="col-status">
        <span className={`badge ${row.status}`}>{STATUS_LABELS[row.status]}</span>
      </div>
      <div role="gridcell" className="col-requester" title={row.requesterName}>
        {row.requesterName}
      </div>
      <div role="gridcell" className="col-files" aria-label={TEXT.filesCount(row.attachmentCount)}>
        {count(row.attachmentCount)}
      </div>
    </div>
  )
})
