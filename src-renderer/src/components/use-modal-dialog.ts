/**
 * A native <dialog> opened with showModal(): the browser keeps Tab inside it and gives Escape;
 * this hook returns focus to what opened it when it closes, and routes Escape through the page's
 * own close (so React state follows) — never while work is running (`busy`).
 */
import { useEffect, useRef, type SyntheticEvent } from 'react'

export function useModalDialog(onClose: () => void, busy = false) {
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
  const onCancel = (e: SyntheticEvent<HTMLDialogElement>) => {
    e.preventDefault()
    if (!busy) onClose()
  }
  return { ref, onCancel }
}
