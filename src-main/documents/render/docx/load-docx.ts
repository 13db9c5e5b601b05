/**
 * The `docx` package, loaded the first time a DOCX is rendered rather than when the services open:
 * it is about 13 MB of resident memory, paid otherwise by every process that only lists requests
 * (the CLI, `npm run web`, Electron main). The renderer's modules import only its types statically
 * and take its classes and enums, under the same names, from loadDocx() inside their functions.
 *
 * `require` from createRequire, not `import()`: the CLI runs this file as CommonJS under tsx's
 * require hook, and rendering stays synchronous up to Packer. docx stays an external dependency of
 * the electron-vite bundle, required from node_modules as before.
 */
import { createRequire } from 'node:module'
import type * as DocxModule from 'docx'

export type Docx = typeof DocxModule

let docx: Docx | undefined

export function loadDocx(): Docx {
  docx ??= createRequire(__filename)('docx') as Docx
  return docx
}
