/**
 * The office's Garuda (ตราครุฑ) as a file in the data directory — emblem.png or emblem.jpg, never a
 * path the office chose, so a moved or deleted original does not break printing. The kind is read
 * from the content (signature and a readable size), not from the name.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { EmblemImage } from '@shared/domain/documents-schemas'
import type { EMBLEM_FILES } from '@shared/domain/schemas'
import { AppError } from '@shared/result'
import { imageInfo } from '../../documents/render/docx/emblem-image'
import { stageFile, type StagedFile } from '../../fs/atomic-write'
import { TH } from './document-text'

export type EmblemFile = Exclude<(typeof EMBLEM_FILES)[number], ''>

/** A Garuda printed 1.5 cm (memo) or 3 cm (announcement) high needs a few hundred pixels, not megabytes. */
export const MAX_EMBLEM_MB = 5

export interface CheckedEmblem {
  file: EmblemFile
  type: 'png' | 'jpg'
  width: number
  height: number
}

/** What the bytes are, or a Thai refusal naming `fileName`. */
export function checkEmblem(bytes: Uint8Array, fileName: string): CheckedEmblem {
  if (bytes.length > MAX_EMBLEM_MB * 1024 * 1024) throw new AppError('file-refused', TH.emblemTooLarge(fileName, MAX_EMBLEM_MB))
  let info
  try {
    info = imageInfo(bytes)
  } catch {
    throw new AppError('file-refused', TH.emblemNotImage(fileName))
  }
  return { file: info.type === 'png' ? 'emblem.png' : 'emblem.jpg', type: info.type, width: info.width, height: info.height }
}

/** Writes the image beside its final name; commit puts it in place and removes the other kind's file. */
export function stageEmblem(dataDir: string, checked: CheckedEmblem, bytes: Uint8Array): StagedFile {
  let staged: StagedFile
  try {
    staged = stageFile(join(dataDir, checked.file), bytes)
  } catch (e) {
    throw new AppError('internal', TH.emblemSaveFailed((e as NodeJS.ErrnoException).code ?? String(e)))
  }
  return {
    tempPath: staged.tempPath,
    commit() {
      staged.commit()
      removeEmblemFiles(dataDir, checked.file)
    },
    abort: () => staged.abort()
  }
}

export function removeEmblemFiles(dataDir: string, keep?: EmblemFile): void {
  for (const file of ['emblem.png', 'emblem.jpg'] as const) if (file !== keep) rmSync(join(dataDir, file), { force: true })
}

/** The bytes of the office's emblem; null when none is set. Refuses when the profile names a file that is gone. */
export function readEmblem(dataDir: string, file: EmblemFile | ''): Uint8Array | null {
  if (file === '') return null
  const path = join(dataDir, file)
  if (!existsSync(path)) throw new AppError('not-found', TH.emblemMissing(file, dataDir))
  try {
    return readFileSync(path)
  } catch (e) {
    throw new AppError('internal', TH.emblemUnreadable(file, (e as NodeJS.ErrnoException).code ?? String(e)))
  }
}

export function emblemImage(dataDir: string, file: EmblemFile | ''): EmblemImage | null {
  const bytes = readEmblem(dataDir, file)
  if (bytes === null || file === '') return null
  return { fileName: file, type: file === 'emblem.png' ? 'png' : 'jpg', contentBase64: Buffer.from(bytes).toString('base64') }
}
