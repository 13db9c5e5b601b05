/** The FTP password asked for on the request page, when the host profile has none for this session. */
import { Field } from '../../components/Field'
import { PUBLISH_TEXT as T } from './text'

export function PasswordField({ id, profileName, value, error, onChange }: { id: string; profileName: string; value: string; error: string | undefined; onChange(value: string): void }) {
  return (
    <Field id={id} label={T.passwordFor(profileName)} required hint={T.passwordHint} error={error}>
      {(c) => <input {...c} type="password" autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  )
}
