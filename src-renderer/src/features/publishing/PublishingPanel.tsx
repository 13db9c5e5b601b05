/**
 * The request page's "เผยแพร่ขึ้นเว็บไซต์" section: on an approved request, upload its files to a
 * host profile and follow the progress; once every file is done the queue records the publication
 * and the page shows the request as published with each file's link; on a published request,
 * take the files down again. Shown only where there is something to do or to see.
 */
import { useEffect, useRef, useState } from 'react'
import type { HostProfile } from '@shared/domain/publishing'
import type { RequestDetail } from '@shared/domain/records'
import { ErrorBanner } from '../../components/ErrorBanner'
import { invoke } from '../../lib/api'
import { PublishedFiles } from './PublishedFiles'
import { TakedownForm } from './TakedownForm'
import { PUBLISH_TEXT as T } from './text'
import { UploadForm } from './UploadForm'
import { UploadProgress } from './UploadProgress'
import { useUploadStatus } from './use-upload-status'
import './publishing.css'

export function PublishingPanel({ detail, onChange }: { detail: RequestDetail; onChange(detail: RequestDetail): void }) {
  const { status, error, show } = useUploadStatus(detail.id, detail.updatedAt)
  const [open, setOpen] = useState<'upload' | 'takedown' | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [profiles, setProfiles] = useState<HostProfile[]>([])
  const doneRef = useRef<HTMLDivElement>(null)
  const live = status?.published.filter((p) => p.removedAt === null) ?? []
  const recorded = detail.status === 'approved' && live.length > 0

  // The queue recorded the publication: the page (status, publisher, link) is read again.
  useEffect(() => {
    if (!recorded) return
    let current = true
    void invoke('requests:get', { id: detail.id }).then((r) => {
      if (!current || !r.ok) return
      setDone(T.publishedDone)
      onChange(r.value)
    })
    return () => {
      current = false
    }
  }, [recorded, detail.id, onChange])

  useEffect(() => {
    if (done) doneRef.current?.focus()
  }, [done])

  // The take-down button says what happens to the files: deleted, or moved to the archive folder.
  useEffect(() => {
    if (live.length === 0 || profiles.length > 0) return
    void invoke('hostProfiles:list', {}).then((r) => r.ok && setProfiles(r.value.profiles))
  }, [live.length, profiles.length])

  if (!status && !error) return null
  const phase = status?.overall.phase ?? 'none'
  const hasJobs = (status?.jobs.length ?? 0) > 0
  if (detail.status !== 'approved' && !hasJobs && (status?.published.length ?? 0) === 0) return null

  const canUpload = detail.status === 'approved' && (phase === 'none' || phase === 'failed' || phase === 'cancelled')
  const canTakedown = (detail.status === 'published' || detail.status === 'withdrawn') && live.length > 0
  const archives = live.length > 0 && live.every((f) => profiles.find((p) => p.id === f.profileId)?.takedown === 'archive')

  return (
    <section className="card publishing-panel" aria-labelledby="publishing-heading">
      <h2 id="publishing-heading">{T.heading}</h2>
      {detail.status === 'approved' && !hasJobs && <p className="muted">{T.intro}</p>}
      {done && (
        <div ref={doneRef} className="alert ok" role="status" tabIndex={-1}>
          {done}
        </div>
      )}
      <ErrorBanner error={error} />
      {status?.problem && <p className="alert error">{status.problem}</p>}
      {status?.siteIndexProblem && <p className="alert warn">{status.siteIndexProblem}</p>}
      {status && hasJobs && detail.status === 'approved' && <UploadProgress status={status} onChange={show} />}
      {status && status.published.length > 0 && <PublishedFiles requestId={detail.id} files={status.published} />}
      <div className="action-buttons">
        {canUpload && (
          <button type="button" className="primary" aria-expanded={open === 'upload'} onClick={() => setOpen(open === 'upload' ? null : 'upload')}>
            {T.upload}
          </button>
        )}
        {canTakedown && (
          <button type="button" className="danger" aria-expanded={open === 'takedown'} onClick={() => setOpen(open === 'takedown' ? null : 'takedown')}>
            {archives ? T.takedownArchive : T.takedown}
          </button>
        )}
      </div>
      {open === 'upload' && canUpload && (
        <UploadForm
          requestId={detail.id}
          onClose={() => setOpen(null)}
          onQueued={(next) => {
            setOpen(null)
            setDone(null)
            show(next)
          }}
        />
      )}
      {open === 'takedown' && canTakedown && (
        <TakedownForm
          detail={detail}
          live={live}
          onClose={() => setOpen(null)}
          onDone={(next) => {
            setOpen(null)
            setDone(T.takenDown)
            onChange(next)
          }}
        />
      )}
    </section>
  )
}
