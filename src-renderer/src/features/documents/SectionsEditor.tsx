/** A memo's body sections as textareas, prefilled with the template's text, editable for this document only. */
import type { MemoSectionDefault } from '@shared/domain/documents-schemas'
import { Field } from '../../components/Field'
import { TEXT } from './text'

export interface SectionsEditorProps {
  defaults: readonly MemoSectionDefault[]
  values: Record<string, string>
  onChange(key: string, text: string | null): void
  disabled?: boolean
}

export function SectionsEditor({ defaults, values, onChange, disabled }: SectionsEditorProps) {
  return (
    <fieldset className="print-group sections-editor">
      <legend>{TEXT.sections}</legend>
      <p className="muted small">{TEXT.sectionsHint}</p>
      {defaults.map((s) => {
        const value = values[s.key] ?? s.text
        const edited = value !== s.text
        const label = s.heading ?? TEXT.sectionLabels[s.key] ?? TEXT.sectionLabel(s.key)
        return (
          <Field key={s.key} id={`section-${s.key}`} label={label}>
            {(c) => (
              <>
                <textarea {...c} rows={Math.min(10, Math.max(3, value.split('\n').length + 1))} value={value} disabled={disabled} onChange={(e) => onChange(s.key, e.target.value)} />
                {edited && (
                  <button type="button" className="small-button" disabled={disabled} onClick={() => onChange(s.key, null)}>
                    {TEXT.sectionReset}
                  </button>
                )}
              </>
            )}
          </Field>
        )
      })}
    </fieldset>
  )
}
