/**
 * The last step of every builder: every digit of every string in the model Thai or Arabic, as the
 * document chose — the data's, the template's and the user's alike, so a document never mixes
 * them. URLs and e-mail addresses keep their digits (they must still work when typed).
 */
import type { Block, DocModel, Run } from '@shared/documents/model'
import { formatDigits } from '@shared/thai'

const KEEP = /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/gi

export function convertDigits(text: string, thaiDigits: boolean): string {
  let out = ''
  let last = 0
  for (const m of text.matchAll(KEEP)) {
    out += formatDigits(text.slice(last, m.index), thaiDigits) + m[0]
    last = m.index + m[0].length
  }
  return out + formatDigits(text.slice(last), thaiDigits)
}

function mapBlock(b: Block, f: (s: string) => string): Block {
  const runs = (rs: Run[]): Run[] => rs.map((r) => ({ ...r, text: f(r.text) }))
  switch (b.type) {
    case 'paragraph':
      return { ...b, runs: runs(b.runs) }
    case 'memo-head':
      return {
        ...b,
        title: f(b.title),
        urgency: b.urgency === null ? null : f(b.urgency),
        rows: b.rows.map((row) => row.map((field) => ({ ...field, label: f(field.label), text: f(field.text) })))
      }
    case 'signature':
      return {
        ...b,
        name: f(b.name),
        positionLines: b.positionLines.map(f),
        ...(b.caption !== undefined ? { caption: f(b.caption) } : {}),
        ...(b.dateLine !== undefined ? { dateLine: f(b.dateLine) } : {})
      }
    case 'signature-grid':
      return {
        ...b,
        items: b.items.map((i) => ({
          ...i,
          name: f(i.name),
          positionLines: i.positionLines.map(f),
          ...(i.caption !== undefined ? { caption: f(i.caption) } : {}),
          ...(i.dateLine !== undefined ? { dateLine: f(i.dateLine) } : {})
        }))
      }
    case 'decision':
      return {
        ...b,
        options: b.options.map(f),
        signer: { name: f(b.signer.name), positionLines: b.signer.positionLines.map(f) },
        dateLine: f(b.dateLine)
      }
    case 'table':
      return { ...b, columns: b.columns.map((c) => ({ ...c, header: f(c.header) })), rows: b.rows.map((r) => r.map(f)) }
    case 'spacer':
    case 'page-break':
    case 'image':
      return b
  }
}

export function applyDigits(model: DocModel): DocModel {
  const f = (s: string) => convertDigits(s, model.page.thaiDigits)
  return { ...model, title: f(model.title), blocks: model.blocks.map((b) => mapBlock(b, f)) }
}
