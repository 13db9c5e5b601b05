/** The MOIT indicators of one fiscal year, loaded when the year changes (null: not asked yet). */
import { useEffect, useState } from 'react'
import type { Indicator } from '@shared/domain/records'
import { invoke } from '../../lib/api'

export function useIndicators(fiscalYear: number | null): { indicators: Indicator[] | null; error: string | null } {
  const [state, setState] = useState<{ year: number | null; indicators: Indicator[] | null; error: string | null }>({ year: null, indicators: null, error: null })
  useEffect(() => {
    if (fiscalYear === null) return
    let live = true
    void invoke('indicators:list', { fiscalYear }).then((r) => {
      if (!live) return
      setState(r.ok ? { year: fiscalYear, indicators: r.value, error: null } : { year: fiscalYear, indicators: [], error: r.error.message })
    })
    return () => {
      live = false
    }
  }, [fiscalYear])
  if (fiscalYear === null || state.year !== fiscalYear) return { indicators: null, error: null }
  return { indicators: state.indicators, error: state.error }
}

/** Fiscal years offered in pickers: those that have indicators, and a few around the current one. */
export function useFiscalYears(current: number): number[] {
  const [known, setKnown] = useState<number[]>([])
  useEffect(() => {
    let live = true
    void invoke('indicators:years', {}).then((r) => {
      if (live && r.ok) setKnown(r.value)
    })
    return () => {
      live = false
    }
  }, [])
  const years = new Set<number>(known)
  for (let y = current - 4; y <= current + 1; y++) years.add(y)
  return [...years].sort((a, b) => b - a)
}
