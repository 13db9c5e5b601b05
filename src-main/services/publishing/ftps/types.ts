/**
 * The shapes the FTPS transfer layer works with. A host profile here holds only what a connection
 * needs; the stored profile (folder pattern, naming, public URL) belongs to the publishing service
 * that calls this layer. The password is never part of a profile: it is passed separately so it
 * cannot end up in a log or an export together with the profile.
 */
import type { CertificateSummary } from '@shared/domain/publishing'

/** explicit = AUTH TLS on the normal port (21); implicit = TLS from the first byte (usually 990). */
export type TlsMode = 'explicit' | 'implicit' | 'none'

export interface FtpsProfile {
  host: string
  port: number
  /** 'none' is plain FTP: the caller warns the person (the announcement requires encryption). */
  tls: TlsMode
  username: string
  /** Inactivity limit for control and data connections; default 30 s. */
  timeoutMs?: number
}

/** How the server's certificate is trusted. Nothing set = the system's CAs, fully verified. */
export interface TrustSettings {
  /** PEM of the CA (or the certificate itself) to verify against instead of the system's CAs. */
  caPem?: string
  /** SHA-256 of the one certificate the person accepted (hex, with or without colons). */
  pinnedSha256?: string
}

/**
 * What a person needs to decide whether to trust a certificate (its sha256 as `openssl x509
 * -fingerprint -sha256` prints it): one shape for this layer, the services and the screens.
 */
export type { CertificateSummary }

export interface ConnectionInfo {
  /** e.g. 'TLSv1.3'; null for plain FTP. */
  tlsVersion: string | null
  certificate: CertificateSummary | null
  /** How the certificate was accepted. */
  trustedBy: 'ca' | 'pin' | 'none'
  /** The server's welcome text (220 reply). */
  greeting: string
}

export type NameExistsPolicy = 'overwrite' | 'suffix' | 'fail'

export interface UploadProgress {
  /** Bytes at the server so far, counting what a resumed upload found there. */
  bytesDone: number
  totalBytes: number
}

export interface UploadOptions {
  onProgress?: (progress: UploadProgress) => void
  signal?: AbortSignal
  /** What to do when the final name is taken; default 'fail'. */
  ifExists?: NameExistsPolicy
  /**
   * The file's SHA-256 when the caller already knows it (the blob store names each attachment by
   * it; an upload job records it): the file is then not read a first time just to hash it, which
   * on a 200 MB file costs as much as a third of the upload. The temporary name and the server-side
   * hash check use it as given.
   */
  sha256?: string
}

export interface UploadResult {
  /** Absolute remote path of the published file. */
  remotePath: string
  /** The name it got (differs from the requested one under the 'suffix' policy). */
  finalName: string
  bytes: number
  sha256: string
  /** Bytes that were already at the server in a temporary file and were not sent again. */
  resumedFrom: number
  /** 'size' when the server offers no hash command. */
  verifiedBy: 'size' | 'size+sha256'
}
