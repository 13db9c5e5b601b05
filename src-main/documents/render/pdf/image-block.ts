/**
 * An image block (the announcement's Garuda): the picture `heightCm` high on a line of its own,
 * its width from its own proportions, placed by its alignment; with no bytes (pre-printed paper),
 * an empty space of the same height.
 */
import type { Content } from 'pdfmake/interfaces'
import type { ImageBlock } from '@shared/documents/model'
import { emblemDataUrl } from './pdf-checks'
import { cm, type RenderContext } from './pdf-context'
import { spacer } from './text-blocks'

export function imageBlock(block: ImageBlock, ctx: RenderContext, images: Record<string, string>): Content {
  const height = cm(block.heightCm)
  const after = block.spaceAfterPt ?? 0
  if (block.bytes === null) return spacer(height + after)
  // Unique beside the memo head's 'emblem': every entry added makes the count grow.
  const key = `image-${Object.keys(images).length + 1}`
  images[key] = emblemDataUrl(block.bytes)
  return {
    image: key,
    // `fit` scales the picture, proportions kept, to the largest size inside the box: `height` high,
    // or — a picture wider than the text area — the text width wide rather than past the margin.
    fit: [ctx.textWidth, height],
    alignment: block.align === 'justify' ? 'left' : block.align,
    margin: [0, 0, 0, after]
  }
}
