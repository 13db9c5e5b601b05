/**
 * A button for actions that cannot be taken back: the first press asks, in place, and moves focus
 * to the confirming button; Escape or "ยกเลิก" returns to the first button. No window.confirm:
 * it blocks the page and cannot be styled or read in Thai consistently.
 */
import { useEffect, useRef, useState } from 'react'

const TEXT = { confirm: 'ยืนยัน', cancel: 'ยกเลิก' }

export interface ConfirmButtonProps {
  label: string
  question: string
  confirmLabel?: string
  onConfirm(): void | Promise<void>
  disabled?: boolean
  danger?: boolean
  /** Accessible name when `label` alone is ambiguous in a list ("ลบ MOIT 3"). */
  ariaLabel?: string
}

export function ConfirmButton({ label, question, confirmLabel, onConfirm, disabled, danger, ariaLabel }: ConfirmButtonProps) {
  const [armed, setArmed] = useState(false)
  const [busy, setBusy] = useState(false)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const firstRef = useRef<HTMLButtonElement>(null)
  const wasArmed = useRef(false)

  useEffect(() => {
    if (armed) confirmRef.current?.focus()
    else if (wasArmed.current) firstRef.current?.focus()
    wasArmed.current = armed
  }, [armed])

  if (!armed) {
    return (
      <button type="button" ref={firstRef} className={danger ? 'danger-outline' : undefined} disabled={disabled} aria-label={ariaLabel} onClick={() => setArmed(true)}>
        {label}
      </button>
    )
  }
  return (
    <span
      className="confirm-inline"
      role="group"
      aria-label={question}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation()
          setArmed(false)
        }
      }}
    >
      <span className="confirm-question">{question}</span>
      <button
        type="button"
        ref={confirmRef}
        className={danger ? 'danger' : 'primary'}
        disabled={busy}
        onClick={async () => {
          setBusy(true)
          try {
            await onConfirm()
          } finally {
            setBusy(false)
            setArmed(false)
          }
        }}
      >
        {confirmLabel ?? TEXT.confirm}
      </button>
      <button type="button" disabled={busy} onClick={() => setArmed(false)}>
        {TEXT.cancel}
      </button>
    </span>
  )
}
