/** The parts people play in the publication procedure (the announcement, sections 2–4). */
export const ROLES = ['requester', 'approver', 'assistant_head', 'webmaster'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  requester: 'ผู้ขอเผยแพร่ (ผู้รับผิดชอบการให้ข้อมูล)',
  approver: 'ผู้อนุมัติ (หัวหน้าหน่วยงาน)',
  assistant_head: 'ผู้ช่วยหัวหน้าหน่วยงาน (ผู้พิจารณา)',
  webmaster: 'ผู้ดูแลเว็บไซต์ (Web master)'
}
