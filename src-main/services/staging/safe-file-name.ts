/**
 * The name a made file is offered under (save dialog, browser download): no folder part (names
 * come from titles, book numbers and the renderer) and none of the characters Windows refuses in a
 * file name; Thai letters stay as they are. Never used to build a path inside the data folder:
 * staged files are stored under their random id.
 */
export function safeFileName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? ''
  const cleaned = last.replace(/[\u0000-\u001f<>:"|?*]/g, '_').replace(/^[. ]+|[. ]+$/g, '').trim()
  return cleaned === '' ? 'เอกสาร' : cleaned
}
