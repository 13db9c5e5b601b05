/**
 * What the handlers need from the desktop around them to save a file the person chose where to
 * put: a save dialog and "open with the default program". Electron's adapter is
 * src-main/electron/shell-adapter.ts; the browser (`npm run web`) has none — its page downloads
 * the file itself — so the web adapter refuses, in Thai, should anything call it.
 */
import { AppError } from '@shared/result'

export interface ShellAdapter {
  /** Asks where to save (proposing `defaultName`) and writes `bytes` there; null when the person cancels. */
  saveAs(defaultName: string, bytes: Uint8Array): Promise<string | null>
  /** Opens the saved file in its default program; the reason in Thai when that failed, else null. */
  openPath(path: string): Promise<string | null>
}

export const WEB_SAVE_REFUSED = 'โปรแกรมที่เปิดผ่านเว็บเบราว์เซอร์บันทึกไฟล์ลงเครื่องเองไม่ได้ — ใช้การดาวน์โหลดของเบราว์เซอร์แทน (ไฟล์จะอยู่ในโฟลเดอร์ดาวน์โหลด)'

/** `npm run web` and the tests: the browser saves by downloading, never through the server. */
export const webShellAdapter: ShellAdapter = {
  saveAs: () => Promise.reject(new AppError('forbidden', WEB_SAVE_REFUSED)),
  openPath: () => Promise.reject(new AppError('forbidden', WEB_SAVE_REFUSED))
}

/**
 * The name proposed in the save dialog: no folder part (the name comes from the renderer) and
 * none of the characters Windows refuses in a file name; Thai letters stay as they are.
 */
export function safeFileName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? ''
  const cleaned = last.replace(/[\u0000-\u001f<>:"|?*]/g, '_').replace(/^[. ]+|[. ]+$/g, '').trim()
  return cleaned === '' ? 'เอกสาร' : cleaned
}
