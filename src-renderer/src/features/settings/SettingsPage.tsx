/** Settings: the office, its people, the categories, each fiscal year's indicators and the documents' templates. */
import { hrefOf } from '../../lib/router'
import { Tabs } from '../../components/Tabs'
import { OfficeTab } from './OfficeTab'
import { PeopleTab } from './PeopleTab'
import { CategoriesTab } from './CategoriesTab'
import { IndicatorsTab } from './IndicatorsTab'
import { TemplatesTab } from './TemplatesTab'
import { HostProfilesTab } from './HostProfilesTab'
import { HOSTS_TEXT } from './host-profiles-text'
import { TEXT } from './text'

const TABS = ['office', 'people', 'categories', 'indicators', 'templates', 'hosts'] as const
const TAB_LABELS = { ...TEXT.tabs, hosts: HOSTS_TEXT.tab }
type Tab = (typeof TABS)[number]

function isTab(tab: string): tab is Tab {
  return (TABS as readonly string[]).includes(tab)
}

export function SettingsPage({ tab }: { tab: string }) {
  // An unknown tab in the address (an old bookmark) opens the first one.
  const current: Tab = isTab(tab) ? tab : 'office'
  return (
    <div className="settings">
      <h1>{TEXT.title}</h1>
      <Tabs
        label={TEXT.tabsLabel}
        current={current}
        tabs={TABS.map((t) => ({ key: t, label: TAB_LABELS[t], href: hrefOf({ page: 'settings', tab: t }) }))}
      />
      <div className="tab-panel">
        {current === 'office' && <OfficeTab />}
        {current === 'people' && <PeopleTab />}
        {current === 'categories' && <CategoriesTab />}
        {current === 'indicators' && <IndicatorsTab />}
        {current === 'templates' && <TemplatesTab />}
        {current === 'hosts' && <HostProfilesTab />}
      </div>
    </div>
  )
}
