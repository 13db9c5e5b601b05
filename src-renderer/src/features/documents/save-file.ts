/**
 * Saving an exported document where the person works: in the desktop app a save dialog and the
 * file opened in its default program (files:saveAndOpen, main side); in the browser
 * (`npm run web`) an ordinary download, which the browser's own settings place and open.
 */
import { call } from '../../lib/api'
import { base64ToBytes, mimeTypeOf } from './print-spec'

export type SaveOutcome = { kind: 'downloaded'; fileName: string } | { kind: 'saved'; path: string; openError: string | null } | { kind: 'cancelled' }

export interface FileToSave {
  fileName: string
  contentBase64: string
}

export async function saveFile(file: FileToSave, shell: 'electron' | 'web'): Promise<SaveOutcome> {
  if (shell === 'electron') {
    const saved = await call('files:saveAndOpen', { fileName: file.fileName, contentBase64: file.contentBase64 })
    return saved.path === null ? { kind: 'cancelled' } : { kind: 'saved', path: saved.path, openError: saved.openError }
  }
  download(file)
  return { kind: 'downloaded', fileName: file.fileName }
}

function download(file: FileToSave): void {
  const blob = new Blob([base64ToBytes(file.contentBase64)], { type: mimeTypeOf(file.fileName) })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = file.fileName
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // The browser has taken its copy once the click is handled; a minute is ample even for a slow disk.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
