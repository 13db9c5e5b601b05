/**
 * pdf-lib, loaded the first time an evidence pack is put together rather than when the services
 * open: it is about 14 MB of resident memory, paid otherwise by every process that only lists
 * requests (the CLI, `npm run web`, Electron main).
 *
 * `require` from createRequire, not `import()`: the CLI runs this file as CommonJS under tsx's
 * require hook. pdf-lib stays an external dependency of the electron-vite bundle, required from
 * node_modules as before.
 */
import { createRequire } from 'node:module'
import type * as PdfLibModule from 'pdf-lib'

export type PdfLib = typeof PdfLibModule

let pdfLib: PdfLib | undefined

export function loadPdfLib(): PdfLib {
  pdfLib ??= createRequire(__filename)('pdf-lib') as PdfLib
  return pdfLib
}
