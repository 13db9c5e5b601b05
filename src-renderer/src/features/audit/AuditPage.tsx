// Placeholder until the feature lands.
export function AuditPage(_props: { id?: number; tab?: string }) {
  return <p>กำลังพัฒนา</p>
}
