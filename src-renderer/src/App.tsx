/** The frame: header with the operator, navigation, and the page of the current route. */
import { AppStateProvider, useAppState } from './lib/app-state'
import { hrefOf, useRoute, type Route } from './lib/router'
import { SetupPage } from './features/setup/SetupPage'
import { RegisterPage } from './features/register/RegisterPage'
import { RequestEditor } from './features/requests/RequestEditor'
import { RequestPage } from './features/requests/RequestPage'
import { SettingsPage } from './features/settings/SettingsPage'
import { AuditPage } from './features/audit/AuditPage'
import { YearlyDocumentsPage } from './features/documents/YearlyDocumentsPage'
import { TEXT as DOCUMENTS_TEXT } from './features/documents/text'
import { DashboardPage } from './features/dashboard/DashboardPage'
import { NAV_LABEL as DASHBOARD_NAV } from './features/dashboard/text'
import { ImportPage } from './features/register-io/ImportPage'
import { EvidencePage } from './features/evidence/EvidencePage'
import { NAV_LABEL as EVIDENCE_NAV } from './features/evidence/text'
import { ReportsPage } from './features/reports/ReportsPage'
import { NAV_LABEL as REPORTS_NAV } from './features/reports/text'

const TEXT = {
  appName: 'Publish Desk',
  appNameTh: 'โต๊ะงานเผยแพร่ข้อมูล',
  loading: 'กำลังเปิดทะเบียน…',
  loadFailed: 'เปิดทะเบียนไม่สำเร็จ',
  operator: 'ผู้ใช้งาน',
  nav: { register: 'ทะเบียนคำขอ', new: 'คำขอใหม่', settings: 'ตั้งค่า', audit: 'บันทึกการใช้งาน' },
  skip: 'ข้ามไปยังเนื้อหา'
}

export function App() {
  return (
    <AppStateProvider
      fallback={(error) => (
        <main className="splash" role={error ? 'alert' : 'status'}>
          {error ? `${TEXT.loadFailed}: ${error}` : TEXT.loading}
        </main>
      )}
    >
      <Frame />
    </AppStateProvider>
  )
}

function Frame() {
  const state = useAppState()
  const route = useRoute()
  if (!state.info.setupComplete) return <SetupPage />
  const nav: { label: string; route: Route; active: boolean }[] = [
    { label: DASHBOARD_NAV, route: { page: 'dashboard' }, active: route.page === 'dashboard' },
    { label: TEXT.nav.register, route: { page: 'register' }, active: route.page === 'register' || route.page === 'register-import' || route.page === 'request' || route.page === 'request-edit' },
    { label: TEXT.nav.new, route: { page: 'request-new' }, active: route.page === 'request-new' },
    { label: DOCUMENTS_TEXT.yearly.nav, route: { page: 'documents' }, active: route.page === 'documents' },
    { label: TEXT.nav.settings, route: { page: 'settings', tab: 'office' }, active: route.page === 'settings' },
    { label: EVIDENCE_NAV, route: { page: 'evidence' }, active: route.page === 'evidence' },
    { label: REPORTS_NAV, route: { page: 'reports' }, active: route.page === 'reports' },
    { label: TEXT.nav.audit, route: { page: 'audit' }, active: route.page === 'audit' }
  ]
  return (
    <div className="frame">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus() }}>
        {TEXT.skip}
      </a>
      <header className="app-header">
        <div className="brand">
          <strong>{TEXT.appNameTh}</strong> <span className="muted">{state.office?.shortName ?? TEXT.appName}</span>
        </div>
        <nav aria-label="เมนูหลัก">
          {nav.map((n) => (
            <a key={n.label} href={hrefOf(n.route)} aria-current={n.active ? 'page' : undefined} className={n.active ? 'active' : undefined}>
              {n.label}
            </a>
          ))}
        </nav>
        <label className="operator">
          {TEXT.operator}
          <select value={state.operator?.id ?? ''} onChange={(e) => state.chooseOperator(Number(e.target.value) || null)}>
            {state.people.filter((p) => p.active).map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main id="main" tabIndex={-1}>
        <Page route={route} />
      </main>
    </div>
  )
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'dashboard':
      return <DashboardPage />
    case 'register':
      // Keyed by the preset, so a card of the dashboard always opens the list filtered as it says.
      return <RegisterPage key={`${route.status ?? ''}|${route.dueSoon ? 'due' : ''}`} preset={route.status || route.dueSoon ? { status: route.status, dueSoon: route.dueSoon === true } : null} />
    case 'register-import':
      return <ImportPage />
    case 'request-new':
      return <RequestEditor />
    case 'request':
      return <RequestPage id={route.id} />
    case 'request-edit':
      return <RequestEditor id={route.id} />
    case 'settings':
      return <SettingsPage tab={route.tab} />
    case 'evidence':
      return <EvidencePage />
    case 'reports':
      return <ReportsPage />
    case 'audit':
      return <AuditPage />
    case 'documents':
      return <YearlyDocumentsPage />
  }
}
