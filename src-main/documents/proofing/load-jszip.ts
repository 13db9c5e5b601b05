/**
 * jszip, loaded the first time a DOCX is read back (proofing) rather than when the services open:
 * about 9 MB of resident memory otherwise paid by every process that only lists requests. Loaded
 * as register-io/load-exceljs.ts loads exceljs, and for the same reasons.
 */
import { createRequire } from 'node:module'
import type JSZipModule from 'jszip'

export type JSZip = typeof JSZipModule

let jszip: JSZip | undefined

export function loadJsZip(): JSZip {
  jszip ??= createRequire(__filename)('jszip') as JSZip
  return jszip
}
