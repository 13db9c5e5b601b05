/**
 * The upload status of one request, read with uploads:status: once when the page opens, then
 * every half second while files are moving (the HTTP bridge has no push events, and IPC stays the
 * same so one code path serves both). Stops polling when nothing moves or the page closes.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { UploadRequestStatus } from '@shared/domain/uploads'
import type { AppErrorShape } from '@shared/result'
import { invoke } from '../../lib/api'

const POLL_MS = 500

export function useUploadStatus(requestId: number, version: string) {
  const [status, setStatus] = useState<UploadRequestStatus | null>(null)
  const [error, setError] = useState<AppErrorShape | null>(null)
  const live = useRef(true)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  const load = useCallback(async (): Promise<UploadRequestStatus | null> => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    const result = await invoke('uploads:status', { requestId })
    if (!live.current) return null
    if (!result.ok) {
      setError(result.error)
      return null
    }
    setError(null)
    setStatus(result.value)
    if (result.value.overall.phase === 'active') timer.current = setTimeout(() => void load(), POLL_MS)
    return result.value
  }, [requestId])

  useEffect(() => {
    live.current = true
    void load()
    return () => {
      live.current = false
      if (timer.current) clearTimeout(timer.current)
    }
  }, [load, version])

  /** Shows a status an action returned, and polls on if it is moving. */
  const show = useCallback(
    (next: UploadRequestStatus) => {
      setStatus(next)
      if (next.overall.phase === 'active') {
        if (timer.current) clearTimeout(timer.current)
        timer.current = setTimeout(() => void load(), POLL_MS)
      }
    },
    [load]
  )

  return { status, error, reload: load, show }
}
