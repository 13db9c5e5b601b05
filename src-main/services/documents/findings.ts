/**
 * Proofing's findings as the contract carries them: each with an id a person acknowledges. The
 * id hashes what the finding is (its code), what it points at (the excerpt) and where (the
 * paragraph's index), not its offsets: the preview prints "นภ ๐๓๓๒/........" where the export
 * prints the number, which moves offsets on that line but never the paragraphs' order, so an
 * acknowledgement given on the preview still holds for the same text at export.
 */
import { createHash } from 'node:crypto'
import type { DocumentFinding } from '@shared/domain/documents-schemas'
import type { Finding } from '../../documents/proofing'

export function findingId(f: Pick<Finding, 'code' | 'excerpt' | 'paragraphIndex'>): string {
  return createHash('sha256').update(`${f.code}\u001f${f.excerpt}\u001f${f.paragraphIndex}`, 'utf8').digest('hex').slice(0, 16)
}

export function withIds(findings: readonly Finding[]): DocumentFinding[] {
  return findings.map((f) => ({
    id: findingId(f),
    code: f.code,
    severity: f.severity,
    messageTh: f.messageTh,
    excerpt: f.excerpt,
    paragraphIndex: f.paragraphIndex,
    start: f.start,
    end: f.end,
    ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {})
  }))
}

/** The findings whose id is not among `acknowledged`. */
export function unacknowledged(findings: readonly DocumentFinding[], acknowledged: readonly string[]): DocumentFinding[] {
  const given = new Set(acknowledged)
  return findings.filter((f) => !given.has(f.id))
}
