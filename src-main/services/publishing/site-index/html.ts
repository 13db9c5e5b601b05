/**
 * Escaping for the public page. Every text that reaches the page goes through `text()` and every
 * attribute value through `attr()`, whatever its source: titles, units and file names are typed
 * by people and may hold `<script>`, quotes or `&`. Links are limited to absolute http(s)
 * addresses, so a `javascript:` or `data:` address typed into the register never becomes a link.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** C0 controls other than tab/newline/CR, DEL and lone surrogates: no business on a page. */
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Text content: safe inside an element (also inside a quoted attribute). */
export function text(value: string): string {
  return value.replace(UNPRINTABLE, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)
}

/** An attribute value, to be written between double quotes. */
export const attr = text

/**
 * The address as the link's href, or null when it must not be a link: anything but absolute
 * http/https, and addresses carrying a user name or password (a host's login must never be
 * published by a typo in the register).
 */
export function safeHttpUrl(value: string): string | null {
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  if (url.username !== '' || url.password !== '') return null
  // The parser's form: spaces and Thai letters percent-encoded, no quote left unencoded.
  return url.href
}
