/**
 * Loads one request (requests:get) for the page and the form. The result of a load that was
 * overtaken (the component left, or the id changed) is dropped, so an old request never shows.
 */
import { useEffect, useState } from 'react'
import type { RequestDetail } from '@shared/domain/records'
import { call } from '../../lib/api'

export interface RequestDetailState {
  /** undefined while loading; null when there is no id (a new request). */
  detail: RequestDetail | null | undefined
  /** Replaces the shown request, e.g. with the one an action returned. */
  setDetail(detail: RequestDetail): void
  /** Why loading failed, for the person to read; null while all is well. */
  error: string | null
}

export function useRequestDetail(id: number | undefined): RequestDetailState {
  const [detail, setDetail] = useState<RequestDetail | null | undefined>(id === undefined ? null : undefined)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (id === undefined) return
    let live = true
    call('requests:get', { id })
      .then((d) => live && setDetail(d))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)))
    return () => {
      live = false
    }
  }, [id])
  return { detail, setDetail, error }
}
