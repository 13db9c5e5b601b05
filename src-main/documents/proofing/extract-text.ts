/**
 * The text of a DOCX or PDF made anywhere, as paragraphs for proofDocument. The kind is told
 * from the bytes (as attachments are), not from the name. Other files are refused with a Thai
 * message saying what to do.
 */
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { AppError } from '@shared/result'
import { sniffContent, TH as FILE_TH } from '../../services/attachments/file-type'
import { docxParagraphs } from './docx-text'
import { TH } from './messages'
import { pdfParagraphs } from './pdf-text'

export interface ExtractedText {
  kind: 'docx' | 'pdf'
  paragraphs: string[]
  /** PDF only. */
  pageCount?: number
}

export type ExtractInput = string | { fileName: string; bytes: Uint8Array }

/**
 * What PDFs give back that a typed document would not: ำ as ํ + า (its compatibility form), or
 * as ำ + า when a writer maps the first of its two glyphs to the whole character (pdfmake).
 */
function tidy(paragraphs: string[]): string[] {
  return paragraphs.map((p) => p.normalize('NFC').replace(/\u0e4d\u0e32|\u0e33\u0e32/g, '\u0e33'))
}

export async function extractText(input: ExtractInput): Promise<ExtractedText> {
  let fileName: string
  let bytes: Uint8Array
  if (typeof input === 'string') {
    fileName = basename(input)
    try {
      bytes = await readFile(input)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      throw new AppError(code === 'ENOENT' ? 'not-found' : 'file-refused', TH.extract.unreadableFile(fileName, code ?? String(e)))
    }
  } else {
    fileName = input.fileName
    bytes = input.bytes
  }

  const type = sniffContent(bytes)
  if (type === 'ooxml-docx') {
    let paragraphs: string[] | undefined
    try {
      paragraphs = await docxParagraphs(bytes)
    } catch {
      paragraphs = undefined
    }
    if (!paragraphs) throw new AppError('file-refused', TH.extract.brokenDocx(fileName))
    return { kind: 'docx', paragraphs: tidy(paragraphs) }
  }
  if (type === 'pdf') {
    try {
      const pdf = await pdfParagraphs(bytes)
      return { kind: 'pdf', paragraphs: tidy(pdf.paragraphs), pageCount: pdf.pageCount }
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e)
      throw new AppError('file-refused', TH.extract.brokenPdf(fileName, detail))
    }
  }
  if (type === 'ole-doc') throw new AppError('file-refused', TH.extract.oldWord(fileName))
  if (type === 'odt') throw new AppError('file-refused', TH.extract.openDocument(fileName))
  throw new AppError('file-refused', TH.extract.refused(fileName, FILE_TH.typeNames[type]))
}
