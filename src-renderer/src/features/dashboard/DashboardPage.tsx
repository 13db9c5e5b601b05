/**
 * The first screen: what the office has to do today. Counts by status (each opens the register
 * filtered by it), the requests waiting longest for a decision, what is due to come off the
 * website, the indicators of the fiscal year still without published evidence, and the next MOIT
 * round. Every state is said in words, never by colour alone.
 */
import { useCallback, useEffect, useState } from 'react'
import { STATUSES, STATUS_LABELS } from '@shared/domain/request-status'
import type { Dashboard, TakeDownItem } from '@shared/domain/dashboard'
import { call } from '../../lib/api'
import { hrefOf } from '../../lib/router'
import { count, thaiDate, thaiDateTime } from '../requests/format'
import { TEXT } from './text'
import './dashboard.css'

/** Items per list; the rest are one link away, in the register. */
const LIST_LIMIT = 10

export function DashboardPage() {
  const [data, setData] = useState<Dashboard | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(false)

  const load = useCallback(async () => {
    setLoading(true)
    try {
      setData(await call('dashboard:get', { limit: LIST_LIMIT }))
      setError(null)
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setLoading(false)
    }
  }, [])

  useEffect(() => {
    void load()
  }, [load])

  return (
    <div className="dashboard">
      <div className="dashboard-head">
        <h1>{TEXT.title}</h1>
        {data && <p className="muted">{TEXT.today(thaiDate(data.today, 'long'), data.fiscalYear)}</p>}
        <button type="button" onClick={() => void load()} disabled={loading}>
          {TEXT.refresh}
        </button>
      </div>
      {error && (
        <div className="alert error" role="alert">
          {TEXT.loadFailed}: {error}{' '}
          <button type="button" onClick={() => void load()}>
            {TEXT.retry}
          </button>
        </div>
      )}
      {!data && !error && (
        <p role="status" className="muted">
          {TEXT.loading}
        </p>
      )}
      {data && <DashboardBody data={data} />}
    </div>
  )
}

function DashboardBody({ data }: { data: Dashboard }) {
  return (
    <>
      <section className="dashboard-section" aria-labelledby="dash-counts">
        <h2 id="dash-counts">{TEXT.counts.heading}</h2>
        <ul className="status-cards">
          {STATUSES.map((s) => (
            <li key={s}>
              <a className={`status-card ${s}`} href={hrefOf({ page: 'register', status: s })} aria-describedby="dash-counts-hint">
                <span className="status-card-label">{STATUS_LABELS[s]}</span>{' '}
                <span className="status-card-count">
                  {count(data.counts[s])} <span className="status-card-unit">{TEXT.counts.unit}</span>
                </span>
              </a>
            </li>
          ))}
        </ul>
        <p className="muted small">
          {TEXT.counts.total(count(data.total))} <span id="dash-counts-hint">({TEXT.counts.open})</span>
        </p>
      </section>

      <div className="dashboard-grid">
        <RoundSection data={data} />
        <WaitingSection data={data} />
        <TakeDownSection data={data} />
        <IndicatorsSection data={data} />
      </div>
    </>
  )
}

function RoundSection({ data }: { data: Dashboard }) {
  const r = data.nextRound
  return (
    <section className="dashboard-section card" aria-labelledby="dash-round">
      <h2 id="dash-round">{TEXT.round.heading}</h2>
      <p className="round-name">{TEXT.round.name(r.months, r.fiscalYear)}</p>
      <p className="muted">{TEXT.round.period(thaiDate(r.start, 'long'), thaiDate(r.end, 'long'))}</p>
      <p className="round-days">{r.daysLeft === 0 ? TEXT.round.lastDay : TEXT.round.daysLeft(count(r.daysLeft))}</p>
    </section>
  )
}

function WaitingSection({ data }: { data: Dashboard }) {
  const w = data.waiting
  return (
    <section className="dashboard-section card" aria-labelledby="dash-waiting">
      <h2 id="dash-waiting">{TEXT.waiting.heading(count(w.total))}</h2>
      {w.items.length === 0 ? (
        <p className="muted">{TEXT.waiting.empty}</p>
      ) : (
        <ol className="dashboard-list">
          {w.items.map((item) => (
            <li key={item.id}>
              <a href={hrefOf({ page: 'request', id: item.id })}>{item.title}</a>
              <div className="dashboard-item-meta">
                <strong>{TEXT.waiting.waited(item.days)}</strong>
                <span className="muted">
                  {' · '}
                  {item.ownerUnit} · {item.requesterName} · {TEXT.waiting.since(thaiDateTime(item.since))}
                </span>
              </div>
            </li>
          ))}
        </ol>
      )}
      {w.total > w.items.length && <a href={hrefOf({ page: 'register', status: 'submitted' })}>{TEXT.waiting.more(count(w.total))}</a>}
    </section>
  )
}

function dueText(item: TakeDownItem): string {
  if (item.daysLeft < 0) return TEXT.takeDown.overdue(-item.daysLeft)
  if (item.daysLeft === 0) return TEXT.takeDown.dueToday
  return TEXT.takeDown.dueIn(item.daysLeft)
}

function TakeDownSection({ data }: { data: Dashboard }) {
  const t = data.takeDown
  return (
    <section className="dashboard-section card" aria-labelledby="dash-takedown">
      <h2 id="dash-takedown">{TEXT.takeDown.heading(count(t.total))}</h2>
      {t.items.length === 0 ? (
        <p className="muted">{TEXT.takeDown.empty(t.windowDays)}</p>
      ) : (
        <>
          <p className="muted small">{TEXT.takeDown.summary(count(t.overdue), t.windowDays)}</p>
          <ol className="dashboard-list">
            {t.items.map((item) => (
              <li key={item.id} className={item.daysLeft < 0 ? 'overdue' : undefined}>
                <a href={hrefOf({ page: 'request', id: item.id })}>{item.title}</a>
                <div className="dashboard-item-meta">
                  <strong>{dueText(item)}</strong>
                  <span className="muted">
                    {' · '}
                    {TEXT.takeDown.until(thaiDate(item.publishUntil))} · {item.ownerUnit}
                  </span>
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
      {t.total > t.items.length && <a href={hrefOf({ page: 'register', status: 'published', dueSoon: true })}>{TEXT.takeDown.more(count(t.total))}</a>}
    </section>
  )
}

function IndicatorsSection({ data }: { data: Dashboard }) {
  const i = data.indicators
  return (
    <section className="dashboard-section card" aria-labelledby="dash-indicators">
      <h2 id="dash-indicators">{TEXT.indicators.heading(i.fiscalYear)}</h2>
      {i.total === 0 ? (
        <p>
          {TEXT.indicators.none} <a href={hrefOf({ page: 'settings', tab: 'indicators' })}>{TEXT.indicators.settings}</a>
        </p>
      ) : i.missing.length === 0 ? (
        <p>{TEXT.indicators.allDone}</p>
      ) : (
        <>
          <p className="muted small">{TEXT.indicators.summary(i.missing.length, i.total)}</p>
          <ul className="dashboard-list indicator-list">
            {i.missing.map((m) => (
              <li key={m.id}>
                <strong>{m.code}</strong> {m.title}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
