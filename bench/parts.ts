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
  }
]
