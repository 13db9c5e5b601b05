/** What a person reads about staged files (made, waiting to be saved or downloaded): Thai, in one place. */

/** File-system error codes met when writing where the person chose, as a person reads them. */
const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'ไม่มีสิทธิ์เขียนในโฟลเดอร์นั้น',
  EPERM: 'ไม่มีสิทธิ์เขียนไฟล์นั้น หรือไฟล์เดิมเปิดอยู่ในโปรแกรมอื่น',
  EBUSY: 'ไฟล์เดิมเปิดอยู่ในโปรแกรมอื่น',
  ENOSPC: 'พื้นที่ดิสก์เต็ม',
  EROFS: 'อุปกรณ์นั้นเขียนไม่ได้',
  ENOENT: 'ไม่พบโฟลเดอร์นั้น',
  EISDIR: 'มีโฟลเดอร์ชื่อเดียวกันอยู่แล้ว',
  ENOTEMPTY: 'มีโฟลเดอร์ชื่อเดียวกันอยู่แล้ว',
  ENOTDIR: 'ที่อยู่นั้นไม่ใช่โฟลเดอร์',
  ENAMETOOLONG: 'ชื่อไฟล์หรือที่อยู่ยาวเกินไป'
}

export const STAGING_TEXT = {
  unknown: 'ไม่พบไฟล์ที่โปรแกรมจัดทำไว้ (อาจปิดโปรแกรมไปแล้วหลังจัดทำ หรือเก็บไว้นานเกิน ๒๔ ชั่วโมง) — กรุณากดจัดทำไฟล์อีกครั้ง',
  empty: 'ไฟล์ที่จัดทำว่างเปล่า ไม่มีเนื้อหาให้บันทึก — กรุณาลองจัดทำอีกครั้ง หากยังพบปัญหาให้แจ้งผู้ดูแล',
  stageFailed: (reason: string) => `เก็บไฟล์ที่จัดทำไว้ในโฟลเดอร์ข้อมูลไม่สำเร็จ (${reason}) — ตรวจสอบพื้นที่ว่างในดิสก์ แล้วลองอีกครั้ง`,
  saveFailed: (path: string, reason: string) => `บันทึกไฟล์ที่ ${path} ไม่สำเร็จ (${reason}) — ไฟล์ยังอยู่ในโปรแกรม เลือกที่บันทึกอื่นแล้วลองอีกครั้ง`
}

/** The reason of a file-system error as a person reads it; the system's code when there is no Thai one. */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code !== undefined) return REASONS[code] ?? code
  return error instanceof Error ? error.message : String(error)
}
