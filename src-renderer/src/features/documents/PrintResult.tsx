/**
 * The pieces of the printing flow's result column (usePrintFlow's state on screen), shared by the
 * print panel and the report screen: the service's notices, the save and refresh buttons with
 * their status line, and the preview as it will print.
 */
import type { ReactNode } from 'react'
import type { DocumentPreview, ExportFormat } from '@shared/domain/documents-schemas'
import type { AppErrorShape } from '@shared/result'
import { PdfPreview } from './PdfPreview'
import { TEXT } from './text'
import type { PrintFlow } from './use-print-flow'

/** What the service wants the person to know about the document on screen (no indicator yet …). */
export function PreviewNotices({ value }: { value: DocumentPreview | null }) {
  if (!value || value.notices.length === 0) return null
  return (
    <div className="alert warn">
      <strong>{TEXT.notices}</strong>
      <ul>
        {value.notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  )
}

export interface ExportActionsProps {
  flow: PrintFlow
  /** False while what the preview needs is still loading: no refresh yet. */
  ready: boolean
  onExport(format: ExportFormat): void
  /** More actions, between the save buttons and refresh. */
  children?: ReactNode
}

export function ExportActions({ flow, ready, onExport, children }: ExportActionsProps) {
  return (
    <div className="print-actions">
      <button type="button" className="primary" disabled={!flow.exportable} onClick={() => onExport('pdf')}>
        {flow.busy === 'pdf' ? TEXT.saving : TEXT.savePdf}
      </button>
      <button type="button" className="primary" disabled={!flow.exportable} onClick={() => onExport('docx')}>
        {flow.busy === 'docx' ? TEXT.saving : TEXT.saveDocx}
      </button>
      {children}
      <button type="button" disabled={flow.preparing || flow.busy !== null || !ready} onClick={() => void flow.prepare()}>
        {TEXT.refresh}
      </button>
      <span className="muted" role="status">
        {flow.status}
      </span>
    </div>
  )
}

/** The PDF as it will print, or why it cannot be shown. */
export function PreviewPane({ value, error }: { value: DocumentPreview | null; error: AppErrorShape | null }) {
  return (
    <section aria-label={TEXT.preview} className="print-preview">
      {value?.previewPdfBase64 ? (
        <PdfPreview base64={value.previewPdfBase64} label={value.title} />
      ) : value?.previewError ? (
        <div className="alert error">{TEXT.previewFailed(value.previewError)}</div>
      ) : error ? null : (
        <p role="status">{TEXT.preparing}</p>
      )}
    </section>
  )
}
