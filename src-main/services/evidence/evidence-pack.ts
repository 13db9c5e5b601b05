/**
 * Putting the evidence pack together with pdf-lib: the contents page(s) first, then each item's
 * parts in order. Existing PDFs are merged page by page as they are (copied, never re-rendered,
 * so what the assessor reads is what was published); a JPEG is placed alone on an A4 page, fitted
 * inside 1.5 cm margins with its proportions kept and the page turned to the picture's
 * orientation; any other file is only listed on the contents page with its public URL.
 *
 * The contents page names the page each part starts on, and those numbers depend on how many
 * pages the contents itself takes: it is laid out for a guess, and again for the number it took,
 * until the two agree.
 */
import type { PDFDocument, PDFImage } from 'pdf-lib'
import type { EvidenceItem, EvidencePart } from '@shared/domain/evidence-schemas'
import { AppError } from '@shared/result'
import { TH } from './evidence-text'
import { loadPdfLib } from './load-pdf-lib'

export type Segment =
  | { kind: 'memo' | 'document' | 'form'; label: string; pdf: PDFDocument }
  | { kind: 'image'; label: string; jpg: Uint8Array }
  | { kind: 'original-file' | 'no-file'; label: string; url?: string }

export interface SegmentedItem {
  requestId: number
  title: string
  publishedOn: string
  bookNo: string | null
  segments: Segment[]
}

export interface AssembledPack {
  bytes: Buffer
  pageCount: number
  contentsPageCount: number
  items: EvidenceItem[]
}

export interface PackMeta {
  title: string
  subject: string
  madeAt: Date
}

/** A4 in points, as pdfmake lays the memos out. */
const A4 = { width: 595.28, height: 841.89 }
const IMAGE_MARGIN_PT = (1.5 / 2.54) * 72
const MAX_CONTENTS_LAYOUTS = 6
const ROWS_PER_CONTENTS_PAGE = 24

/** The PDF as pdf-lib reads it, or why it cannot be merged (said on the contents page). */
export async function openPdf(bytes: Uint8Array): Promise<{ ok: true; pdf: PDFDocument } | { ok: false; reason: string }> {
  const { PDFDocument } = loadPdfLib()
  try {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
    if (pdf.getPageCount() === 0) return { ok: false, reason: TH.unreadable.broken }
    return { ok: true, pdf }
  } catch (error) {
    const encrypted = error instanceof Error && /encrypt/i.test(error.message)
    return { ok: false, reason: encrypted ? TH.unreadable.encrypted : TH.unreadable.broken }
  }
}

/**
 * The bytes in an ArrayBuffer of their own: pdf-lib reads a JPEG through a DataView over
 * `bytes.buffer` from offset 0, so a Node Buffer cut from the shared pool reads as another file.
 */
export function ownBytes(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes)
}

/** Whether pdf-lib can place the JPEG (checked before the contents count on its page). */
export async function jpegPlaceable(bytes: Uint8Array): Promise<boolean> {
  const { PDFDocument } = loadPdfLib()
  try {
    const scratch = await PDFDocument.create()
    const image = await scratch.embedJpg(ownBytes(bytes))
    return image.width > 0 && image.height > 0
  } catch {
    return false
  }
}

function segmentPages(s: Segment): number {
  if ('pdf' in s) return s.pdf.getPageCount()
  return s.kind === 'image' ? 1 : 0
}

/** The items as the contents page lists them, their parts numbered from `firstPage`. */
export function numberParts(items: readonly SegmentedItem[], firstPage: number): { items: EvidenceItem[]; nextPage: number } {
  let page = firstPage
  const listed = items.map((item): EvidenceItem => {
    const parts = item.segments.map((s): EvidencePart => {
      const pageCount = segmentPages(s)
      const part: EvidencePart = { kind: s.kind, label: s.label, startPage: pageCount > 0 ? page : null, pageCount }
      if ('url' in s && s.url !== undefined) part.url = s.url
      page += pageCount
      return part
    })
    return { requestId: item.requestId, title: item.title, publishedOn: item.publishedOn, bookNo: item.bookNo, parts }
  })
  return { items: listed, nextPage: page }
}

function placeImage(out: PDFDocument, image: PDFImage): void {
  const landscape = image.width > image.height
  const page = out.addPage(landscape ? [A4.height, A4.width] : [A4.width, A4.height])
  const { width, height } = page.getSize()
  const scale = Math.min((width - 2 * IMAGE_MARGIN_PT) / image.width, (height - 2 * IMAGE_MARGIN_PT) / image.height)
  const w = image.width * scale
  const h = image.height * scale
  page.drawImage(image, { x: (width - w) / 2, y: (height - h) / 2, width: w, height: h })
}

/**
 * The pack's bytes. `contents(items, totalPages)` renders the contents page(s) for the items as
 * numbered; it is called again when the page count it gave does not match the one assumed.
 */
export async function assemblePack(items: readonly SegmentedItem[], contents: (items: EvidenceItem[], totalPages: number) => Promise<Buffer>, meta: PackMeta): Promise<AssembledPack> {
  const { PDFDocument } = loadPdfLib()
  // A first guess from the rows (about two dozen fit a page) saves laying a long contents out twice.
  const rows = items.reduce((sum, item) => sum + item.segments.length, 0)
  let assumed = Math.max(1, Math.round(rows / ROWS_PER_CONTENTS_PAGE))
  let layout: { pdf: PDFDocument; items: EvidenceItem[]; total: number } | null = null
  for (let attempt = 0; attempt < MAX_CONTENTS_LAYOUTS && layout === null; attempt++) {
    const numbered = numberParts(items, assumed + 1)
    const total = numbered.nextPage - 1
    const pdf = await PDFDocument.load(await contents(numbered.items, total))
    if (pdf.getPageCount() === assumed) layout = { pdf, items: numbered.items, total }
    else assumed = pdf.getPageCount()
  }
  if (layout === null) throw new AppError('internal', 'จัดหน้าสารบัญของเล่มหลักฐานไม่ลงตัว — กรุณาลองอีกครั้ง หรือเลือกช่วงเวลาที่สั้นลง')

  const out = await PDFDocument.create()
  out.setTitle(meta.title, { showInWindowTitleBar: true })
  out.setSubject(meta.subject)
  out.setAuthor('Publish Desk')
  out.setCreator('Publish Desk')
  out.setProducer('Publish Desk (pdf-lib)')
  out.setLanguage('th-TH')
  out.setCreationDate(meta.madeAt)
  out.setModificationDate(meta.madeAt)
  const copy = async (from: PDFDocument) => {
    for (const page of await out.copyPages(from, from.getPageIndices())) out.addPage(page)
  }
  await copy(layout.pdf)
  for (const item of items) {
    for (const s of item.segments) {
      if ('pdf' in s) await copy(s.pdf)
      else if (s.kind === 'image') placeImage(out, await out.embedJpg(ownBytes(s.jpg)))
    }
  }
  // The numbers printed on the contents page are only true if every part went in whole.
  if (out.getPageCount() !== layout.total) throw new Error(`evidence pack has ${out.getPageCount()} pages, contents counted ${layout.total}`)
  const bytes = Buffer.from(await out.save())
  return { bytes, pageCount: layout.total, contentsPageCount: assumed, items: layout.items }
}
