/**
 * Check 3: a person's name that nearly matches someone in the register but not exactly — the
 * seed spells its assistant head จรรย์, จิรายุ and จรรยา ทินจง, and its head สะไกร แก้วโสม and
 * สะเกร แก้วใส. A name is what follows a title (นาย, นาง, นางสาว, ดร. …) or stands alone in the
 * brackets of a signature block; it is compared with each register name by edit distance over
 * characters, divided by the longer length. Exact matches are right; anything closer than
 * NEAR_MISS is a probable misspelling; anything farther is someone else.
 */
import { normalizedDistance } from './levenshtein'
import { TH } from './messages'
import { collapseSpaces, squeeze } from './text-view'
import type { Finding, ProofFacts, ProofPerson } from './types'

export const NEAR_MISS = 0.35

// Longest first: นางสาว before นาง, ว่าที่ร้อยตรี before ว่าที่.
const TITLES = [
  'ว่าที่ร้อยตรีหญิง', 'ว่าที่ร้อยตรี', 'ว่าที่ ร.ต.หญิง', 'ว่าที่ ร.ต.', 'ว่าที่ร.ต.', 'นางสาว', 'น.ส.', 'นาง', 'นาย',
  'ดร.', 'นพ.', 'พญ.', 'ทพ.', 'ทพญ.', 'ภก.', 'ภญ.'
].sort((a, b) => b.length - a.length)

const TITLE_SOURCE = TITLES.map((t) => t.replace(/[.]/g, '\\.')).join('|')
// A Thai name word: starts with a consonant or a leading vowel, then Thai letters and marks.
const WORD = '[\\u0e01-\\u0e2e\\u0e40-\\u0e44][\\u0e01-\\u0e4e]{1,29}'
const TITLED_RE = new RegExp(`(?<![\\p{L}\\p{M}.])(${TITLE_SOURCE})[ \\u00a0]?(${WORD})[ \\u00a0]{1,3}(${WORD})`, 'gu')
const BRACKETED_RE = new RegExp(`\\([ \\u00a0]*(${WORD})[ \\u00a0]{1,3}(${WORD})[ \\u00a0]*\\)`, 'gu')

/** Titles that mean the same. */
function sameTitle(a: string, b: string): boolean {
  const norm = (t: string): string => (t === 'น.ส.' ? 'นางสาว' : squeeze(t))
  return norm(a) === norm(b)
}

interface Candidate {
  title: string
  name: string
  start: number
  end: number
}

function candidates(p: string): Candidate[] {
  const out: Candidate[] = []
  for (const m of p.matchAll(TITLED_RE)) {
    const title = m[1] ?? ''
    const name = `${m[2] ?? ''} ${m[3] ?? ''}`
    out.push({ title, name, start: m.index, end: m.index + m[0].length })
  }
  for (const m of p.matchAll(BRACKETED_RE)) {
    const first = m[1] ?? ''
    // "(นายสะไกร แก้วโสม)" is already a titled candidate; "(ด้านบริหาร)" is one word.
    if (TITLES.some((t) => first.startsWith(t))) continue
    const nameStart = m.index + m[0].indexOf(first)
    const end = m.index + m[0].lastIndexOf(m[2] ?? '') + (m[2] ?? '').length
    out.push({ title: '', name: `${first} ${m[2] ?? ''}`, start: nameStart, end })
  }
  return out
}

export function checkNames(paragraphs: readonly string[], facts: ProofFacts): Finding[] {
  const people = facts.people
    .map((p) => ({ ...p, key: collapseSpaces(p.fullName) }))
    .filter((p) => p.key.length > 0)
  const findings: Finding[] = []
  if (people.length === 0) return findings

  paragraphs.forEach((p, paragraphIndex) => {
    for (const c of candidates(p)) {
      const exact = people.find((r) => r.key === c.name)
      if (exact) {
        if (c.title !== '' && exact.title !== '' && !sameTitle(c.title, exact.title)) {
          findings.push({
            code: 'name-title-mismatch',
            severity: 'warning',
            messageTh: TH.titleMismatch(c.title + c.name, displayName(exact)),
            excerpt: p.slice(c.start, c.end),
            paragraphIndex,
            start: c.start,
            end: c.end,
            suggestion: displayName(exact)
          })
        }
        continue
      }
      let best: (ProofPerson & { key: string }) | undefined
      let bestDistance = Infinity
      for (const r of people) {
        const d = normalizedDistance(c.name, r.key)
        if (d < bestDistance) {
          best = r
          bestDistance = d
        }
      }
      if (!best || bestDistance > NEAR_MISS) continue
      const found = p.slice(c.start, c.end)
      const suggestion = c.title !== '' ? c.title + best.key : best.key
      findings.push({
        code: 'name-near-miss',
        severity: 'warning',
        messageTh: TH.nameNearMiss(found, displayName(best)),
        excerpt: found,
        paragraphIndex,
        start: c.start,
        end: c.end,
        suggestion
      })
    }
  })
  return findings
}

function displayName(p: ProofPerson): string {
  return `${p.title}${collapseSpaces(p.fullName)}`
}
