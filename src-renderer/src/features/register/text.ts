/** Every Thai string of the register list, in one place for review. */
export const TEXT = {
  title: 'ทะเบียนคำขอเผยแพร่',
  newRequest: 'คำขอใหม่',
  found: (n: string) => `พบ ${n} รายการ`,
  loading: 'กำลังค้นหา…',
  loadingRow: 'กำลังโหลด…',
  loadFailed: 'โหลดรายการไม่สำเร็จ',
  retry: 'ลองอีกครั้ง',
  empty: 'ไม่พบคำขอที่ตรงกับเงื่อนไข — ลองลบคำค้นหรือล้างตัวกรอง',
  emptyRegister: 'ยังไม่มีคำขอในทะเบียน — กด “คำขอใหม่” เพื่อบันทึกคำขอแรก',
  listLabel: 'รายการคำขอเผยแพร่ (กดลูกศรขึ้น/ลงเพื่อเลื่อน Enter เพื่อเปิด)',
  filters: {
    label: 'ค้นหาและกรอง',
    search: 'ค้นหา',
    searchPlaceholder: 'หัวข้อ รายละเอียด หน่วยงาน หรือชื่อไฟล์',
    searchHint: 'กดลูกศรลงเพื่อไปที่รายการ กด Esc เพื่อล้างคำค้น',
    statuses: 'สถานะ',
    dueSoon: 'ครบกำหนดนำออกภายใน 30 วัน',
    fiscalYear: 'ปีงบประมาณ',
    quarter: 'ไตรมาส',
    category: 'หมวด',
    indicatorOfYear: (fy: number) => `ตัวชี้วัด (ปีงบ ${fy})`,
    requester: 'ผู้ขอ',
    dateFrom: 'วันที่ขอ ตั้งแต่',
    dateTo: 'ถึง',
    all: 'ทั้งหมด',
    clear: 'ล้างตัวกรอง',
    quarterOption: (q: number) => `ไตรมาส ${q} (${['ต.ค.–ธ.ค.', 'ม.ค.–มี.ค.', 'เม.ย.–มิ.ย.', 'ก.ค.–ก.ย.'][q - 1]})`
  },
  columns: {
    id: 'เลขที่',
    requestDate: 'วันที่',
    title: 'หัวข้อ',
    ownerUnit: 'หน่วยงานเจ้าของข้อมูล',
    category: 'หมวด',
    status: 'สถานะ',
    requester: 'ผู้ขอ',
    files: 'ไฟล์'
  },
  sortBy: (column: string) => `เรียงตาม${column}`,
  filesCount: (n: number) => (n === 0 ? 'ไม่มีไฟล์แนบ' : `ไฟล์แนบ ${n} ไฟล์`)
} as const
