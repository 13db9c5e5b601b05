/**
 * Certificate pinning for the data connections of one client.
 *
 * A pinned certificate is usually self-signed, so Node's verification has to be off
 * (`rejectUnauthorized: false`) and we compare the fingerprint ourselves. connect() does that for
 * the control connection before the password is sent. Data connections (one per file) are opened
 * inside basic-ftp with the same TLS options, so they would be accepted unchecked; and Node's
 * `checkServerIdentity` hook is not called for a certificate that failed verification, so it
 * cannot help. basic-ftp assigns each new data socket to `client.ftp.dataSocket` before it sends
 * a byte (uploads wait for 'secureConnect'), so we wrap that one public accessor on this client's
 * context: our 'secureConnect' listener runs first and destroys a socket whose certificate is not
 * the pinned one. A resumed TLS session is accepted as is: only the server that completed the
 * pinned handshake holds that session's keys.
 */
import { FTPContext, type Client } from 'basic-ftp'
import { TLSSocket } from 'node:tls'
import { summarizeCertificate } from './certificate'
import type { CertificateSummary } from './types'

export interface PinViolation {
  pinned: string
  seen: CertificateSummary
}

const violations = new WeakMap<Client, PinViolation>()

/** The certificate of a data connection that did not match the pin, if one was refused. */
export function pinViolation(client: Client): PinViolation | undefined {
  return violations.get(client)
}

function check(client: Client, socket: TLSSocket, pinnedSha256: string): void {
  if (socket.isSessionReused()) return
  const cert = summarizeCertificate(socket)
  if (cert?.sha256 === pinnedSha256) return
  const seen: CertificateSummary = cert ?? {
    subject: '', issuer: '', validFrom: '', validTo: '', sha256: '-', subjectAltNames: '', selfSigned: false, verified: false
  }
  violations.set(client, { pinned: pinnedSha256, seen })
  socket.destroy(new Error('data connection certificate does not match the pinned certificate'))
}

export function guardDataConnections(client: Client, pinnedSha256: string): void {
  const accessor = Object.getOwnPropertyDescriptor(FTPContext.prototype, 'dataSocket')
  const get = accessor?.get
  const set = accessor?.set
  if (!get || !set) throw new Error('basic-ftp changed: FTPContext.dataSocket accessor not found (pinning cannot be enforced)')
  const context = client.ftp
  Object.defineProperty(context, 'dataSocket', {
    configurable: true,
    enumerable: accessor.enumerable ?? false,
    get: () => get.call(context),
    set: (socket: unknown) => {
      if (socket instanceof TLSSocket) {
        // A Finished message sent means the handshake is over. Not getCipher() (basic-ftp's own
        // test): a socket offering a saved session (basic-ftp reuses the control connection's, as
        // vsftpd requires) has a cipher before its handshake ends, and was then checked too early,
        // with no certificate yet, and refused as if the server had changed (seen on vsftpd).
        const handshakeDone = socket.getFinished() !== undefined
        if (handshakeDone) check(client, socket, pinnedSha256)
        else socket.once('secureConnect', () => check(client, socket, pinnedSha256))
      }
      set.call(context, socket)
    }
  })
}
