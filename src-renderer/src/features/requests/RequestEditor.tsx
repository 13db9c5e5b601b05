/**
 * The request form (แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์) with its classification and files, for a
 * new request or an existing one. The parts: use-request-form.ts (the fields and what follows
 * from them), use-save-request.ts (checking and saving), RequestFormSection and
 * ClassificationSection (the fields on screen), AttachmentPicker (the files).
 */
import { useState } from 'react'
import { STATUSES_LOCKED, STATUSES_REOPENED_BY_EDIT, STATUS_LABELS } from '@shared/domain/request-status'
import type { RequestDetail } from '@shared/domain/records'
import { ConfirmButton } from '../../components/ConfirmButton'
import { ErrorBanner } from '../../components/ErrorBanner'
import { useAppState } from '../../lib/app-state'
import { hrefOf } from '../../lib/router'
import { AttachmentPicker, type PendingFile } from './AttachmentPicker'
import { ClassificationSection } from './ClassificationSection'
import { RequestFormSection } from './RequestFormSection'
import { useRequestForm } from './use-request-form'
import { useRequestDetail } from './use-request-detail'
import { useSaveRequest } from './use-save-request'
import { TEXT } from './text'

const T = TEXT.editor

export function RequestEditor({ id }: { id?: number }) {
  // A new key per request: going from one form to another starts from a clean state.
  return <EditorLoader key={id ?? 'new'} id={id} />
}

function EditorLoader({ id }: { id: number | undefined }) {
  const { detail, error } = useRequestDetail(id)
  if (error) {
    return (
      <div className="alert error" role="alert">
        {TEXT.loadFailed}: {error} <a href={hrefOf({ page: 'register' })}>{TEXT.backToRegister}</a>
      </div>
    )
  }
  if (detail === undefined) return <p role="status">{TEXT.loading}</p>
  if (detail && (STATUSES_LOCKED.includes(detail.status) || detail.status === 'rejected')) {
    return (
      <div>
        <h1>{T.titleEdit(detail.id)}</h1>
        <div className="alert warn" role="alert">
          {T.locked(STATUS_LABELS[detail.status])} — {detail.status === 'rejected' ? T.lockedRejected : T.lockedPublished}
        </div>
        <a className="button" href={hrefOf({ page: 'request', id: detail.id })}>
          {TEXT.requestNo(detail.id)}
        </a>
      </div>
    )
  }
  return <EditorForm detail={detail} />
}

function EditorForm({ detail }: { detail: RequestDetail | null }) {
  const { office } = useAppState()
  const f = useRequestForm(detail)
  const [pending, setPending] = useState<PendingFile[]>([])
  const [removeIds, setRemoveIds] = useState<number[]>([])
  const accepted = pending.filter((p) => p.state === 'accepted')
  const checking = pending.some((p) => p.state === 'checking')
  const { formRef, error, saving, save, onSubmit } = useSaveRequest({
    payload: (byId) => f.payload(byId, accepted, removeIds),
    setFieldErrors: f.setFieldErrors,
    checking
  })
  const reopens = !!detail && STATUSES_REOPENED_BY_EDIT.includes(detail.status)

  // The main process names a refused file by its name; the picker shows those messages together.
  const fileErrors = Object.entries(f.fieldErrors)
    .filter(([k]) => k.startsWith('newAttachments') || pending.some((p) => p.fileName === k) || k === 'removeAttachmentIds')
    .map(([, v]) => v)

  return (
    <form ref={formRef} className="request-editor" onSubmit={onSubmit} noValidate>
      <div className="page-head">
        <h1>{detail ? T.titleEdit(detail.id) : T.titleNew}</h1>
        {detail && <span className={`badge ${detail.status}`}>{STATUS_LABELS[detail.status]}</span>}
      </div>
      {reopens && <div className="alert warn">{T.approvedWarning}</div>}
      <ErrorBanner error={error} />

      <RequestFormSection f={f} />
      <ClassificationSection f={f} />

      <section className="card" aria-labelledby="editor-files-heading">
        <h2 id="editor-files-heading">{T.sections.files}</h2>
        <AttachmentPicker
          requestId={detail?.id}
          maxMb={office?.maxAttachmentMb ?? 4}
          existing={detail?.attachments ?? []}
          removeIds={removeIds}
          onToggleRemove={(aid) => setRemoveIds((ids) => (ids.includes(aid) ? ids.filter((x) => x !== aid) : [...ids, aid]))}
          pending={pending}
          setPending={setPending}
          error={fileErrors.length > 0 ? fileErrors.join(' ') : undefined}
        />
      </section>

      <div className="form-actions">
        {reopens ? (
          <ConfirmButton label={saving ? T.saving : T.save} question={T.confirmBody} confirmLabel={T.confirmSave} disabled={saving || checking} onConfirm={save} />
        ) : (
          <button type="submit" className="primary" disabled={saving || checking} aria-describedby={checking ? 'editor-wait' : undefined}>
            {saving ? T.saving : T.save}
          </button>
        )}
        <a className="button" href={detail ? hrefOf({ page: 'request', id: detail.id }) : hrefOf({ page: 'register' })}>
          {T.leave}
        </a>
        {checking && (
          <span id="editor-wait" className="muted">
            {T.waitForFiles}
          </span>
        )}
      </div>
    </form>
  )
}
