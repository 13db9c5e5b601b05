/**
 * A modal window on the native <dialog>: showModal() keeps Tab inside it, Escape closes it, and
 * focus returns to what opened it — behaviour the browser gives for free and gets right.
 */
import { useEffect, useRef, type ReactNode } from 'react'

export function Modal({ title, onClose, children, closeLabel, busy }: { title: string; onClose(): void; children: ReactNode; closeLabel: string; busy?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null)
  const opener = useRef<Element | null>(null)
  useEffect(() => {
    const dialog = ref.current
    opener.current = document.activeElement
    dialog?.showModal()
    return () => {
      dialog?.close()
      if (opener.current instanceof HTMLElement) opener.current.focus()
    }
  }, [])
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby="modal-title"
      onCancel={(e) => {
        // Escape: closed by the page (so React state follows), never while a file is being made.
        e.preventDefault()
        if (!busy) onClose()
      }}
    >
      <div className="modal-head">
        <h2 id="modal-title">{title}</h2>
        <button type="button" onClick={onClose} disabled={busy}>
          {closeLabel}
        </button>
      </div>
      <div className="modal-body">{children}</div>
    </dialog>
  )
}
