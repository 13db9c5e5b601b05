/** Every Thai string of the dashboard, in one place for review. */
export const NAV_LABEL = 'ภาพรวม'

export const TEXT = {
  title: 'ภาพรวม',
  today: (date: string, fiscalYear: number) => `วันนี้ ${date} · ปีงบประมาณ ${fiscalYear}`,
  loading: 'กำลังโหลดภาพรวม…',
  loadFailed: 'โหลดภาพรวมไม่สำเร็จ',
  retry: 'ลองอีกครั้ง',
  refresh: 'ปรับปรุงข้อมูล',
  counts: {
    heading: 'คำขอตามสถานะ',
    total: (n: string) => `ทั้งหมด ${n} รายการในทะเบียน`,
    open: 'เปิดทะเบียนเฉพาะสถานะนี้',
    unit: 'รายการ'
  },
  round: {
    heading: 'รอบการประเมิน MOIT ถัดไป',
    name: (months: 6 | 12, fiscalYear: number) => `รอบ ${months} เดือน ปีงบประมาณ ${fiscalYear}`,
    period: (start: string, end: string) => `ช่วง ${start} – ${end}`,
    daysLeft: (n: string) => `เหลืออีก ${n} วัน`,
    lastDay: 'วันนี้เป็นวันสุดท้ายของรอบ'
  },
  waiting: {
    heading: (n: string) => `รอพิจารณาอนุมัติ (${n})`,
    empty: 'ไม่มีคำขอที่รอพิจารณา',
    waited: (days: number) => (days === 0 ? 'ส่งวันนี้' : `รอมาแล้ว ${days} วัน`),
    since: (at: string) => `ส่งขออนุมัติเมื่อ ${at}`,
    more: (n: string) => `ดูทั้งหมด ${n} รายการในทะเบียน`
  },
  takeDown: {
    heading: (n: string) => `ครบกำหนดนำออกจากเว็บไซต์ (${n})`,
    summary: (overdue: string, window: number) => `เลยกำหนดแล้ว ${overdue} รายการ · นับรวมรายการที่จะครบกำหนดภายใน ${window} วัน`,
    empty: (window: number) => `ไม่มีรายการที่เลยกำหนดหรือจะครบกำหนดนำออกภายใน ${window} วัน`,
    overdue: (days: number) => `เลยกำหนดมาแล้ว ${days} วัน`,
    dueToday: 'ครบกำหนดวันนี้',
    dueIn: (days: number) => `อีก ${days} วัน`,
    until: (date: string) => `กำหนดนำออก ${date}`,
    more: (n: string) => `ดูทั้งหมด ${n} รายการในทะเบียน`
  },
  indicators: {
    heading: (fiscalYear: number) => `ตัวชี้วัดปีงบประมาณ ${fiscalYear} ที่ยังไม่มีหลักฐานเผยแพร่`,
    summary: (missing: number, total: number) => `${missing} จาก ${total} ตัวชี้วัด ยังไม่มีคำขอที่เผยแพร่แล้วเชื่อมโยง`,
    none: 'ยังไม่มีตัวชี้วัดของปีงบประมาณนี้ — เพิ่มได้ที่ ตั้งค่า › ตัวชี้วัด',
    settings: 'ไปที่ตั้งค่าตัวชี้วัด',
    allDone: 'ทุกตัวชี้วัดมีหลักฐานที่เผยแพร่แล้ว'
  }
} as const
