/**
 * A short success message ("บันทึกแล้ว") that clears itself. The live region stays in the page so
 * screen readers announce each new message.
 */
import { useCallback, useEffect, useRef, useState } from 'react'

export function useFlash(ms = 4000): [string | null, (message: string | null) => void] {
  const [message, setMessage] = useState<string | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const show = useCallback(
    (next: string | null) => {
      if (timer.current) clearTimeout(timer.current)
      setMessage(next)
      if (next) timer.current = setTimeout(() => setMessage(null), ms)
    },
    [ms]
  )
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current)
  }, [])
  return [message, show]
}

export function Flash({ message }: { message: string | null }) {
  return (
    <div role="status" aria-live="polite" className="flash-region">
      {message && <div className="alert ok">{message}</div>}
    </div>
  )
}
