/** The status history of a request, oldest first: what happened, who did it, when, and why. */
import { ACTION_RULES, STATUS_LABELS } from '@shared/domain/request-status'
import type { StatusEvent } from '@shared/domain/records'
import { thaiDateTime } from './format'
import { TEXT } from './text'

const T = TEXT.timeline

function actionLabel(e: StatusEvent): string {
  if (e.action === 'create') return T.create
  if (e.action === 'edit') return T.edit
  return ACTION_RULES[e.action].label
}

export function RequestTimeline({ history }: { history: StatusEvent[] }) {
  if (history.length === 0) return <p className="muted">{T.empty}</p>
  return (
    <ol className="timeline">
      {history.map((e) => (
        <li key={e.id}>
          <div className="timeline-head">
            <strong>{actionLabel(e)}</strong> <span className={`badge ${e.toStatus}`}>{STATUS_LABELS[e.toStatus]}</span>
            {e.verbal && <span className="badge verbal">{TEXT.page.verbal}</span>}
          </div>
          <div className="muted">
            {T.by(e.byName)} · <time dateTime={e.at}>{thaiDateTime(e.at)}</time>
          </div>
          {e.decidedAt && <div className="muted">{T.decidedAt(thaiDateTime(e.decidedAt))}</div>}
          {e.reason && (
            <div className="timeline-reason">
              {T.reason}: {e.reason}
            </div>
          )}
        </li>
      ))}
    </ol>
  )
}
