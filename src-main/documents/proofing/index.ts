/** Proofing before print, and `doc check` for a DOCX or PDF made anywhere. */
export { extractText, type ExtractedText, type ExtractInput } from './extract-text'
export { LAWS, type LawEntry } from './laws'
export { proofDocument } from './proof-document'
export type { Finding, FindingCode, ProofFacts, ProofPerson, Severity } from './types'
