/**
 * The state every settings list with an inline editor needs (categories, indicators, people): the
 * form being edited, its error, the save in flight, the success flash, and where focus goes. Focus
 * moves to the editor's first field when it opens and back to the button that opened it when it
 * closes, so a keyboard user never loses their place in the list.
 */
import { useEffect, useRef, useState } from 'react'
import type { AppErrorShape } from '@shared/result'
import { useFlash } from '../../components/Flash'
import { focusFirstError } from '../../components/form-errors'

export interface InlineEditorOptions<E> {
  /** Which editor is open; focus moves only when this changes, not on every keystroke. */
  keyOf(editing: E): string | number
  /** The id of the field to focus when this editor opens. */
  firstFieldOf(editing: E): string
}

export function useInlineEditor<E>({ keyOf, firstFieldOf }: InlineEditorOptions<E>) {
  const [editing, setEditing] = useState<E | null>(null)
  const [error, setError] = useState<AppErrorShape | null>(null)
  const [busy, setBusy] = useState(false)
  const [attempt, setAttempt] = useState(0)
  const [flash, showFlash] = useFlash()
  const formRef = useRef<HTMLFormElement>(null)
  /** Where focus goes when the editor closes: the button that opened it. */
  const returnFocus = useRef<string | null>(null)

  // Counting attempts (not watching `error`) refocuses even when the same error comes back.
  useEffect(() => {
    if (attempt > 0) focusFirstError(formRef.current)
  }, [attempt])

  const editorKey = editing === null ? null : keyOf(editing)
  const firstField = editing === null ? null : firstFieldOf(editing)
  useEffect(() => {
    // firstField is null exactly when editorKey is; it is listed only to keep the dependencies honest.
    if (firstField !== null) document.getElementById(firstField)?.focus()
    else if (returnFocus.current) document.getElementById(returnFocus.current)?.focus()
  }, [editorKey, firstField])

  /** Opens the editor on `next`; `from` is the id of the button to return focus to. */
  function open(next: E, from: string) {
    returnFocus.current = from
    setError(null)
    showFlash(null)
    setEditing(next)
  }

  /** A failed check or save: show the error and focus its first field. */
  function fail(next: AppErrorShape) {
    setError(next)
    setAttempt((n) => n + 1)
  }

  /** A successful save: close the editor and say so; `returnTo` overrides where focus goes. */
  function saved(message: string, returnTo?: string) {
    if (returnTo !== undefined) returnFocus.current = returnTo
    setEditing(null)
    setError(null)
    showFlash(message)
  }

  function cancel() {
    setEditing(null)
  }

  return { editing, setEditing, error, setError, busy, setBusy, flash, showFlash, formRef, returnFocus, open, fail, saved, cancel }
}
