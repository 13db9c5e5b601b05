/**
 * What came of the last action (where a saved file went, a request filed), as a status message.
 * Focus moves to it when it appears, so a keyboard or screen-reader user hears it where they are.
 */
import { useEffect, useRef, type ReactNode } from 'react'

export interface Outcome {
  text: string
  /** False: said as a warning (nothing was saved, or the file did not open). */
  ok: boolean
}

export function OutcomeBanner({ outcome, children }: { outcome: Outcome | null; children?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (outcome) ref.current?.focus()
  }, [outcome])
  if (!outcome) return null
  return (
    <div ref={ref} tabIndex={-1} className={`alert ${outcome.ok ? 'ok' : 'warn'}`} role="status">
      {outcome.text}
      {children}
    </div>
  )
}
