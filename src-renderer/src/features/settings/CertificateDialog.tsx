/**
 * The host's certificate when it could not be verified: who it was issued to and by, how long it
 * is valid and its SHA-256 fingerprint, for the person to compare with what the hosting provider
 * says before choosing "เชื่อถือใบรับรองนี้" (which pins exactly this certificate). A native
 * <dialog> opened with showModal(): focus stays inside, Escape closes it, focus returns after.
 */
import type { CertificateSummary } from '@shared/domain/publishing'
import type { AppErrorShape } from '@shared/result'
import { ErrorBanner } from '../../components/ErrorBanner'
import { useModalDialog } from '../../components/use-modal-dialog'
import { certificateDate } from './host-profile-form'
import { HOSTS_TEXT } from './host-profiles-text'

const C = HOSTS_TEXT.cert

export interface CertificateDialogProps {
  host: string
  certificate: CertificateSummary
  busy: boolean
  error: AppErrorShape | null
  onTrust(): void
  onClose(): void
}

export function CertificateDialog({ host, certificate, busy, error, onTrust, onClose }: CertificateDialogProps) {
  const { ref, onCancel } = useModalDialog(onClose, busy)
  return (
    <dialog
      ref={ref}
      className="cert-dialog"
      aria-labelledby="cert-dialog-title"
      aria-describedby="cert-dialog-intro"
      onCancel={onCancel}
    >
      <h2 id="cert-dialog-title">
        {C.title} {host}
      </h2>
      <p id="cert-dialog-intro">{C.intro(host)}</p>
      <dl className="cert-details">
        <dt>{C.subject}</dt>
        <dd>{certificate.subject || '-'}</dd>
        <dt>{C.issuer}</dt>
        <dd>
          {certificate.issuer || '-'} {certificate.selfSigned && <span className="muted">{C.selfSigned}</span>}
        </dd>
        <dt>{C.validity}</dt>
        <dd>{C.validityValue(certificateDate(certificate.validFrom), certificateDate(certificate.validTo))}</dd>
        {certificate.subjectAltNames && (
          <>
            <dt>{C.names}</dt>
            <dd>{certificate.subjectAltNames}</dd>
          </>
        )}
        <dt>{C.fingerprint}</dt>
        <dd className="fingerprint" data-testid="cert-fingerprint">
          {certificate.sha256}
        </dd>
      </dl>
      <p className="muted">{C.after}</p>
      <ErrorBanner error={error} />
      <div className="form-actions">
        <button type="button" className="primary" disabled={busy} onClick={onTrust}>
          {C.trust}
        </button>
        <button type="button" disabled={busy} onClick={onClose}>
          {C.cancel}
        </button>
      </div>
    </dialog>
  )
}
