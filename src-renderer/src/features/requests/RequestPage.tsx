/** One request: every field, its files, its history, and the moves it can make now. */
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { ACTION_RULES, STATUSES_LOCKED, actionsFrom, STATUS_LABELS, type RequestAction } from '@shared/domain/request-status'
import type { AuditEntry, RequestDetail } from '@shared/domain/records'
import { invoke } from '../../lib/api'
import { useAppState } from '../../lib/app-state'
import { hrefOf } from '../../lib/router'
import { PrintButton } from '../documents/PrintButton'
import { PublishingPanel } from '../publishing/PublishingPanel'
import { fileSize, kindLabel, thaiDate, thaiDateTime } from './format'
import { RequestActions } from './RequestActions'
import { RequestTimeline } from './RequestTimeline'
import { TEXT } from './text'
import { useRequestDetail } from './use-request-detail'

const P = TEXT.page
const F = P.fields

export function RequestPage({ id }: { id: number }) {
  return <RequestView key={id} id={id} />
}

function RequestView({ id }: { id: number }) {
  const { info } = useAppState()
  const { detail, setDetail, error } = useRequestDetail(id)
  const [done, setDone] = useState<string | null>(null)
  const doneRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (done) doneRef.current?.focus()
  }, [done])

  if (error) {
    return (
      <div className="alert error" role="alert">
        {TEXT.loadFailed}: {error} <a href={hrefOf({ page: 'register' })}>{TEXT.backToRegister}</a>
      </div>
    )
  }
  if (!detail) return <p role="status">{TEXT.loading}</p>

  const editable = !STATUSES_LOCKED.includes(detail.status) && detail.status !== 'rejected'
  const overdue = detail.status === 'published' && detail.publishUntil !== null && detail.publishUntil < info.today
  const onDone = (d: RequestDetail, action: RequestAction) => {
    setDetail(d)
    setDone(P.done(ACTION_RULES[action].label))
  }

  return (
    <article className="request-page">
      <div className="page-head">
        <a href={hrefOf({ page: 'register' })}>← {TEXT.backToRegister}</a>
        <span className="muted">{TEXT.requestNo(detail.id)}</span>
        <span className={`badge ${detail.status}`}>{STATUS_LABELS[detail.status]}</span>
        {editable && (
          <a className="button" href={hrefOf({ page: 'request-edit', id: detail.id })}>
            {P.edit}
          </a>
        )}
        <PrintButton requestId={detail.id} />
      </div>
      <h1>{detail.title}</h1>
      {done && (
        <div ref={doneRef} className="alert ok" role="status" tabIndex={-1}>
          {done}
        </div>
      )}
      {overdue && detail.publishUntil && <div className="alert warn">{P.overdue(thaiDate(detail.publishUntil, 'long'))}</div>}

      <div className="request-columns">
        <div>
          <section className="card" aria-label={TEXT.editor.sections.form}>
            <dl className="fields">
              <Item label={F.ownerUnit}>{detail.ownerUnit}</Item>
              <Item label={F.requester}>{detail.requesterName}</Item>
              <Item label={F.requestDate}>{thaiDate(detail.requestDate, 'long')}</Item>
              <Item label={F.category}>
                {detail.categoryCode} {detail.categoryName}
              </Item>
              <Item label={F.fiscalYear}>{detail.fiscalYear}</Item>
              <Item label={F.publishUntil}>{detail.publishUntil ? thaiDate(detail.publishUntil, 'long') : P.noEnd}</Item>
              <Item label={F.period} wide>
                {detail.periodStart || detail.periodEnd ? P.periodRange(thaiDate(detail.periodStart, 'long'), thaiDate(detail.periodEnd, 'long')) : P.none}
              </Item>
              <Item label={F.details} wide>
                <span className="pre-wrap">{detail.details || P.none}</span>
              </Item>
              <Item label={F.externalLink} wide>
                {detail.externalLink ? <span className="break">{detail.externalLink}</span> : P.none}
              </Item>
              <Item label={F.note} wide>
                {detail.note || P.none}
              </Item>
              <Item label={F.indicators} wide>
                {detail.indicators.length === 0 ? (
                  P.none
                ) : (
                  <ul className="plain">
                    {detail.indicators.map((i) => (
                      <li key={i.id}>
                        <strong>{i.code}</strong> {i.title}
                      </li>
                    ))}
                  </ul>
                )}
              </Item>
              {detail.approval && (
                <Item label={F.approval} wide>
                  {P.approvedBy(detail.approval.byName, thaiDateTime(detail.approval.at))}{' '}
                  <span className={`badge ${detail.approval.verbal ? 'verbal' : 'approved'}`}>{detail.approval.verbal ? P.verbal : P.written}</span>
                </Item>
              )}
              {detail.status === 'rejected' && detail.rejectionReason && (
                <Item label={F.rejection} wide>
                  {detail.rejectionReason}
                </Item>
              )}
              {detail.published && (
                <Item label={F.published} wide>
                  {P.publishedBy(detail.published.byName, thaiDateTime(detail.published.at))}
                  {detail.published.publicUrl && <div className="break">{detail.published.publicUrl}</div>}
                </Item>
              )}
              {detail.withdrawn && (
                <Item label={F.withdrawn} wide>
                  {P.withdrawnBy(detail.withdrawn.byName, thaiDateTime(detail.withdrawn.at))} — {detail.withdrawn.reason}
                </Item>
              )}
            </dl>
          </section>

          <section className="card" aria-labelledby="request-files-heading">
            <h2 id="request-files-heading">{P.attachments(detail.attachments.length)}</h2>
            {detail.attachments.length === 0 ? (
              <p className="muted">{TEXT.files.none}</p>
            ) : (
              <table className="file-table">
                <thead>
                  <tr>
                    <th scope="col">{TEXT.files.columns.name}</th>
                    <th scope="col">{TEXT.files.columns.kind}</th>
                    <th scope="col">{TEXT.files.columns.size}</th>
                    <th scope="col">{TEXT.files.columns.added}</th>
                  </tr>
                </thead>
                <tbody>
                  {detail.attachments.map((a) => (
                    <tr key={a.id}>
                      <td className="break" title={`${TEXT.files.columns.sha}: ${a.sha256}`}>
                        {a.fileName}
                      </td>
                      <td>{kindLabel(a.kind)}</td>
                      <td>{fileSize(a.sizeBytes)}</td>
                      <td>{thaiDateTime(a.addedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </div>

        <div>
          <section className="card" aria-labelledby="request-actions-heading">
            <h2 id="request-actions-heading">{P.actions}</h2>
            <RequestActions detail={detail} onDone={onDone} />
            {actionsFrom(detail.status).length === 0 && <p className="muted">{P.noActions}</p>}
          </section>
          <PublishingPanel detail={detail} onChange={setDetail} />
          <section className="card" aria-labelledby="request-timeline-heading">
            <h2 id="request-timeline-heading">{P.timeline}</h2>
            <RequestTimeline history={detail.history} />
          </section>
          <AuditTrail requestId={detail.id} version={detail.updatedAt} />
        </div>
      </div>
    </article>
  )
}

function Item({ label, wide, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'wide' : undefined}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}

const AUDIT_ACTIONS: Record<string, string> = {
  'request.create': TEXT.timeline.create,
  'request.update': 'แก้ไขคำขอ',
  ...Object.fromEntries(Object.entries(ACTION_RULES).map(([a, r]) => [`request.${a}`, r.label]))
}

/** The audit entries of this request, read only when opened (the log can be long). */
function AuditTrail({ requestId, version }: { requestId: number; version: string }) {
  const [open, setOpen] = useState(false)
  const [entries, setEntries] = useState<AuditEntry[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (!open) return
    let live = true
    void invoke('audit:list', { requestId }).then((r) => {
      if (!live) return
      if (r.ok) setEntries(r.value)
      else setError(r.error.message)
    })
    return () => {
      live = false
    }
  }, [open, requestId, version])
  return (
    <details className="card audit-trail" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{P.auditTitle}</summary>
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      {open && !entries && !error && <p role="status">{P.auditLoading}</p>}
      {entries && entries.length === 0 && <p className="muted">{P.auditEmpty}</p>}
      {entries && entries.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{P.auditColumns.seq}</th>
              <th scope="col">{P.auditColumns.at}</th>
              <th scope="col">{P.auditColumns.actor}</th>
              <th scope="col">{P.auditColumns.action}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.seq}>
                <td>{e.seq}</td>
                <td>{thaiDateTime(e.at)}</td>
                <td>{e.actorName}</td>
                <td>{AUDIT_ACTIONS[e.action] ?? e.action}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  )
}
