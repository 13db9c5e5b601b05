/**
 * The register's rows, fetched in pages of 100 by offset as the list scrolls. Pages are cached
 * per query; a new query starts a new cache, but the old rows stay on screen until the new
 * first page arrives, so typing in the search box does not flash an empty list.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { RequestListRow } from '@shared/domain/records'
import type { RequestQuery } from '@shared/domain/schemas'
import { invoke } from '../../lib/api'

export const PAGE_SIZE = 100
/** Pages kept in memory; the farthest from the one in view are dropped beyond this. */
const MAX_PAGES = 40
const MAX_INFLIGHT = 2

interface PagesState {
  key: string
  total: number | null
  pages: Map<number, RequestListRow[]>
  error: string | null
}

export interface RequestPages {
  /** The query the rows on screen belong to ('' before the first answer). */
  key: string
  /** Null until the first page of the current query has arrived. */
  total: number | null
  loading: boolean
  error: string | null
  rowAt(index: number): RequestListRow | undefined
  /** Makes sure the pages holding rows first..last are loaded or on their way. */
  ensure(first: number, last: number): void
  retry(): void
}

export function useRequestPages(query: Omit<RequestQuery, 'offset' | 'limit'>): RequestPages {
  const key = JSON.stringify(query)
  const [state, setState] = useState<PagesState>({ key: '', total: null, pages: new Map(), error: null })
  const current = useRef({ key, query })
  current.current = { key, query }
  const inflight = useRef(new Set<string>())
  const [attempt, setAttempt] = useState(0)

  const load = useCallback((forKey: string, forQuery: typeof query, page: number) => {
    const id = `${forKey}#${page}`
    if (inflight.current.has(id)) return
    inflight.current.add(id)
    void invoke('requests:query', { ...forQuery, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then((result) => {
      inflight.current.delete(id)
      if (current.current.key !== forKey) return
      setState((s) => {
        if (!result.ok) {
          const same = s.key === forKey
          return { key: forKey, total: same ? s.total : null, pages: same ? s.pages : new Map(), error: result.error.message }
        }
        // The first page of a new query replaces what the old one left on screen.
        const pages = s.key === forKey ? new Map(s.pages) : new Map<number, RequestListRow[]>()
        pages.set(page, result.value.rows)
        if (pages.size > MAX_PAGES) {
          const far = [...pages.keys()].sort((a, b) => Math.abs(b - page) - Math.abs(a - page))
          for (const p of far.slice(0, pages.size - MAX_PAGES)) pages.delete(p)
        }
        return { key: forKey, total: result.value.total, pages, error: null }
      })
    })
  }, [])

  useEffect(() => {
    load(key, current.current.query, 0)
  }, [key, load, attempt])

  const fresh = state.key === key
  // Only the rows in view are fetched, at most two pages at a time: dragging the scrollbar across
  // the register does not queue a request for every page it passes.
  const wanted = useRef<{ first: number; last: number } | null>(null)
  const pump = useCallback(() => {
    const range = wanted.current
    if (!fresh || !range) return
    for (let p = Math.floor(range.first / PAGE_SIZE); p <= Math.floor(range.last / PAGE_SIZE); p++) {
      if (inflight.current.size >= MAX_INFLIGHT) return
      if (!state.pages.has(p)) load(key, current.current.query, p)
    }
  }, [fresh, key, load, state.pages])
  useEffect(pump, [pump])
  const ensure = useCallback(
    (first: number, last: number) => {
      wanted.current = { first, last }
      pump()
    },
    [pump]
  )

  const rowAt = useCallback((index: number) => state.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], [state.pages])

  return {
    key: state.key,
    total: state.total,
    loading: !fresh,
    error: state.error,
    rowAt,
    ensure,
    retry: () => {
      inflight.current.clear()
      setState((s) => ({ ...s, key: '', error: null }))
      setAttempt((n) => n + 1)
    }
  }
}
