// Placeholder until the feature lands.
export function RequestEditor(_props: { id?: number; tab?: string }) {
  return <p>กำลังพัฒนา</p>
}
