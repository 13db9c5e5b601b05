/**
 * The submit and cancel buttons under a form: the settings editors (save/cancel) and the request
 * page's upload and take-down forms (their own words). The submit button is disabled and says
 * what is happening while the form is busy.
 */
const TEXT = { save: 'บันทึก', saving: 'กำลังบันทึก…', cancel: 'ยกเลิก' }

export interface FormActionsProps {
  busy: boolean
  onCancel(): void
  /** The submit button's words, idle and busy; "บันทึก" and "กำลังบันทึก…" when not given. */
  submit?: string
  submitting?: string
  /** The other button's words; "ยกเลิก" when not given. */
  cancel?: string
  /** 'danger' for an action that cannot be taken back. */
  tone?: 'primary' | 'danger'
  /** Submit is not possible for another reason than being busy (nothing chosen yet). */
  disabled?: boolean
}

export function FormActions({ busy, onCancel, submit = TEXT.save, submitting = TEXT.saving, cancel = TEXT.cancel, tone = 'primary', disabled = false }: FormActionsProps) {
  return (
    <div className="form-actions">
      <button type="submit" className={tone} disabled={busy || disabled}>
        {busy ? submitting : submit}
      </button>
      <button type="button" onClick={onCancel}>
        {cancel}
      </button>
    </div>
  )
}
