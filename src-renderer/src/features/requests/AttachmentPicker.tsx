/**
 * Attachments of the editor: a drop zone and a "เลือกไฟล์" button. Every file is checked by the
 * main process at once (type by content, size, emptiness, duplicates), so a refusal is seen
 * while the person still has the file at hand, not when the form is saved.
 */
import { ALLOWED_EXTENSIONS } from '@shared/domain/attachment-rules'
import { useEffect, useRef, useState, type Dispatch, type DragEvent, type SetStateAction } from 'react'
import type { AttachmentCheck, AttachmentRecord } from '@shared/domain/records'
import { fileToBase64, invoke } from '../../lib/api'
import { fileSize, kindLabel, thaiDateTime } from './format'
import { TEXT } from './text'

export const ACCEPT = ALLOWED_EXTENSIONS.join(',')
/** The contract takes at most this many new files in one save. */
export const MAX_NEW_FILES = 50

export interface PendingFile {
  key: string
  fileName: string
  sizeBytes: number
  state: 'checking' | 'accepted' | 'refused'
  kind?: string
  sha256?: string
  contentBase64?: string
  duplicates?: AttachmentCheck['duplicates']
  message?: string
}

interface Props {
  requestId: number | undefined
  maxMb: number
  existing: AttachmentRecord[]
  removeIds: number[]
  onToggleRemove(id: number): void
  pending: PendingFile[]
  setPending: Dispatch<SetStateAction<PendingFile[]>>
  error?: string | undefined
}

let nextKey = 1

export function AttachmentPicker({ requestId, maxMb, existing, removeIds, onToggleRemove, pending, setPending, error }: Props) {
  const inputRef = useRef<HTMLInputElement>(null)
  const [dragging, setDragging] = useState(false)
  const dragDepth = useRef(0)

  // A file dropped beside the zone must not make the window open it in place of the app.
  useEffect(() => {
    const stop = (e: globalThis.DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault()
    }
    window.addEventListener('dragover', stop)
    window.addEventListener('drop', stop)
    return () => {
      window.removeEventListener('dragover', stop)
      window.removeEventListener('drop', stop)
    }
  }, [])

  const update = (key: string, patch: (f: PendingFile, all: PendingFile[]) => PendingFile) =>
    setPending((all) => all.map((f) => (f.key === key ? patch(f, all) : f)))

  const check = async (file: File, key: string) => {
    const maxBytes = maxMb * 1024 * 1024
    if (file.size > maxBytes) {
      // Refused here so that a very large file is not read into memory only to be refused.
      update(key, (f) => ({ ...f, state: 'refused', message: TEXT.files.tooLarge(file.name, (file.size / 1024 / 1024).toFixed(1), maxMb) }))
      return
    }
    let contentBase64: string
    try {
      contentBase64 = await fileToBase64(file)
    } catch {
      update(key, (f) => ({ ...f, state: 'refused', message: TEXT.files.readFailed(file.name) }))
      return
    }
    const result = await invoke('attachments:check', requestId === undefined ? { fileName: file.name, contentBase64 } : { fileName: file.name, contentBase64, requestId })
    if (!result.ok) {
      update(key, (f) => ({ ...f, state: 'refused', message: result.error.message }))
      return
    }
    const c = result.value
    update(key, (f, all) => {
      const twin = all.find((o) => o.key !== key && o.state === 'accepted' && o.sha256 === c.sha256)
      if (twin) return { ...f, state: 'refused', message: TEXT.files.sameAsPicked(twin.fileName) }
      const attached = existing.find((a) => a.sha256 === c.sha256 && !removeIds.includes(a.id))
      if (attached) return { ...f, state: 'refused', message: TEXT.files.sameAsAttached(attached.fileName) }
      return { ...f, state: 'accepted', kind: c.kind, sha256: c.sha256, sizeBytes: c.sizeBytes, duplicates: c.duplicates, contentBase64 }
    })
  }

  const addFiles = (files: File[]) => {
    if (files.length === 0) return
    const room = MAX_NEW_FILES - pending.filter((f) => f.state !== 'refused').length
    const entries = files.map((file, i): [File, PendingFile] => {
      const entry: PendingFile = { key: `f${nextKey++}`, fileName: file.name, sizeBytes: file.size, state: 'checking' }
      return [file, i < room ? entry : { ...entry, state: 'refused', message: TEXT.files.tooMany(MAX_NEW_FILES) }]
    })
    setPending((all) => [...all, ...entries.map(([, e]) => e)])
    for (const [file, entry] of entries) if (entry.state === 'checking') void check(file, entry.key)
  }

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault()
    dragDepth.current = 0
    setDragging(false)
    addFiles([...e.dataTransfer.files])
  }

  return (
    <div className="attachments">
      <div
        className={`dropzone${dragging ? ' dragging' : ''}${error ? ' has-error' : ''}`}
        onDragEnter={(e) => {
          if (!e.dataTransfer.types.includes('Files')) return
          e.preventDefault()
          dragDepth.current += 1
          setDragging(true)
        }}
        onDragOver={(e) => {
          if (!e.dataTransfer.types.includes('Files')) return
          e.preventDefault()
          e.dataTransfer.dropEffect = 'copy'
        }}
        onDragLeave={() => {
          dragDepth.current = Math.max(0, dragDepth.current - 1)
          if (dragDepth.current === 0) setDragging(false)
        }}
        onDrop={onDrop}
      >
        <p>
          {dragging ? (
            TEXT.files.dropHere
          ) : (
            <>
              {TEXT.files.drop}{' '}
              <button type="button" className="primary" onClick={() => inputRef.current?.click()}>
                {TEXT.files.pick}
              </button>
            </>
          )}
        </p>
        <p className="muted small">{TEXT.files.rules(maxMb)}</p>
        <input
          ref={inputRef}
          type="file"
          multiple
          accept={ACCEPT}
          className="visually-hidden"
          tabIndex={-1}
          aria-label={TEXT.files.pick}
          onChange={(e) => {
            addFiles([...(e.target.files ?? [])])
            // Choosing the same file again must fire change again.
            e.target.value = ''
          }}
        />
      </div>
      {error && <div className="field-error">{error}</div>}

      {existing.length > 0 && (
        <>
          <h3>{TEXT.files.existing}</h3>
          <ul className="file-list">
            {existing.map((a) => {
              const removing = removeIds.includes(a.id)
              return (
                <li key={a.id} className={removing ? 'removing' : undefined}>
                  <span className="file-name">{a.fileName}</span>
                  <span className="muted">
                    {kindLabel(a.kind)} · {fileSize(a.sizeBytes)} · {thaiDateTime(a.addedAt)}
                  </span>
                  {removing && <span className="badge rejected">{TEXT.files.willRemove}</span>}
                  <button type="button" onClick={() => onToggleRemove(a.id)} aria-label={removing ? undefined : TEXT.files.removeLabel(a.fileName)}>
                    {removing ? TEXT.files.undoRemove : TEXT.files.remove}
                  </button>
                </li>
              )
            })}
          </ul>
        </>
      )}

      {pending.length > 0 && (
        <>
          {existing.length > 0 && <h3>{TEXT.files.newFiles}</h3>}
          <ul className="file-list">
            {pending.map((f) => (
              <li key={f.key} className={`file-${f.state}`}>
                <span className="file-name">{f.fileName}</span>
                {f.state === 'checking' && (
                  <span className="muted" role="status">
                    {TEXT.files.checking}
                  </span>
                )}
                {f.state === 'accepted' && (
                  <span className="file-ok">
                    ✓ {TEXT.files.accepted} · {kindLabel(f.kind ?? '')} · {fileSize(f.sizeBytes)}
                  </span>
                )}
                {f.state === 'refused' && <span className="badge rejected">✗ {TEXT.files.refused}</span>}
                <button type="button" onClick={() => setPending((all) => all.filter((o) => o.key !== f.key))} aria-label={TEXT.files.removeLabel(f.fileName)}>
                  {TEXT.files.remove}
                </button>
                {f.state === 'refused' && (
                  <p className="file-message" role="alert">
                    {f.message}
                  </p>
                )}
                {f.state === 'accepted' &&
                  (f.duplicates ?? []).map((d) => (
                    <p key={`${d.requestId}-${d.fileName}`} className="file-message warn">
                      ⚠ {TEXT.files.duplicate(d.requestId, d.title)}
                    </p>
                  ))}
              </li>
            ))}
          </ul>
        </>
      )}
      {existing.length === 0 && pending.length === 0 && <p className="muted">{TEXT.files.none}</p>}
    </div>
  )
}
