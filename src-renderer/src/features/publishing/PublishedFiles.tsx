/**
 * The request's files on the website: each file's public link, where it sits on the host, when
 * and by whom it went up, and (after a take-down) how it came down. "ตรวจว่าลิงก์เปิดได้" asks the
 * main process to open each address (a report only).
 */
import { useState } from 'react'
import type { PublishedFileRecord, UrlCheck } from '@shared/domain/uploads'
import type { AppErrorShape } from '@shared/result'
import { ErrorBanner } from '../../components/ErrorBanner'
import { invoke } from '../../lib/api'
import { thaiDateTime } from '../requests/format'
import { PUBLISH_TEXT as T } from './text'

export function PublishedFiles({ requestId, files }: { requestId: number; files: PublishedFileRecord[] }) {
  const [checks, setChecks] = useState<Map<string, UrlCheck> | null>(null)
  const [checking, setChecking] = useState(false)
  const [error, setError] = useState<AppErrorShape | null>(null)
  const live = files.filter((f) => f.removedAt === null)

  async function check() {
    setChecking(true)
    setError(null)
    const result = await invoke('uploads:checkUrls', { requestId })
    setChecking(false)
    if (result.ok) setChecks(new Map(result.value.map((c) => [c.url, c])))
    else setError(result.error)
  }

  return (
    <div className="published-files">
      <h3>{T.publishedHeading}</h3>
      <ul className="plain">
        {files.map((f) => {
          const c = checks?.get(f.publicUrl)
          return (
            <li key={f.id} className={f.removedAt ? 'removed' : undefined}>
              {f.removedAt ? (
                <span className="break">{f.fileName}</span>
              ) : (
                <a className="break" href={f.publicUrl} target="_blank" rel="noreferrer">
                  {f.fileName}
                </a>
              )}
              <div className="muted break">{T.onHost(f.profileName, f.archivePath ?? f.remotePath)}</div>
              <div className="muted">{T.publishedAt(thaiDateTime(f.publishedAt), f.publishedByName)}</div>
              {f.removedAt && <div className="muted">{T.removed(thaiDateTime(f.removedAt), f.removal === 'archived' && f.archivePath ? T.archived(f.archivePath) : T.deleted)}</div>}
              {c && !f.removedAt && <div className={c.ok ? 'link-ok' : 'field-error'}>{c.ok && c.status !== null ? T.linkOk(c.status) : c.message}</div>}
            </li>
          )
        })}
      </ul>
      <ErrorBanner error={error} />
      {live.length > 0 && (
        <button type="button" disabled={checking} onClick={() => void check()}>
          {checking ? T.checking : T.checkLinks}
        </button>
      )}
    </div>
  )
}
