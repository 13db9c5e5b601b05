/**
 * Per-file and overall progress of a request's upload, with speed and time left, and the buttons
 * that fit its phase: pause while moving, resume when paused, retry after a failure or a cancel,
 * cancel while unfinished. Each bar is a native <progress> with a name, so a screen reader reads
 * "รายงาน.pdf 45 เปอร์เซ็นต์".
 */
import { useState } from 'react'
import { UPLOAD_STATE_LABELS, type UploadJobStatus, type UploadRequestStatus } from '@shared/domain/uploads'
import type { AppErrorShape } from '@shared/result'
import { ConfirmButton } from '../../components/ConfirmButton'
import { ErrorBanner } from '../../components/ErrorBanner'
import { invoke } from '../../lib/api'
import { fileSize, thaiDateTime } from '../requests/format'
import { duration, percent, waitingForServer } from './format'
import { PUBLISH_TEXT as T } from './text'

type Control = 'uploads:pause' | 'uploads:resume' | 'uploads:cancel' | 'uploads:retry'

function details(j: Pick<UploadJobStatus, 'bytesSent' | 'sizeBytes' | 'speedBytesPerSecond' | 'etaSeconds'>): string {
  return [
    T.bytes(fileSize(Math.min(j.bytesSent, j.sizeBytes)), fileSize(j.sizeBytes)),
    j.speedBytesPerSecond ? T.speed(fileSize(j.speedBytesPerSecond)) : '',
    j.etaSeconds !== null ? T.eta(duration(j.etaSeconds)) : ''
  ]
    .filter(Boolean)
    .join(' · ')
}

export function UploadProgress({ status, onChange }: { status: UploadRequestStatus; onChange(status: UploadRequestStatus): void }) {
  const [error, setError] = useState<AppErrorShape | null>(null)
  const [busy, setBusy] = useState(false)
  const { overall, jobs } = status
  const phase = overall.phase
  const unfinished = jobs.some((j) => j.state !== 'done' && j.state !== 'cancelled')

  async function control(channel: Control) {
    setBusy(true)
    setError(null)
    const result = await invoke(channel, { requestId: status.requestId })
    setBusy(false)
    if (result.ok) onChange(result.value)
    else setError(result.error)
  }

  return (
    <div className="upload-progress">
      <h3>{T.progressHeading}</h3>
      {phase !== 'none' && phase !== 'active' && (
        <p className={`alert ${phase === 'done' ? 'ok' : phase === 'paused' ? 'warn' : 'error'}`} role="status">
          {T.phase[phase]}
        </p>
      )}
      <div className="upload-overall">
        <label htmlFor="upload-overall-bar">
          <strong>{T.overall}</strong> {T.filesDone(overall.filesDone, overall.files)} · {details(overall)}
        </label>
        <progress id="upload-overall-bar" max={100} value={percent(overall.bytesSent, overall.sizeBytes)}>
          {percent(overall.bytesSent, overall.sizeBytes)}%
        </progress>
      </div>
      <ul className="upload-jobs plain">
        {jobs.map((j) => (
          <li key={j.id} className={`upload-job ${j.state}`}>
            <div className="upload-job-head">
              <span className="break">{j.fileName}</span>
              <span className={`badge upload-${j.state}`}>{UPLOAD_STATE_LABELS[j.state]}</span>
            </div>
            {waitingForServer(j) ? (
              // Without a value the bar is indeterminate: the server's side is not known until it ends.
              <progress max={100} aria-label={j.fileName} />
            ) : (
              <progress max={100} value={percent(j.bytesSent, j.sizeBytes)} aria-label={j.fileName}>
                {percent(j.bytesSent, j.sizeBytes)}%
              </progress>
            )}
            <div className="muted upload-job-details">
              {waitingForServer(j) ? T.waitingForServer : details(j)}
              {j.attempts > 1 && ` · ${T.attempts(j.attempts)}`}
              {j.retryAt && ` · ${T.retryAt(thaiDateTime(j.retryAt))}`}
            </div>
            {j.lastError && j.state !== 'done' && <div className={j.state === 'failed' ? 'field-error' : 'muted'}>{j.lastError}</div>}
          </li>
        ))}
      </ul>
      <ErrorBanner error={error} />
      <div className="form-actions">
        {phase === 'active' && (
          <button type="button" disabled={busy} onClick={() => void control('uploads:pause')}>
            {T.pause}
          </button>
        )}
        {phase === 'paused' && (
          <button type="button" className="primary" disabled={busy} onClick={() => void control('uploads:resume')}>
            {T.resume}
          </button>
        )}
        {(phase === 'failed' || phase === 'cancelled') && (
          <button type="button" className="primary" disabled={busy} onClick={() => void control('uploads:retry')}>
            {T.retry}
          </button>
        )}
        {unfinished && phase !== 'done' && <ConfirmButton label={T.cancel} question={T.cancelQuestion} danger disabled={busy} onConfirm={() => control('uploads:cancel')} />}
      </div>
    </div>
  )
}
