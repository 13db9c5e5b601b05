/**
 * What "ทดสอบการเชื่อมต่อ" found, as the host profiles tab shows it: the failure and what to do,
 * the certificate that still needs the person's trust, or the full report (TLS, certificate,
 * greeting, whether a file could be written and removed).
 */
import type { HostProfile, HostProfileTestResult } from '@shared/domain/publishing'
import type { AppErrorShape } from '@shared/result'
import { certificateDate, greetingText } from './host-profile-form'
import { HOSTS_TEXT as T } from './host-profiles-text'

/** The last test of one profile: its result, or the error that stopped it. */
export interface ConnectionTestView {
  profile: HostProfile
  result?: HostProfileTestResult
  error?: AppErrorShape
}

export function ConnectionTestReport({ view }: { view: ConnectionTestView }) {
  const R = T.test
  const { profile, result, error } = view
  if (error) {
    return (
      <div className="test-report">
        <h3>{R.heading(profile.name)}</h3>
        <div className="alert error" role="alert">
          <strong>{R.failed}: </strong>
          {error.message}
          {error.code === 'password-required' && <div>{R.passwordNeeded}</div>}
        </div>
      </div>
    )
  }
  if (!result) return null
  if (result.outcome === 'trust-needed') {
    return (
      <div className="test-report">
        <h3>{R.heading(profile.name)}</h3>
        <div className="alert warn">{R.trustNeeded}</div>
      </div>
    )
  }
  const passed = result.canWrite && result.canRemove
  const cert = result.certificate
  return (
    <div className="test-report">
      <h3>{R.heading(profile.name)}</h3>
      <div className={passed ? 'alert ok' : 'alert warn'}>{passed ? R.passed : R.partly}</div>
      <dl className="cert-details">
        <dt>{R.tlsVersion}</dt>
        <dd>{result.tlsVersion ?? R.plain}</dd>
        <dt>{R.trustedBy}</dt>
        <dd>{R.trustedByValue[result.trustedBy]}</dd>
        {cert && (
          <>
            <dt>{T.cert.subject}</dt>
            <dd>{cert.subject || '-'}</dd>
            <dt>{T.cert.issuer}</dt>
            <dd>{cert.issuer || '-'}</dd>
            <dt>{T.cert.validity}</dt>
            <dd>{T.cert.validityValue(certificateDate(cert.validFrom), certificateDate(cert.validTo))}</dd>
            <dt>{T.cert.fingerprint}</dt>
            <dd className="fingerprint">{cert.sha256}</dd>
          </>
        )}
        <dt>{R.greeting}</dt>
        <dd>{greetingText(result.greeting)}</dd>
        <dt>{R.write}</dt>
        <dd>
          {result.canWrite ? R.yes : R.no} ({result.remoteDir})
        </dd>
        <dt>{R.remove}</dt>
        <dd>{result.canRemove ? R.yes : R.no}</dd>
      </dl>
      {result.problem && <div className="alert warn">{result.problem}</div>}
    </div>
  )
}
