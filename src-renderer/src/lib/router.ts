/** Hash routes (`#/requests/12`): they work the same from file:// in Electron and over the bridge. */
import { useEffect, useState } from 'react'

export type Route =
  | { page: 'register' }
  | { page: 'request-new' }
  | { page: 'request'; id: number }
  | { page: 'request-edit'; id: number }
  | { page: 'settings'; tab: string }
  | { page: 'audit' }

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '')
  let m: RegExpExecArray | null
  if (path === '/requests/new') return { page: 'request-new' }
  if ((m = /^\/requests\/(\d+)\/edit$/.exec(path))) return { page: 'request-edit', id: Number(m[1]) }
  if ((m = /^\/requests\/(\d+)$/.exec(path))) return { page: 'request', id: Number(m[1]) }
  if ((m = /^\/settings(?:\/([a-z-]+))?$/.exec(path))) return { page: 'settings', tab: m[1] ?? 'office' }
  if (path === '/audit') return { page: 'audit' }
  return { page: 'register' }
}

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'register':
      return '#/'
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
