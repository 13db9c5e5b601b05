/**
 * A model's text as proofing reads it — one string per printed paragraph or line, in reading
 * order — and the register's facts to proof it against. Lets the app proof a document before it
 * is rendered, and the tests prove that what the builders make has nothing to flag.
 */
import type { Block, DocModel } from '@shared/documents/model'
import type { Person } from '@shared/domain/schemas'
import type { ProofFacts } from '../proofing'
import type { OfficeFacts } from './context'

function blockText(b: Block): string[] {
  switch (b.type) {
    case 'paragraph':
      return [b.runs.map((r) => r.text).join('')]
    case 'memo-head':
      return [...(b.urgency ? [b.urgency] : []), ...(b.preprinted ? [] : [b.title]), ...b.rows.map((row) => row.map((f) => `${f.label} ${f.text}`).join(' '))]
    case 'signature':
      return [...(b.caption ? [b.caption] : []), `(${b.name})`, ...b.positionLines, ...(b.dateLine ? [b.dateLine] : [])]
    case 'signature-grid':
      return b.items.flatMap((i) => [...(i.caption ? [i.caption] : []), `(${i.name})`, ...i.positionLines, ...(i.dateLine ? [i.dateLine] : [])])
    case 'decision':
      return [...b.options, `(${b.signer.name})`, ...b.signer.positionLines, b.dateLine]
    case 'table':
      return [...b.columns.map((c) => c.header), ...b.rows.flatMap((r) => r.flatMap((cell) => cell.split('\n')))]
    case 'spacer':
    case 'page-break':
    case 'image':
      return []
  }
}

export function modelParagraphs(model: DocModel): string[] {
  return model.blocks.flatMap(blockText).filter((p) => p.trim() !== '')
}

/** The office and people as proofing compares a document with them. */
export function proofFactsOf(office: OfficeFacts, people: readonly Person[], document?: ProofFacts['document']): ProofFacts {
  return {
    office: { name: office.name, shortName: office.shortName, district: office.district, province: office.province, parentAgency: office.parentAgency },
    people: people.map((p) => ({ title: p.title, fullName: p.fullName })),
    ...(document ? { document } : {})
  }
}
