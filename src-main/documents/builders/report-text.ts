/**
 * What proofing reads of a report. The report's own text — its title, its period, its headings and
 * signatures — is checked with everything the register knows (the quarter, the fiscal year, the
 * date), so a label can never disagree with its months. The titles it lists are the register's
 * requests, proofed when their own forms and memos were printed; read again here they would flag
 * every "ไตรมาสที่ ๒" of a Q2 report published in Q4 as if the log itself said it.
 */
import type { DocModel } from '@shared/documents/model'
import { convertDigits } from './digits'
import { modelParagraphs } from './model-text'

/** The log's paragraphs without its table's rows (the headers stay). */
export function logProofParagraphs(model: DocModel): string[] {
  return modelParagraphs({ ...model, blocks: model.blocks.map((b) => (b.type === 'table' ? { ...b, rows: [] } : b)) })
}

/** The memo's paragraphs without the numbered list of published titles. */
export function memoProofParagraphs(model: DocModel, titles: readonly string[]): string[] {
  const listed = new Set(titles.map((t, i) => convertDigits(`${i + 1}. ${t}`, model.page.thaiDigits)))
  return modelParagraphs(model).filter((p) => !listed.has(p))
}
