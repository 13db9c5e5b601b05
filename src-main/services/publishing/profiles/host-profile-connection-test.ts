/**
 * "Test connection" for a host profile: the transfer layer's testConnection, its report turned
 * into the contract's HostProfileTestResult. A certificate that cannot be verified is an outcome
 * the screen acts on (it offers to pin the certificate), not an error, so it is returned rather
 * than thrown.
 */
import type { HostProfile, HostProfileTestResult } from '@shared/domain/publishing'
import { FtpsError, testConnection } from '../ftps'
import type { PasswordPrompt } from './host-profile-passwords'
import { toTransferSettings } from './transfer-settings'

export interface TestOptions {
  /** Use this password for this test only (the CLI's environment variable or prompt): kept nowhere. */
  password?: string
  prompt?: PasswordPrompt
  /** Inactivity limit of the test's connections (the transfer layer's default otherwise). */
  timeoutMs?: number
}

/**
 * TLS version, certificate, greeting, and whether a test file can be written to the remote root
 * and removed. `trust-needed` carries the certificate's details (nothing was sent); every other
 * refusal is thrown as the transfer layer's FtpsError with its Thai message.
 */
export async function testHostConnection(profile: HostProfile, password: string, timeoutMs?: number): Promise<HostProfileTestResult> {
  const { profile: ftps, trust } = toTransferSettings(profile, timeoutMs)
  try {
    const report = await testConnection(ftps, password, trust, profile.remoteRoot)
    return {
      outcome: 'connected',
      tlsVersion: report.tlsVersion,
      certificate: report.certificate,
      trustedBy: report.trustedBy,
      greeting: report.greeting,
      remoteDir: report.remoteDir,
      canWrite: report.canWrite,
      canRemove: report.canRemove,
      problem: report.problem ?? null
    }
  } catch (error) {
    if (error instanceof FtpsError && error.kind === 'certificate-untrusted' && error.certificate) {
      return { outcome: 'trust-needed', certificate: error.certificate, message: error.message }
    }
    throw error
  }
}
