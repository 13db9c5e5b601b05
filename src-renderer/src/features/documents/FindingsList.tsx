/** Proofing's findings with their excerpt, each to be ticked "ตรวจแล้ว" before the file is saved. */
import type { DocumentFinding } from '@shared/domain/documents-schemas'
import { TEXT } from './text'

export interface FindingsListProps {
  findings: readonly DocumentFinding[]
  acknowledged: ReadonlySet<string>
  onToggle(id: string, checked: boolean): void
  disabled?: boolean
}

export function FindingsList({ findings, acknowledged, onToggle, disabled }: FindingsListProps) {
  if (findings.length === 0) {
    return (
      <p className="alert ok" role="status">
        {TEXT.noFindings}
      </p>
    )
  }
  return (
    <section className="findings" aria-labelledby="findings-heading">
      <h3 id="findings-heading">{TEXT.findings(findings.length)}</h3>
      <p className="muted">{TEXT.findingsIntro}</p>
      <ul className="plain">
        {findings.map((f) => {
          const id = `finding-${f.id}`
          return (
            <li key={f.id} className={`finding ${f.severity}`}>
              <div>
                <span className={`badge ${f.severity === 'error' ? 'rejected' : 'submitted'}`}>{TEXT.severity[f.severity]}</span> <span id={`${id}-msg`}>{f.messageTh}</span>
              </div>
              <blockquote className="finding-excerpt">“{f.excerpt}”</blockquote>
              {f.suggestion && !f.messageTh.includes(f.suggestion) && <div className="muted">{TEXT.suggestion(f.suggestion)}</div>}
              <label className="checkbox" htmlFor={id}>
                <input
                  id={id}
                  type="checkbox"
                  checked={acknowledged.has(f.id)}
                  disabled={disabled}
                  aria-describedby={`${id}-msg`}
                  aria-label={TEXT.findingAck(f.excerpt)}
                  onChange={(e) => onToggle(f.id, e.target.checked)}
                />{' '}
                {TEXT.findingChecked}
              </label>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
