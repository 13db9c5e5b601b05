/**
 * A modal window on the native <dialog>: showModal() keeps Tab inside it, Escape closes it, and
 * focus returns to what opened it — behaviour the browser gives for free and gets right.
 */
import type { ReactNode } from 'react'
import { useModalDialog } from '../../components/use-modal-dialog'

export function Modal({ title, onClose, children, closeLabel, busy }: { title: string; onClose(): void; children: ReactNode; closeLabel: string; busy?: boolean }) {
  // Escape is refused while a file is being made.
  const { ref, onCancel } = useModalDialog(onClose, busy)
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby="modal-title"
      onCancel={onCancel}
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
