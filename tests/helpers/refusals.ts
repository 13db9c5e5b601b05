/**
 * The Thai refusal a test expects: the AppError an action throws or rejects with. Anything else —
 * no error at all, or an error of another kind — fails the test, so a refusal for the wrong reason
 * (a TypeError, a crash) cannot pass as the one expected.
 */
import { AppError } from '@shared/result'

/** The AppError `fn` throws; another error is thrown on as it is. */
export function refusalNow(fn: () => unknown): AppError {
  try {
    fn()
  } catch (e) {
    if (e instanceof AppError) return e
    throw e
  }
  throw new Error('expected an AppError')
}

/** The AppError `work` rejects with; a function is called first, so a synchronous throw counts too. */
export async function refusal(work: Promise<unknown> | (() => unknown)): Promise<AppError> {
  const error = await (typeof work === 'function' ? Promise.resolve().then(work) : work).then(
    () => undefined,
    (e: unknown) => e
  )
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`)
  return error
}
