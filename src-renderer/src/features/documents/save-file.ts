/**
 * Saving a file the app made where the person works. Main has already written it once into the
 * data folder's staging area; the page holds only its handle (id, name, size), never its bytes.
 * In the desktop app: files:saveStaged opens the save dialog, copies the file there and opens it
 * in its default program. In the browser (`npm run web`): an ordinary download, fetched from the
 * loopback bridge with the page's token, which the browser's own settings place and open.
 */
import { BRIDGE, type StagedFileRef } from '@shared/ipc/contract'
import type { AppErrorShape } from '@shared/result'
import { ApiError, bridgeGet, call } from '../../lib/api'

export type SaveOutcome = { kind: 'downloaded'; fileName: string } | { kind: 'saved'; path: string; openError: string | null } | { kind: 'cancelled' }

/** What every channel that makes a file gives: the staged file's handle. */
export interface FileToSave {
  staged: StagedFileRef
}

const DOWNLOAD_TEXT = {
  unreachable: 'ดาวน์โหลดไฟล์ไม่สำเร็จ: ติดต่อโปรแกรมไม่ได้ — ตรวจสอบว่า npm run web ยังทำงานอยู่ แล้วลองอีกครั้ง',
  refused: (status: number) => `ดาวน์โหลดไฟล์ไม่สำเร็จ: เซิร์ฟเวอร์ปฏิเสธ (${status}) — เปิดโปรแกรมใหม่จากลิงก์ที่ npm run web พิมพ์ไว้ แล้วจัดทำไฟล์อีกครั้ง`,
  cutShort: 'ดาวน์โหลดไฟล์ไม่ครบ — ไฟล์ยังอยู่ในโปรแกรม กรุณากดบันทึกอีกครั้ง'
}

export async function saveFile(file: FileToSave, shell: 'electron' | 'web'): Promise<SaveOutcome> {
  if (shell === 'electron') {
    const saved = await call('files:saveStaged', { id: file.staged.id })
    return saved.path === null ? { kind: 'cancelled' } : { kind: 'saved', path: saved.path, openError: saved.openError }
  }
  await download(file.staged)
  return { kind: 'downloaded', fileName: file.staged.fileName }
}

async function download(staged: StagedFileRef): Promise<void> {
  const blob = await fetchStaged(staged)
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = staged.fileName
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // The browser has taken its copy once the click is handled; a minute is ample even for a slow disk.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** The staged file's bytes from the bridge (it stays staged for another save); a Thai ApiError otherwise. */
async function fetchStaged(staged: StagedFileRef): Promise<Blob> {
  let response: Response
  try {
    response = await bridgeGet(`${BRIDGE.stagedPath}${staged.id}`)
  } catch (error) {
    if (error instanceof ApiError) throw error
    throw new ApiError({ code: 'internal', message: DOWNLOAD_TEXT.unreachable })
  }
  if (!response.ok) throw new ApiError(await refusalOf(response))
  try {
    return await response.blob()
  } catch {
    throw new ApiError({ code: 'internal', message: DOWNLOAD_TEXT.cutShort })
  }
}

/** The bridge's own Thai reason (unknown, expired) when it gave one. */
async function refusalOf(response: Response): Promise<AppErrorShape> {
  if ((response.headers.get('content-type') ?? '').startsWith('application/json')) {
    try {
      const body = (await response.json()) as { ok?: boolean; error?: AppErrorShape }
      if (body.ok === false && body.error && typeof body.error.message === 'string') return body.error
    } catch {
      // not the bridge's answer: said below
    }
  }
  return { code: 'forbidden', message: DOWNLOAD_TEXT.refused(response.status) }
}
