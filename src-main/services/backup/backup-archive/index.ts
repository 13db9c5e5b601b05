/**
 * Writing and reading `.pdbackup` archives (see ../manifest.ts for the layout): pack.ts writes
 * one; verify.ts reads one back through unpack.ts (the untrusted tar) and checks everything in
 * it; sqlite.ts, fs-helpers.ts and summary.ts are what both sides share. Import from here.
 */
export { fsyncDir, fsyncFile, hashFile } from './fs-helpers'
export { packBackup, type PackInput } from './pack'
export { officeFilesIn, OFFICE_UNITS } from './office-files'
export { hasTable, openSqlite, type SqliteOptions } from './sqlite'
export { summarize } from './summary'
export { openBackup, type OpenedBackup } from './verify'
