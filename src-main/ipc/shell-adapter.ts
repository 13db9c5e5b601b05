/**
 * What the handlers need from the desktop around them to save a made file where the person
 * chooses: a save dialog and "open with the default program". The file itself is moved there by
 * the staging store (services/staging), under Node, so only the dialog is Electron's
 * (src-main/electron/shell-adapter.ts). The browser (`npm run web`) has none — its page downloads
 * the staged file itself — so the web adapter refuses, in Thai, should anything call it.
 */
import { AppError } from '@shared/result'

export { safeFileName } from '../services/staging/safe-file-name'

export interface ShellAdapter {
  /** Asks where to save, proposing `defaultName`; the chosen path, or null when the person cancels. */
  chooseSavePath(defaultName: string): Promise<string | null>
  /** Opens the saved file in its default program; the reason in Thai when that failed, else null. */
  openPath(path: string): Promise<string | null>
}

export const WEB_SAVE_REFUSED = 'โปรแกรมที่เปิดผ่านเว็บเบราว์เซอร์บันทึกไฟล์ลงเครื่องเองไม่ได้ — ใช้การดาวน์โหลดของเบราว์เซอร์แทน (ไฟล์จะอยู่ในโฟลเดอร์ดาวน์โหลด)'

/** `npm run web` and the tests: the browser saves by downloading, never through the server. */
export const webShellAdapter: ShellAdapter = {
  chooseSavePath: () => Promise.reject(new AppError('forbidden', WEB_SAVE_REFUSED)),
  openPath: () => Promise.reject(new AppError('forbidden', WEB_SAVE_REFUSED))
}
