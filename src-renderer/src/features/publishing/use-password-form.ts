/**
 * What the upload and take-down forms share: their error and busy state, the field errors, the
 * form's heading id, and the one way to submit — keep the typed FTP password for this session
 * first when the form asked for one (session-password), then run the action. A refused password
 * is shown on its field and the action is not run.
 */
import { useId, useRef, useState } from 'react'
import type { AppErrorShape, Result } from '@shared/result'
import { fieldErrorsOf } from '../../components/form-errors'
import { keepForSession } from './session-password'

export function usePasswordForm() {
  const [password, setPassword] = useState('')
  const [error, setError] = useState<AppErrorShape | null>(null)
  const [busy, setBusy] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  const headingId = useId()

  /**
   * Runs `action` after keeping the password for the profile `passwordFor` (null: none was asked
   * for); a failed result's error is shown. Null when the password was refused.
   */
  async function submit<T>(passwordFor: number | null, action: () => Promise<Result<T>>): Promise<Result<T> | null> {
    setBusy(true)
    setError(null)
    if (passwordFor !== null) {
      const refused = await keepForSession(passwordFor, password)
      if (refused) {
        setBusy(false)
        setError(refused)
        return null
      }
    }
    const result = await action()
    setBusy(false)
    if (!result.ok) setError(result.error)
    return result
  }

  return { password, setPassword, error, setError, fields: fieldErrorsOf(error), busy, formRef, headingId, submit }
}
