/**
 * What the register published in a span of days, by the calendar day in Thailand. `published_at`
 * is stored as the app's clock gave it (UTC, "…Z"), as a person typed it with its offset
 * ("…T23:30:00+07:00"), or as a plain date: no text comparison is right for all three. So SQLite
 * narrows the rows by text with two days to spare on each side (every offset on earth is within a
 * day), and the exact Bangkok day of each candidate decides. Requests taken down later
 * (withdrawn) were still published in their period and stay in its log.
 */
import type { PublishedItem } from '@shared/domain/report-schemas'
import { bangkokDay } from '@shared/domain/report-period'
import { addDays, type DateRange } from '@shared/thai'
import type { Db } from '../../db/open-database'

interface Row {
  id: number
  title: string
  note: string
  published_at: string
  external_link: string
  public_url: string
  kinds: string | null
}

const SQL = `
  SELECT r.id, r.title, r.note, r.published_at, r.external_link, r.public_url,
    (SELECT group_concat(DISTINCT a.kind) FROM attachment a WHERE a.request_id = r.id) AS kinds
  FROM request r
  WHERE r.published_at IS NOT NULL AND r.published_at >= @from AND r.published_at < @to`

/** The instant a stored time stands for; a plain date counts as the start of its Bangkok day. */
function instant(at: string, day: string): number {
  return at.length === 10 ? Date.parse(`${day}T00:00:00+07:00`) : Date.parse(at)
}

/** Requests published on `range.start` … `range.end` (Bangkok days, inclusive), oldest first. */
export function publishedIn(db: Db, range: DateRange): PublishedItem[] {
  const rows = db.prepare<{ from: string; to: string }, Row>(SQL).all({ from: addDays(range.start, -2), to: addDays(range.end, 3) })
  const items: { item: PublishedItem; at: number }[] = []
  for (const r of rows) {
    const day = bangkokDay(r.published_at)
    if (day < range.start || day > range.end) continue
    items.push({
      at: instant(r.published_at, day),
      item: {
        requestId: r.id,
        day,
        title: r.title,
        note: r.note,
        attachmentKinds: r.kinds === null ? [] : r.kinds.split(','),
        hasExternalLink: r.external_link.trim() !== '',
        publicUrl: r.public_url
      }
    })
  }
  items.sort((a, b) => (a.item.day < b.item.day ? -1 : a.item.day > b.item.day ? 1 : a.at - b.at || a.item.requestId - b.item.requestId))
  return items.map((x) => x.item)
}
