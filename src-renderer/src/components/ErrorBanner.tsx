/** The error of the last action, in Thai, where a keyboard user is sent when no field is to blame. */
import type { AppErrorShape } from '@shared/result'

export function ErrorBanner({ error, title }: { error: AppErrorShape | null; title?: string }) {
  if (!error) return null
  return (
    <div className="alert error" role="alert" tabIndex={-1} data-error-banner="">
      {title && <strong>{title} </strong>}
      {error.message}
    </div>
  )
}
