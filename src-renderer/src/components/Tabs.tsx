/**
 * Tabs that are routes (`#/settings/people`): plain links, so they work with Tab and Enter, the
 * back button and bookmarks; the current one is marked with aria-current.
 */
export interface TabLink {
  key: string
  label: string
  href: string
}

export function Tabs({ tabs, current, label }: { tabs: readonly TabLink[]; current: string; label: string }) {
  return (
    <nav className="tabs" aria-label={label}>
      {tabs.map((t) => (
        <a key={t.key} href={t.href} aria-current={t.key === current ? 'page' : undefined} className={t.key === current ? 'active' : undefined}>
          {t.label}
        </a>
      ))}
    </nav>
  )
}
