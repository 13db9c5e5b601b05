/**
 * exceljs, loaded the first time a workbook is read or written rather than when the services open:
 * it is about 28 MB of resident memory and a third of a second of start-up, paid otherwise by every
 * process that only lists requests (the CLI, `npm run web`, Electron main). Also used by the
 * evidence checklist.
 *
 * `require` from createRequire, not `import()`: the CLI runs this file as CommonJS under tsx's
 * require hook, and a synchronous load keeps the callers as they were. exceljs stays an external
 * dependency of the electron-vite bundle, required from node_modules as before.
 */
import { createRequire } from 'node:module'
import type * as ExcelJsModule from 'exceljs'

export type ExcelJs = typeof ExcelJsModule

let excelJs: ExcelJs | undefined

export function loadExcelJs(): ExcelJs {
  excelJs ??= createRequire(__filename)('exceljs') as ExcelJs
  return excelJs
}
