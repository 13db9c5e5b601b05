/**
 * The register page's export: the list as it is filtered now, every matching request, as XLSX or
 * CSV — saved through the save dialog in the desktop app, downloaded in the browser (save-file.ts,
 * as documents are) — and the way to the import page.
 */
import { useState } from 'react'
import type { RegisterFileFormat } from '@shared/domain/register-io'
import type { RequestQuery } from '@shared/domain/schemas'
import { call } from '../../lib/api'
import { useAppState } from '../../lib/app-state'
import { hrefOf } from '../../lib/router'
import { saveFile } from '../documents/save-file'
import { count as formatCount } from '../requests/format'
import { TEXT } from './text'
import './register-io.css'

const T = TEXT.export

export function RegisterExportButtons({ query, count }: { query: Omit<RequestQuery, 'offset' | 'limit'>; count: number | null }) {
  const { info } = useAppState()
  const [busy, setBusy] = useState<RegisterFileFormat | null>(null)
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null)

  async function run(format: RegisterFileFormat): Promise<void> {
    setBusy(format)
    setMessage(null)
    try {
      const file = await call('register:export', { format, query })
      const saved = await saveFile(file, info.shell)
      const rows = formatCount(file.rows)
      if (saved.kind === 'downloaded') setMessage({ text: T.downloaded(saved.fileName, rows), ok: true })
      else if (saved.kind === 'cancelled') setMessage({ text: T.cancelled, ok: true })
      else if (saved.openError) setMessage({ text: T.savedNotOpened(saved.path, saved.openError), ok: false })
      else setMessage({ text: T.saved(saved.path, rows), ok: true })
    } catch (e) {
      setMessage({ text: `${T.failed}: ${e instanceof Error ? e.message : String(e)}`, ok: false })
    } finally {
      setBusy(null)
    }
  }

  const disabled = busy !== null || !count
  return (
    <div className="register-io">
      <div className="register-io-buttons" role="group" aria-label={T.group}>
        <button type="button" onClick={() => void run('xlsx')} disabled={disabled} aria-busy={busy === 'xlsx'}>
          {busy === 'xlsx' ? T.working : T.xlsx}
        </button>
        <button type="button" onClick={() => void run('csv')} disabled={disabled} aria-busy={busy === 'csv'}>
          {busy === 'csv' ? T.working : T.csv}
        </button>
        <a className="button" href={hrefOf({ page: 'register-import' })}>
          {T.importLink}
        </a>
      </div>
      <p className={`register-io-message${message && !message.ok ? ' error' : ''}`} role="status" aria-live="polite">
        {message?.text}
      </p>
    </div>
  )
}
