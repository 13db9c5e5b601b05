/**
 * Check 2: place and office names that are not the office's own — the district or province left
 * in from another office's template ("สำนักงานสาธารณสุขอำเภอนาวัง" in Sri Bun Rueang's
 * announcement).
 *
 * A place is what follows อำเภอ / อ. / สสอ. / สาธารณสุขอำเภอ (a district) or จังหวัด / จ. / สสจ. /
 * สาธารณสุขจังหวัด (a province). Thai has no spaces between words, so the name is cut with
 * Intl.Segmenter: words up to a space, a punctuation mark or a word that cannot be part of a
 * place name (ให้, ดังนี้, และ, หรือ …). Names are compared with spaces removed.
 */
import { levenshtein } from './levenshtein'
import { TH } from './messages'
import { foldView, sourceRange, squeeze } from './text-view'
import type { Finding, ProofFacts } from './types'

type PlaceKind = 'district' | 'province'

// Longest first, so สาธารณสุขอำเภอ is taken whole and not as สาธารณสุข + อำเภอ. The one-letter
// abbreviations must not sit inside a longer one (สสอ., อ.ส.ม., ส.จ.): nothing Thai or a dot may
// come just before them, and no letter-and-dot just after.
const PREFIX_RE = /(สาธารณสุขอำเภอ|สาธารณสุขจังหวัด|สสอ\.|สสจ\.|อำเภอ|จังหวัด|(?<![\p{L}\p{M}.])[อจ]\.(?![ \u00a0]?[\u0e01-\u0e2e]\.))/gu

function kindOf(prefix: string): PlaceKind {
  return /อำเภอ|สสอ|^อ\./.test(prefix) ? 'district' : 'province'
}

/**
 * Words that end a place name (or show that อำเภอ/จังหวัด is used as a common noun:
 * "ผู้ช่วยสาธารณสุขอำเภอหรือหัวหน้ากลุ่มงาน", "ระดับจังหวัดทุกแห่ง").
 */
const STOP_WORDS = new Set([
  'ให้', 'ดัง', 'ดังนี้', 'ดังต่อไปนี้', 'ต่อ', 'ไป', 'นี้', 'นั้น', 'และ', 'หรือ', 'ที่', 'ซึ่ง', 'ของ', 'ใน', 'เพื่อ', 'โดย',
  'ได้', 'จึง', 'กับ', 'แก่', 'เป็น', 'มี', 'ว่า', 'จะ', 'ก็', 'แล้ว', 'ไม่', 'ต้อง', 'ควร', 'ทุก', 'ต่าง', 'ทั้ง', 'แต่ละ', 'แต่',
  'เดียวกัน', 'อื่น', 'อื่นๆ', 'ใกล้เคียง', 'เรื่อง', 'ประจำ', 'ปี', 'ปีงบประมาณ', 'ด้าน', 'โทร', 'โทรศัพท์', 'ตำบล', 'ต.',
  'หมู่', 'หมู่ที่', 'จังหวัด', 'อำเภอ', 'สังกัด', 'เขต', 'ระดับ', 'เกี่ยวกับ', 'จาก', 'ถึง', 'เมื่อ', 'หาก', 'ตาม', 'พร้อม',
  'รับผิดชอบ', 'ทราบ', 'อนุมัติ', 'พิจารณา', 'เรียน', 'ที่ตั้ง', 'ฯ'
])
const MAX_NAME_WORDS = 4
const MAX_LOOKAHEAD = 40

const segmenter = new Intl.Segmenter('th', { granularity: 'word' })

/** The place name at the start of `after` (already past the prefix and its spaces), or ''. */
export function cutPlaceName(after: string): string {
  // Stop at spaces and punctuation; digits and Latin letters mean this is not a name.
  const head = /^[^\s\u00a0\u200b()[\]{}“”"'‘’,:;/\\|–—\-.]*/u.exec(after.slice(0, MAX_LOOKAHEAD))?.[0] ?? ''
  let name = ''
  let words = 0
  for (const { segment } of segmenter.segment(head)) {
    if (STOP_WORDS.has(segment)) break
    if (/[0-9\u0e50-\u0e59A-Za-z]/.test(segment)) break
    name += segment
    if (++words >= MAX_NAME_WORDS) break
  }
  return name
}

/** Where the office's own names (and its parent's) stand in `p`: places inside them are right. */
function coveredRanges(p: string, names: readonly string[]): Array<{ start: number; end: number }> {
  const view = foldView(p)
  const out: Array<{ start: number; end: number }> = []
  for (const n of names) {
    for (let at = view.text.indexOf(n); at >= 0; at = view.text.indexOf(n, at + 1)) out.push(sourceRange(view, at, at + n.length))
  }
  return out
}

export function checkPlaces(paragraphs: readonly string[], facts: ProofFacts): Finding[] {
  const own: Record<PlaceKind, string> = { district: squeeze(facts.office.district), province: squeeze(facts.office.province) }
  const allowedNames = [facts.office.name, facts.office.shortName, facts.office.parentAgency ?? '', ...(facts.allowedPlaces ?? [])]
    .map(squeeze)
    .filter((s) => s.length > 0)
  const allowedPlaces = (facts.allowedPlaces ?? []).map(squeeze)
  const findings: Finding[] = []

  paragraphs.forEach((p, paragraphIndex) => {
    const covered = coveredRanges(p, allowedNames)
    for (const m of p.matchAll(PREFIX_RE)) {
      const prefix = m[0]
      const kind = kindOf(prefix)
      const start = m.index
      if (covered.some((r) => start >= r.start && start < r.end)) continue
      let at = start + prefix.length
      // One or two spaces may sit between the prefix and the name ("อ. ศรีบุญเรือง").
      let spaces = 0
      while (spaces < 2 && at < p.length && /[ \u00a0]/.test(p[at] ?? '')) {
        at++
        spaces++
      }
      const rest = p.slice(at, at + MAX_LOOKAHEAD * 2)
      const restSqueezed = squeeze(rest)
      if (restSqueezed.startsWith(own[kind]) || allowedPlaces.some((a) => a.length > 0 && restSqueezed.startsWith(a))) continue
      // A prefix with nothing after it is a title or a common noun (ผู้ช่วยสาธารณสุขอำเภอ).
      const name = cutPlaceName(rest)
      if (name.length === 0 || !/^[\p{L}]/u.test(name)) continue
      const end = at + name.length
      const ownName = facts.office[kind]
      const suggestion = p.slice(start, at) + ownName
      const close = levenshtein(squeeze(name), own[kind]) <= Math.max(1, Math.floor(own[kind].length * 0.25))
      findings.push({
        code: 'foreign-place',
        severity: 'error',
        messageTh: close
          ? TH.placeMisspelt(p.slice(start, end), kind, ownName, suggestion)
          : TH.foreignPlace(p.slice(start, end), kind, ownName, suggestion),
        excerpt: p.slice(start, end),
        paragraphIndex,
        start,
        end,
        suggestion
      })
    }
  })
  return findings
}
