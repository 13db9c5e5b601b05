/**
 * Every string a model prints, and a lenient-on-spacing, strict-on-letters way to find it in text
 * read back from a PDF.
 */
import type { Block, DocModel } from '@shared/documents/model'

/** The strings of one block, each as it must appear unbroken (a line break may fall inside it). */
function blockStrings(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
      return [block.runs.map((r) => r.text).join('')]
    case 'memo-head':
      return [
        ...(block.urgency ? [block.urgency] : []),
        ...(block.preprinted ? [] : [block.title]),
        ...block.rows.flatMap((row) => row.flatMap((f) => [f.label, f.text]))
      ]
    case 'signature':
      return [...(block.caption ? [block.caption] : []), `(${block.name})`, ...block.positionLines, ...(block.dateLine ? [block.dateLine] : [])]
    case 'decision':
      return [...block.options, `(${block.signer.name})`, ...block.signer.positionLines, block.dateLine]
    case 'signature-grid':
      return block.items.flatMap((i) => [...(i.caption ? [i.caption] : []), `(${i.name})`, ...i.positionLines, ...(i.dateLine ? [i.dateLine] : [])])
    case 'table':
      return [...block.columns.map((c) => c.header), ...block.rows.flat()].flatMap((cell) => cell.split('\n'))
    case 'spacer':
    case 'page-break':
    case 'image':
      return []
  }
}

export function modelStrings(model: DocModel): string[] {
  return [...new Set(model.blocks.flatMap(blockStrings).filter((s) => s.trim() !== ''))]
}

const THAI = '\u0E00-\u0E7F'
const SPACE_NEXT_TO_THAI = new RegExp(`\\s+(?=[${THAI}])|(?<=[${THAI}])\\s+`, 'g')
const HYPHEN_BREAK = /(?<=[A-Za-z])- (?=[A-Za-z])/g

/**
 * NFKC (a PDF gives ำ back as ํ + า), whitespace runs folded to one space, and no space next to a
 * Thai character: Thai has no spaces between words, so the ones a reader finds there are line
 * breaks and justification gaps, and a line may break after "/" or ")" before a Thai word. Latin
 * and digits keep their spaces, except after a hyphen inside a Latin word: LibreOffice breaks the
 * announcement's "(e-Service)" there. Every character must still come back, in order.
 */
export function squeeze(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().replace(SPACE_NEXT_TO_THAI, '').replace(HYPHEN_BREAK, '-')
}

/** The model's strings that the text does not contain. */
export function missingStrings(model: DocModel, text: string): string[] {
  const haystack = squeeze(text)
  return modelStrings(model).filter((s) => !haystack.includes(squeeze(s)))
}

/** The running page number line a continuation page starts with: "- 2 -" or "- ๒ -". */
export const PAGE_NUMBER_LINE = /^\s*-\s*([0-9\u0E50-\u0E59]+)\s*-\s*$/m

/** Pages joined, with each page's number line taken out so a paragraph running over a page break reads whole. */
export function bodyText(pages: string[]): string {
  return pages.map((p) => p.replace(PAGE_NUMBER_LINE, '')).join('\n')
}
