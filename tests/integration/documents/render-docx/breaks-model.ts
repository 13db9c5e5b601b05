/** A small model with the blocks the samples lack: a spacer and a page break. */
import { MEMO_PAGE, type DocModel } from '@shared/documents/model'

export function breaksModel(): DocModel {
  const line = (text: string) => ({ type: 'paragraph' as const, runs: [{ text }], align: 'left' as const })
  return {
    kind: 'memo-website-report',
    title: 'ทดสอบการขึ้นหน้าใหม่',
    page: { ...MEMO_PAGE, thaiDigits: false },
    bodySizePt: 16,
    blocks: [line('บรรทัดแรกของหน้าแรก'), { type: 'spacer', heightPt: 30 }, line('ก่อนขึ้นหน้าใหม่'), { type: 'page-break' }, line('หน้าใหม่เริ่มที่นี่')]
  }
}
