/**
 * Saving the request editor: the same zod schema the main process parses with is run here first,
 * so most mistakes are shown next to their field before anything is sent; the main process's
 * refusal, if any, is shown the same way. On success the request's page opens.
 */
import { useRef, useState, type FormEvent } from 'react'
import { requestCreateInput, requestUpdateInput } from '@shared/domain/schemas'
import type { AppErrorShape } from '@shared/result'
import { checkInput, errorShapeOf, fieldErrorsOf, focusFirstError, type FieldErrors } from '../../components/form-errors'
import { call } from '../../lib/api'
import { useAppState } from '../../lib/app-state'
import { navigate } from '../../lib/router'
import type { RequestPayload } from './use-request-form'
import { TEXT } from './text'

const T = TEXT.editor

interface SaveOptions {
  /** The input to send, as the operator `byId`. */
  payload(byId: number): RequestPayload
  /** Where the per-field messages are shown. */
  setFieldErrors(errors: FieldErrors): void
  /** Files are still being checked: saving waits for them. */
  checking: boolean
}

export function useSaveRequest({ payload, setFieldErrors, checking }: SaveOptions) {
  const { operator } = useAppState()
  const [error, setError] = useState<AppErrorShape | null>(null)
  const [saving, setSaving] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)

  const showError = (e: AppErrorShape) => {
    setError(e)
    setFieldErrors(fieldErrorsOf(e))
    // After React has drawn the messages: put the keyboard on the first field to fix.
    requestAnimationFrame(() => focusFirstError(formRef.current))
  }

  const validate = (): boolean => {
    if (!operator) {
      showError({ code: 'forbidden', message: T.noOperator })
      return false
    }
    const p = payload(operator.id)
    const checked = p.create
      ? checkInput(requestCreateInput, p.input, { requesterId: T.requesterRequired })
      : checkInput(requestUpdateInput, p.input, { requesterId: T.requesterRequired })
    if (!checked.ok) showError({ ...checked.error, message: T.invalid(Object.keys(checked.error.fields ?? {}).length) })
    return checked.ok
  }

  const save = async () => {
    // validate() reports a missing operator; saving without one must not fail silently.
    if (saving || checking || !validate() || !operator) return
    setSaving(true)
    setError(null)
    setFieldErrors({})
    try {
      const p = payload(operator.id)
      const saved = p.create ? await call('requests:create', p.input) : await call('requests:update', p.input)
      navigate({ page: 'request', id: saved.id })
    } catch (e) {
      setSaving(false)
      showError(errorShapeOf(e))
    }
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault()
    void save()
  }

  return { formRef, error, saving, save, onSubmit }
}
