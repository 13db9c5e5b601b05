/**
 * The optional check after publishing that each public address answers: HEAD (GET when a server
 * refuses HEAD), with a time limit. It reports; it never undoes a publication, because the
 * website may be slow, behind a cache, or only reachable from outside the office.
 */
import type { UrlCheck } from '@shared/domain/uploads'
import { TH } from './publishing-text'

export async function checkUrl(url: string, timeoutMs = 10_000): Promise<UrlCheck> {
  const attempt = async (method: 'HEAD' | 'GET'): Promise<number> => {
    const response = await fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) })
    // The body is not needed; not reading it would keep the connection busy.
    await response.body?.cancel()
    return response.status
  }
  try {
    let status = await attempt('HEAD')
    if (status === 405 || status === 501) status = await attempt('GET')
    const ok = status >= 200 && status < 400
    return { url, ok, status, message: ok ? '' : TH.urlStatus(status) }
  } catch (err) {
    const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : ''
    const detail = err instanceof Error ? (err.name === 'TimeoutError' ? `เกิน ${Math.round(timeoutMs / 1000)} วินาที` : cause || err.message) : String(err)
    return { url, ok: false, status: null, message: TH.urlNoAnswer(detail) }
  }
}

export async function checkUrls(urls: readonly string[], timeoutMs?: number): Promise<UrlCheck[]> {
  return Promise.all(urls.map((u) => checkUrl(u, timeoutMs)))
}
