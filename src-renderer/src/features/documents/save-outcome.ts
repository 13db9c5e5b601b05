/**
 * What a person is told after a file is saved (features/documents/save-file): where it went, after
 * what was made — the book number a memo was given, or a summary of an evidence pack. One wording
 * for every screen that saves files. Pure, so the rules are unit-tested.
 */
import type { SaveOutcome } from './save-file'
import { TEXT } from './text'

export interface SavedText {
  text: string
  /** False when nothing was saved (cancelled) or the saved file could not be opened. */
  ok: boolean
}

/** "<lead> · ดาวน์โหลดไฟล์ … แล้ว"; `cancelled` is said instead when the person cancelled the save. */
export function savedText(outcome: SaveOutcome, lead: string | null, cancelled: string = TEXT.cancelled): SavedText {
  const before = lead ? `${lead} · ` : ''
  switch (outcome.kind) {
    case 'downloaded':
      return { text: before + TEXT.downloaded(outcome.fileName), ok: true }
    case 'saved':
      return { text: before + (outcome.openError ?? TEXT.savedAt(outcome.path)), ok: outcome.openError === null }
    case 'cancelled':
      return { text: cancelled, ok: false }
  }
}

/**
 * A printed document's save: its book number first (given now, or `kept` from an earlier file of
 * the same memo). A cancelled save of a numbered memo says the number stays taken.
 */
export function documentSavedText(outcome: SaveOutcome, bookNo: string | null, kept = false): SavedText {
  if (!bookNo) return savedText(outcome, null)
  return savedText(outcome, kept ? TEXT.keptNumber(bookNo) : TEXT.numbered(bookNo), TEXT.cancelledNumbered(bookNo))
}
