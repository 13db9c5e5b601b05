/**
 * The office's own TrueType font for PDFs (item 4 of the documents issue: "a TTF the office points
 * to"). Like the Garuda, the font is copied into the data folder — office-font.ttf and, when the
 * office has one, office-font-bold.ttf — never used from where the person picked it, so a moved
 * original does not break printing and a backup holds it. The files themselves are the setting:
 * when office-font.ttf is there, PDFs are drawn in it, at the scale measured from it
 * (measuredScale) so a line holds what TH Sarabun New 16 pt holds; otherwise in the shipped Sarabun.
 *
 * Each file is checked by content before anything is written (one TrueType font, embeddable,
 * with every Thai letter, vowel, tone mark and digit); both are written beside their final names
 * and put in place inside the transaction that appends the audit entry.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { OfficeFontFace, OfficeFontInfo } from '@shared/domain/documents-schemas'
import { AppError } from '@shared/result'
import { openFontFile } from '../../documents/pdf/glyph-guard'
import { inspectFontBytes, measuredScale, registerOfficeFont, type FontFace, type PdfFontFamily } from '../../documents/pdf/thai-pdfmake'
import { stageFile, type StagedFile } from '../../fs/atomic-write'
import type { AuditLog } from '../audit/audit-log'
import { writeTransaction, type ServiceContext } from '../context'
import { FONT_TH } from './document-text'

/** The font's files in the data folder (only these names: a backup carries and restores exactly these). */
export const OFFICE_FONT_FILES = { regular: 'office-font.ttf', bold: 'office-font-bold.ttf' } as const

export interface FontUpload {
  fileName: string
  bytes: Uint8Array
}

interface CheckedUpload extends FontUpload {
  face: FontFace
}

function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

function check(upload: FontUpload): CheckedUpload {
  const inspected = inspectFontBytes(upload.bytes, upload.fileName)
  if (!inspected.ok) throw new AppError(inspected.error.code, inspected.error.message)
  if (inspected.value.italic) throw new AppError('file-refused', FONT_TH.italic(upload.fileName))
  return { ...upload, face: inspected.value }
}

/** Which upload is the regular face and which the bold one; refused when that cannot be told. */
function facesOf(uploads: readonly FontUpload[]): { regular: CheckedUpload; bold: CheckedUpload | null } {
  const checked = uploads.map(check)
  const [first, second] = checked
  if (!first) throw new AppError('invalid-input', FONT_TH.noFile)
  if (!second) {
    if (first.face.bold) throw new AppError('file-refused', FONT_TH.onlyBold(first.fileName))
    return { regular: first, bold: null }
  }
  if (checked.length > 2) throw new AppError('invalid-input', FONT_TH.tooMany)
  if (first.face.familyName !== second.face.familyName) {
    throw new AppError('file-refused', FONT_TH.twoFamilies(first.fileName, first.face.familyName, second.fileName, second.face.familyName))
  }
  const bold = checked.filter((c) => c.face.bold)
  const regular = checked.filter((c) => !c.face.bold)
  if (bold.length !== 1 || regular.length !== 1 || !bold[0] || !regular[0]) throw new AppError('file-refused', FONT_TH.notRegularAndBold(first.fileName, second.fileName))
  return { regular: regular[0], bold: bold[0] }
}

export class OfficeFont {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly audit: AuditLog
  ) {}

  private path(face: keyof typeof OFFICE_FONT_FILES): string {
    return join(this.ctx.dataDir, OFFICE_FONT_FILES[face])
  }

  /** The font in use, or null when PDFs print in the shipped Sarabun. */
  info(): OfficeFontInfo | null {
    const regular = this.path('regular')
    if (!existsSync(regular)) return null
    const bold = this.path('bold')
    const face = (path: string): OfficeFontFace => {
      const bytes = this.read(path)
      const inspected = inspectFontBytes(bytes, path)
      if (!inspected.ok) throw new AppError('file-refused', FONT_TH.damaged(path, inspected.error.message))
      return { fullName: inspected.value.fullName, sha256: sha256Of(bytes), sizeBytes: bytes.length }
    }
    const regularFace = face(regular)
    return {
      familyName: openFontFile(regular).familyName?.trim() || regularFace.fullName,
      regular: regularFace,
      bold: existsSync(bold) ? face(bold) : null,
      scale: this.scaleOf(regular)
    }
  }

  /**
   * The family to draw PDFs in (registered with pdfmake), or undefined for the shipped Sarabun.
   * A file damaged or replaced by something that is not a Thai TrueType font is refused in Thai.
   */
  family(): PdfFontFamily | undefined {
    const regular = this.path('regular')
    if (!existsSync(regular)) return undefined
    const bold = this.path('bold')
    const hasBold = existsSync(bold)
    let displayName: string = OFFICE_FONT_FILES.regular
    try {
      displayName = openFontFile(regular).familyName?.trim() || displayName
    } catch {
      // registerOfficeFont below says what is wrong with the file.
    }
    // One pdfmake name per data folder: tests (and a CLI beside the app) may print from several.
    const registered = registerOfficeFont({ family: `office-font:${regular}`, displayName, regular, ...(hasBold ? { bold } : {}) })
    if (!registered.ok) throw new AppError('file-refused', FONT_TH.damaged(regular, registered.error.message))
    return registered.value
  }

  /** Makes the uploaded TTF (with its bold face, when given) the office's PDF font. */
  set(uploads: readonly FontUpload[], actorId: number): OfficeFontInfo {
    const { regular, bold } = facesOf(uploads)
    const staged: StagedFile[] = []
    try {
      staged.push(this.stage('regular', regular.bytes))
      if (bold) staged.push(this.stage('bold', bold.bytes))
      const scale = regular.face.scale
      const describe = (u: CheckedUpload) => ({ originalName: u.fileName, fullName: u.face.fullName, sha256: sha256Of(u.bytes), sizeBytes: u.bytes.length })
      writeTransaction(this.ctx.db, () => {
        this.audit.append({
          actorId,
          action: 'office.pdfFont',
          entity: 'office',
          entityId: 1,
          detail: { familyName: regular.face.familyName, regular: describe(regular), bold: bold ? describe(bold) : null, scale }
        })
        // Last: a file that cannot be put in place rolls the entry back.
        for (const file of staged) file.commit()
        if (!bold) rmSync(this.path('bold'), { force: true })
      })
    } finally {
      for (const file of staged) file.abort()
    }
    const info = this.info()
    if (!info) throw new AppError('internal', FONT_TH.saveFailed('ENOENT'))
    return info
  }

  /** Back to the shipped Sarabun. */
  remove(actorId: number): void {
    if (!existsSync(this.path('regular')) && !existsSync(this.path('bold'))) return
    writeTransaction(this.ctx.db, () => {
      this.audit.append({ actorId, action: 'office.pdfFont', entity: 'office', entityId: 1, detail: { familyName: null } })
    })
    for (const face of ['regular', 'bold'] as const) rmSync(this.path(face), { force: true })
  }

  private scaleOf(path: string): number {
    return measuredScale(openFontFile(path))
  }

  private stage(face: keyof typeof OFFICE_FONT_FILES, bytes: Uint8Array): StagedFile {
    try {
      return stageFile(this.path(face), bytes)
    } catch (e) {
      throw new AppError('internal', FONT_TH.saveFailed((e as NodeJS.ErrnoException).code ?? String(e)))
    }
  }

  private read(path: string): Buffer {
    try {
      return readFileSync(path)
    } catch (e) {
      throw new AppError('internal', FONT_TH.unreadable(path, (e as NodeJS.ErrnoException).code ?? String(e)))
    }
  }
}
