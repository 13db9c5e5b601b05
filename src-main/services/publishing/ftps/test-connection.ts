/**
 * "Test connection" for a host profile: connects exactly as an upload would (same certificate
 * rules), then writes a small file into the remote folder and removes it. A refused connection
 * throws the FtpsError a person acts on (an untrusted certificate carries its details for the
 * "trust this certificate" choice); a connection that works but cannot write is reported, not
 * thrown, so the person sees everything that did work.
 */
import { Readable } from 'node:stream'
import { randomBytes } from 'node:crypto'
import { connect, failureContext } from './connect'
import { toFtpsError } from './ftps-error'
import { joinRemote, normalizeRemoteDir } from './remote-path'
import type { ConnectionInfo, FtpsProfile, TrustSettings } from './types'

export interface ConnectionTestReport extends ConnectionInfo {
  /** The folder the test file was written to. */
  remoteDir: string
  canWrite: boolean
  canRemove: boolean
  /** Thai: why writing or removing failed. */
  problem?: string
}

export async function testConnection(
  profile: FtpsProfile,
  secret: string,
  trust: TrustSettings = {},
  remoteDir = '/'
): Promise<ConnectionTestReport> {
  const dir = normalizeRemoteDir(remoteDir)
  const { client, info } = await connect(profile, secret, trust)
  const report: ConnectionTestReport = { ...info, remoteDir: dir, canWrite: false, canRemove: false }
  const probe = joinRemote(dir, `.publishdesk-test-${randomBytes(6).toString('hex')}.txt`)
  try {
    const body = Buffer.from(`Publish Desk connection test ${new Date().toISOString()}\n`)
    await client.uploadFrom(Readable.from([body]), probe)
    report.canWrite = (await client.size(probe)) === body.length
    await client.remove(probe)
    report.canRemove = true
  } catch (err) {
    report.problem = toFtpsError(err, failureContext(client, 'transfer', probe)).message
  } finally {
    client.close()
  }
  return report
}
