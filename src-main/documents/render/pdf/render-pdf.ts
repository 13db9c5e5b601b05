/**
 * The PDF renderer of the document model (src-shared/documents/model.ts): lays a DocModel out with
 * pdfmake, Thai-ready from src-main/documents/pdf, in the shipped Sarabun (sizes scaled to match
 * TH Sarabun New) or in the office's own font.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { Block, DocModel } from '@shared/documents/model'
import { formatDigits } from '@shared/thai'
import { loadPdfMake, sarabunFamily, type PdfFontFamily } from '../../pdf/thai-pdfmake'
import { imageBlock } from './image-block'
import { memoHead } from './memo-head'
import { checkGlyphs } from './pdf-checks'
import { cm, createRenderContext, type RenderContext } from './pdf-context'
import { decision, signature, signatureGrid } from './signatures'
import { paragraph, spacer, table } from './text-blocks'

/**
 * The font to print in: `sarabunFamily()` (the default), or the family registerOfficeFont returned
 * for the office's TTF (its sizes are its own: scale 1).
 */
export type FontChoice = PdfFontFamily

export const PDF_AUTHOR = 'Publish Desk'

/** A4 in points, as pdfmake and pdfinfo give it. */
export const A4_PT = { width: 595.28, height: 841.89 }

/** Marks a heading kept with what follows it (see pageBreakBefore below). */
const KEEP_WITH_NEXT = 1

function blockContent(block: Exclude<Block, { type: 'page-break' }>, ctx: RenderContext, images: Record<string, string>): Content {
  switch (block.type) {
    case 'paragraph': {
      const content = paragraph(block, ctx)
      // A heading is laid out whole; pageBreakBefore moves it on when nothing follows it on its page.
      return block.keepWithNext ? { ...content, headlineLevel: KEEP_WITH_NEXT, unbreakable: true } : content
    }
    case 'memo-head':
      return memoHead(block, ctx, images)
    case 'signature':
      return signature(block, ctx)
    case 'signature-grid':
      return signatureGrid(block, ctx)
    case 'decision':
      return decision(block, ctx)
    case 'table':
      return table(block, ctx)
    case 'spacer':
      return spacer(block.heightPt)
    case 'image':
      return imageBlock(block, ctx, images)
  }
}

function pageNumberHeader(model: DocModel, ctx: RenderContext): TDocumentDefinitions['header'] {
  if (model.page.pageNumbers !== 'continuation') return undefined
  const { top, left, right } = model.page.marginsCm
  // In the top margin, its line ending a third of a line above the first line of text.
  const lineHeight = ctx.lineHeightPt(ctx.bodySizePt)
  const y = Math.max(0, cm(top) - lineHeight * 1.33)
  return (currentPage: number) =>
    currentPage < 2
      ? null
      : {
          text: `- ${formatDigits(String(currentPage), model.page.thaiDigits)} -`,
          alignment: 'center',
          fontSize: ctx.size(ctx.bodySizePt),
          margin: [cm(left), y, cm(right), 0]
        }
}

export function pdfDefinition(model: DocModel, family: PdfFontFamily): TDocumentDefinitions {
  const { top, right, bottom, left } = model.page.marginsCm
  const ctx = createRenderContext(family, A4_PT.width - cm(left) - cm(right), model.bodySizePt)
  const images: Record<string, string> = {}
  const content: Content[] = []
  let breakBefore = false
  for (const block of model.blocks) {
    if (block.type === 'page-break') {
      breakBefore = content.length > 0
      continue
    }
    const laidOut = blockContent(block, ctx, images)
    content.push(breakBefore ? { stack: [laidOut], pageBreak: 'before' } : laidOut)
    breakBefore = false
  }
  return {
    pageSize: 'A4',
    pageMargins: [cm(left), cm(top), cm(right), cm(bottom)],
    language: 'th',
    info: { title: model.title, author: PDF_AUTHOR, creator: PDF_AUTHOR },
    defaultStyle: { font: family.name, fontSize: ctx.size(model.bodySizePt), lineHeight: ctx.lineHeight },
    header: pageNumberHeader(model, ctx),
    images,
    content,
    pageBreakBefore: (node, nodes) => node.headlineLevel === KEEP_WITH_NEXT && nodes.getFollowingNodesOnPage().length === 0
  }
}

/** The model as a PDF file's bytes. Throws AppError for text the font cannot draw or an emblem or image that is not a PNG or JPEG. */
export async function renderPdf(model: DocModel, options: { font?: FontChoice } = {}): Promise<Buffer> {
  const pdfmake = loadPdfMake()
  const family = options.font ?? sarabunFamily()
  checkGlyphs(model, family)
  return pdfmake.createPdf(pdfDefinition(model, family)).getBuffer()
}
