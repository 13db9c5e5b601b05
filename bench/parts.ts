/**
 * The benchmark's parts, one file each. `npm run bench` runs them all; `npm run bench -- register`
 * runs the named ones. Later issues add their parts (documents, upload) to this list.
 */

export interface PartContext {
  /** RSS of this process before the part loaded anything: Node, tsx and the runner. */
  rssAtStart: number
}

export interface PartResult {
  /** Targets missed: reported as FAIL, but a miss is a measurement, not an error. */
  failedTargets: number
  /** Set when the measurement itself cannot be trusted (e.g. two paths disagree): exit non-zero. */
  broken: string | null
}

export interface BenchPart {
  name: string
  title: string
  load: () => Promise<{ run: (ctx: PartContext) => Promise<PartResult> }>
}

export const PARTS: readonly BenchPart[] = [
  {
    name: 'register',
    title: 'ทะเบียนคำขอ: ๑๐๐,๐๐๐ คำขอ ไฟล์แนบ ๒๐๐,๐๐๐ แถว — ค้นหา แบ่งหน้า เวลาบันทึก หน่วยความจำ',
    load: () => import('./register.bench')
  },
  {
    name: 'documents',
    title: 'เอกสาร: บันทึกข้อความเป็น DOCX (≤ ๕๐ ms) และ PDF (≤ ๑๕๐ ms), ตาราง ๕๐๐ แถวเป็น PDF (≤ ๑.๕ s), เร็วกว่า LibreOffice ≥ ๑๐ เท่า',
    load: () => import('./documents.bench')
  },
  {
    name: 'reports',
    title: 'รายงาน: บันทึกรายงานผลการเผยแพร่รายไตรมาส (~๒,๐๐๐ แถว) เป็น PDF จากทะเบียน ๑๐๐,๐๐๐ คำขอ — เป้า ≤ ๓ s',
    load: () => import('./reports.bench')
  },
  {
    name: 'dashboard',
    title: 'หน้าภาพรวม: ข้อมูลทั้งหน้าจากทะเบียน ๑๐๐,๐๐๐ คำขอ — เป้า ≤ ๕๐ ms',
    load: () => import('./dashboard.bench')
  },
  {
    name: 'upload',
    title: 'อัปโหลด FTPS กับ pure-ftpd ในเครื่อง: ไฟล์ 200 MB เทียบ curl (เป้า ≥ 0.9×) และ 300 ไฟล์ 200 KB เทียบ curl ทีละไฟล์ (เป้า ≥ 2×)',
    load: () => import('./upload.bench')
  }
]
