// Placeholder until the feature lands.
export function RequestPage(_props: { id?: number; tab?: string }) {
  return <p>กำลังพัฒนา</p>
}
