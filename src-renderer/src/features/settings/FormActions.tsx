/** The save and cancel buttons under an inline settings editor. */
import { TEXT } from './text'

export function FormActions({ busy, onCancel }: { busy: boolean; onCancel(): void }) {
  return (
    <div className="form-actions">
      <button type="submit" className="primary" disabled={busy}>
        {busy ? TEXT.saving : TEXT.save}
      </button>
      <button type="button" onClick={onCancel}>
        {TEXT.cancel}
      </button>
    </div>
  )
}
