/**
 * "ทดสอบการเชื่อมต่อ" on the host profiles tab: which test is running, the last report, and the
 * certificate prompt a `trust-needed` outcome opens. Pinning the accepted certificate tests the
 * profile again at once, so the person sees straight away that the connection now holds.
 */
import { useState } from 'react'
import type { CertificateSummary, HostProfile } from '@shared/domain/publishing'
import type { AppErrorShape } from '@shared/result'
import { invoke } from '../../lib/api'
import type { ConnectionTestView } from './ConnectionTestReport'
import { HOSTS_TEXT as T } from './host-profiles-text'

/** A certificate the server showed that nothing trusts yet, waiting for the person's answer. */
export interface TrustPrompt {
  profile: HostProfile
  certificate: CertificateSummary
}

export interface ConnectionTestOptions {
  showFlash(message: string): void
  /** Reloads the list, so the profile's new trust shows in the table. */
  reload(): Promise<void>
}

export function useConnectionTest({ showFlash, reload }: ConnectionTestOptions) {
  const [testing, setTesting] = useState<number | null>(null)
  const [testView, setTestView] = useState<ConnectionTestView | null>(null)
  const [trustPrompt, setTrustPrompt] = useState<TrustPrompt | null>(null)
  const [trustBusy, setTrustBusy] = useState(false)
  const [trustError, setTrustError] = useState<AppErrorShape | null>(null)

  async function runTest(profile: HostProfile) {
    setTesting(profile.id)
    setTestView(null)
    const result = await invoke('hostProfiles:test', { id: profile.id })
    setTesting(null)
    if (!result.ok) {
      setTestView({ profile, error: result.error })
      return
    }
    setTestView({ profile, result: result.value })
    if (result.value.outcome === 'trust-needed') {
      setTrustError(null)
      setTrustPrompt({ profile, certificate: result.value.certificate })
    }
  }

  async function trust() {
    if (!trustPrompt) return
    setTrustBusy(true)
    const result = await invoke('hostProfiles:trust', { mode: 'pin', id: trustPrompt.profile.id, sha256: trustPrompt.certificate.sha256 })
    setTrustBusy(false)
    if (!result.ok) {
      setTrustError(result.error)
      return
    }
    setTrustPrompt(null)
    showFlash(T.cert.trusted(result.value.name))
    await reload()
    await runTest(result.value)
  }

  /** A removed profile's report would describe a profile that no longer exists. */
  function dropReportOf(profileId: number) {
    if (testView?.profile.id === profileId) setTestView(null)
  }

  function closeTrustPrompt() {
    setTrustPrompt(null)
  }

  return { testing, testView, trustPrompt, trustBusy, trustError, runTest, trust, dropReportOf, closeTrustPrompt }
}
