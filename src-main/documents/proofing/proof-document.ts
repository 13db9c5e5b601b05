/**
 * Proofing: every check over a document's paragraphs, findings in reading order. Pure — the
 * same call proofs a document the app is about to export and a file `doc check` was given.
 */
import { checkDigits } from './check-digits'
import { checkFiscal } from './check-fiscal'
import { checkLaws } from './check-laws'
import { checkNames } from './check-names'
import { checkPlaces } from './check-places'
import { checkQuarters } from './check-quarters'
import { checkScripts } from './check-scripts'
import type { Finding, ProofFacts } from './types'

export function proofDocument(paragraphs: readonly string[], facts: ProofFacts): Finding[] {
  const findings = [
    ...checkScripts(paragraphs),
    ...checkPlaces(paragraphs, facts),
    ...checkNames(paragraphs, facts),
    ...checkQuarters(paragraphs, facts),
    ...checkFiscal(paragraphs, facts),
    ...checkLaws(paragraphs, facts),
    ...checkDigits(paragraphs)
  ]
  return findings.sort((a, b) => a.paragraphIndex - b.paragraphIndex || a.start - b.start || a.end - b.end)
}

