/** Hash routes (`#/requests/12`): they work the same from file:// in Electron and over the bridge. */
import { useEffect, useState } from 'react'
import { STATUSES, type RequestStatus } from '@shared/domain/request-status'

export type Route =
  | { page: 'dashboard' }
  /** The register, opened from the dashboard already filtered by a status or by "due to come down". */
  | { page: 'register'; status?: RequestStatus; dueSoon?: boolean }
  | { page: 'register-import' }
  | { page: 'request-new' }
  | { page: 'request'; id: number }
  | { page: 'request-edit'; id: number }
  | { page: 'settings'; tab: string }
  | { page: 'audit' }
  /** The documents of a fiscal year (website report, announcement and its approval memo). */
  | { page: 'documents' }
  | { page: 'evidence' }
  | { page: 'reports' }

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '')
  let m: RegExpExecArray | null
  if (path === '' || path === '/') return { page: 'dashboard' }
  if (path === '/register/import') return { page: 'register-import' }
  if ((m = /^\/register(?:\?(.*))?$/.exec(path))) return registerRoute(new URLSearchParams(m[1] ?? ''))
  if (path === '/requests/new') return { page: 'request-new' }
  if ((m = /^\/requests\/(\d+)\/edit$/.exec(path))) return { page: 'request-edit', id: Number(m[1]) }
  if ((m = /^\/requests\/(\d+)$/.exec(path))) return { page: 'request', id: Number(m[1]) }
  if ((m = /^\/settings(?:\/([a-z-]+))?$/.exec(path))) return { page: 'settings', tab: m[1] ?? 'office' }
  if (path === '/audit') return { page: 'audit' }
  if (path === '/documents') return { page: 'documents' }
  if (path === '/evidence') return { page: 'evidence' }
  if (path === '/reports') return { page: 'reports' }
  return { page: 'dashboard' }
}

function registerRoute(params: URLSearchParams): Route {
  const status = STATUSES.find((s) => s === params.get('status'))
  return { page: 'register', ...(status ? { status } : {}), ...(params.get('due') === '1' ? { dueSoon: true } : {}) }
}

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'dashboard':
      return '#/'
    case 'register': {
      const params = new URLSearchParams()
      if (route.status) params.set('status', route.status)
      if (route.dueSoon) params.set('due', '1')
      const query = params.toString()
      return query ? `#/register?${query}` : '#/register'
    }
    case 'register-import':
      return '#/register/import'
    case 'request-new':
      return '#/requests/new'
    case 'request':
      return `#/requests/${route.id}`
    case 'request-edit':
      return `#/requests/${route.id}/edit`
    case 'settings':
      return `#/settings/${route.tab}`
    case 'audit':
      return '#/audit'
    case 'documents':
      return '#/documents'
    case 'evidence':
      return '#/evidence'
    case 'reports':
      return '#/reports'
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route).slice(1)
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash))
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}
