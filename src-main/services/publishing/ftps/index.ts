/** The FTPS transfer layer: connect (with certificate checks), atomic verified upload, connection test. */
export { connect, DEFAULT_TIMEOUT_MS, type FtpsConnection } from './connect'
export { uploadAtomic } from './upload-atomic'
export { testConnection, type ConnectionTestReport } from './test-connection'
export { FtpsError, type FtpsFailure } from './ftps-error'
export { normalizeSha256 } from './certificate'
export { tempNameFor } from './remote-path'
export type * from './types'
