/**
 * The office's host profiles as a table: where each one uploads, how its certificate is trusted,
 * where its password is kept, and the buttons to test, edit, make default and remove it. The tab
 * owns what the buttons do; while its editor is open the buttons that would open another wait.
 */
import type { HostProfile } from '@shared/domain/publishing'
import { ConfirmButton } from '../../components/ConfirmButton'
import { passwordStatus } from './host-profile-form'
import { HOSTS_TEXT as T } from './host-profiles-text'
import { TEXT } from './text'

export interface HostProfilesTableProps {
  profiles: HostProfile[]
  /** The profile whose test is running; every test button waits while one runs. */
  testing: number | null
  editorOpen: boolean
  onTest(profile: HostProfile): void
  onEdit(profile: HostProfile): void
  onMakeDefault(profile: HostProfile): void
  onRemove(profile: HostProfile): Promise<void>
}

export function HostProfilesTable({ profiles, testing, editorOpen, onTest, onEdit, onMakeDefault, onRemove }: HostProfilesTableProps) {
  return (
    <table className="data-table hosts-table">
      <thead>
        <tr>
          <th scope="col">{T.columns.name}</th>
          <th scope="col">{T.columns.host}</th>
          <th scope="col">{T.columns.account}</th>
          <th scope="col">{T.columns.trust}</th>
          <th scope="col">{T.columns.password}</th>
          <th scope="col">{T.columns.actions}</th>
        </tr>
      </thead>
      <tbody>
        {profiles.map((p) => (
          <tr key={p.id}>
            <td>
              {p.name} {p.isDefault && <span className="badge approved">{T.default}</span>}
            </td>
            <td>
              <div>
                {p.host}:{p.port}
              </div>
              <div className="muted small">{T.fields.tlsOptions[p.tls]}</div>
            </td>
            <td>
              <div>{p.username}</div>
              <div className="muted small">
                {p.remoteRoot} → {p.publicBaseUrl}
              </div>
            </td>
            <td>
              <div>{T.trust[p.trust]}</div>
              {p.pinnedSha256 && <div className="muted small fingerprint">{p.pinnedSha256.slice(0, 23)}…</div>}
            </td>
            <td>{passwordStatus(p)}</td>
            <td className="actions">
              <button type="button" aria-label={T.test.buttonLabel(p.name)} disabled={testing !== null} onClick={() => onTest(p)}>
                {testing === p.id ? T.test.running : T.test.button}
              </button>
              <button type="button" id={`host-edit-${p.id}`} aria-label={T.editLabel(p.name)} disabled={editorOpen} onClick={() => onEdit(p)}>
                {TEXT.edit}
              </button>
              {!p.isDefault && (
                <button type="button" aria-label={T.makeDefaultLabel(p.name)} disabled={editorOpen} onClick={() => onMakeDefault(p)}>
                  {T.makeDefault}
                </button>
              )}
              <ConfirmButton label={T.remove} question={T.removeQuestion(p.name)} danger disabled={editorOpen} ariaLabel={T.removeLabel(p.name)} onConfirm={() => onRemove(p)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
