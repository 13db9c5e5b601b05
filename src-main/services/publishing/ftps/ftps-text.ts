/**
 * Everything about FTPS transfers a person reads, in one place so the Thai can be reviewed
 * together. Each message says what happened and what to do. Technical values a person may have to
 * type or read out to a hosting provider (ports, reply codes, fingerprints, byte counts) keep
 * Arabic digits; dates use the Buddhist Era like the rest of the app.
 */
import { formatThaiDate, todayIso } from '@shared/thai'
import type { CertificateSummary } from './types'

const date = (iso: string): string => (iso ? formatThaiDate(todayIso(new Date(iso)), { thaiDigits: false }) : '-')
const server = (code: number, text: string): string => (text ? `เซิร์ฟเวอร์ตอบ ${code}: ${text}` : `เซิร์ฟเวอร์ตอบ ${code}`)

/** Why Node refused a certificate, by its error code. */
export function certificateProblem(code: string | undefined, host: string): string {
  switch (code) {
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
      return 'เป็นใบรับรองที่ออกให้ตัวเอง (self-signed) ซึ่งเครื่องนี้ตรวจสอบแหล่งที่มาไม่ได้'
    case 'CERT_HAS_EXPIRED':
      return 'ใบรับรองหมดอายุแล้ว'
    case 'CERT_NOT_YET_VALID':
      return 'ใบรับรองยังไม่ถึงวันเริ่มใช้ (หรือนาฬิกาของเครื่องนี้ไม่ตรง)'
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `ใบรับรองออกให้ชื่ออื่น ไม่ใช่ ${host}`
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
      return 'ออกโดยผู้ออกใบรับรองที่เครื่องนี้ไม่รู้จัก'
    default:
      return `ตรวจสอบไม่ผ่าน (${code ?? 'ไม่ทราบสาเหตุ'})`
  }
}

/** One line a person can compare with what the hosting provider tells them. */
export function describeCertificate(c: CertificateSummary): string {
  return `ออกให้: ${c.subject || '-'}; ผู้ออก: ${c.issuer || '-'}; ใช้ได้ตั้งแต่ ${date(c.validFrom)} ถึง ${date(c.validTo)}; ลายนิ้วมือ SHA-256: ${c.sha256}`
}

export const TH = {
  auth: (user: string, code: number, text: string): string =>
    `เข้าสู่ระบบ FTP ไม่สำเร็จ: ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง (${server(code, text)}) — ตรวจสอบชื่อผู้ใช้ “${user}” และรหัสผ่านกับผู้ดูแลโฮสต์ แล้วแก้ไขที่โปรไฟล์โฮสต์`,

  permission: (path: string, code: number, text: string): string =>
    `เซิร์ฟเวอร์ไม่ยอมให้เขียนหรือเปิด “${path}” (${server(code, text)}) — บัญชีนี้อาจไม่มีสิทธิ์ในโฟลเดอร์นั้น หรือโฟลเดอร์ไม่มีอยู่: ตรวจสอบโฟลเดอร์ปลายทางในโปรไฟล์โฮสต์ หรือขอสิทธิ์เขียนจากผู้ดูแลโฮสต์`,

  quota: (code: number, text: string): string =>
    `พื้นที่บนโฮสต์เต็มหรือเกินโควตาของบัญชี (${server(code, text)}) — ลบไฟล์เก่าที่ไม่ใช้แล้วบนโฮสต์ หรือขอเพิ่มพื้นที่จากผู้ให้บริการ แล้วลองอีกครั้ง`,

  refused: (host: string, port: number): string =>
    `เชื่อมต่อ ${host} พอร์ต ${port} ไม่ได้ เพราะปลายทางปฏิเสธการเชื่อมต่อ — ตรวจสอบชื่อโฮสต์และพอร์ต (FTPS แบบ explicit มักใช้พอร์ต 21 แบบ implicit ใช้ 990) หรือเซิร์ฟเวอร์อาจปิดอยู่ชั่วคราว ลองอีกครั้งภายหลัง`,

  dns: (host: string): string =>
    `ไม่พบโฮสต์ “${host}” — ตรวจสอบการสะกดชื่อโฮสต์ในโปรไฟล์ และตรวจว่าเครื่องนี้ต่ออินเทอร์เน็ตอยู่`,

  timeout: (host: string, seconds: number): string =>
    `เซิร์ฟเวอร์ ${host} ไม่ตอบภายใน ${seconds} วินาที — ตรวจสอบการเชื่อมต่ออินเทอร์เน็ต หรือไฟร์วอลล์ที่อาจกั้นพอร์ตรับส่งข้อมูล (passive) แล้วลองอีกครั้ง`,

  network: (host: string, detail: string): string =>
    `การเชื่อมต่อกับ ${host} ขาดระหว่างทำงาน (${detail}) — ตรวจสอบการเชื่อมต่ออินเทอร์เน็ต แล้วลองอีกครั้ง`,

  tls: (host: string, detail: string): string =>
    `ตั้งค่าการเข้ารหัส (TLS) กับ ${host} ไม่สำเร็จ (${detail}) — ตรวจสอบว่าโหมด explicit/implicit และพอร์ตตรงกับที่ผู้ให้บริการกำหนด`,

  noExplicitTls: (host: string, code: number, text: string): string =>
    `${host} ไม่รับการเข้ารหัสแบบ explicit (AUTH TLS) (${server(code, text)}) — ลองโหมด implicit (พอร์ต 990) หรือสอบถามผู้ให้บริการ ไม่ควรใช้ FTP แบบไม่เข้ารหัส`,

  tlsRequired: (host: string): string =>
    `${host} รับเฉพาะการเชื่อมต่อแบบเข้ารหัส — เปลี่ยนโหมดในโปรไฟล์โฮสต์เป็น FTPS (explicit) แล้วลองอีกครั้ง`,

  untrusted: (host: string, problem: string, c: CertificateSummary): string =>
    `ใบรับรองความปลอดภัยของ ${host} ตรวจสอบไม่ผ่าน: ${problem} จึงยังไม่ได้ส่งรหัสผ่าน — ${describeCertificate(c)} ` +
    '— ให้สอบถามผู้ให้บริการโฮสต์ (ทางโทรศัพท์หรือหน้าควบคุมโฮสต์) ว่าลายนิ้วมือนี้ถูกต้องหรือไม่ ถ้าถูกต้องจึงเลือก “เชื่อถือใบรับรองนี้” แล้วโปรแกรมจะยอมรับเฉพาะใบรับรองนี้เท่านั้น',

  changed: (host: string, pinned: string, c: CertificateSummary): string =>
    `ใบรับรองของ ${host} ไม่ใช่ใบที่เคยเชื่อถือไว้ จึงไม่ได้เชื่อมต่อและไม่ได้ส่งรหัสผ่าน — อาจมีผู้ดักการเชื่อมต่อ หรือผู้ให้บริการเพิ่งเปลี่ยนใบรับรอง ` +
    `ลายนิ้วมือที่เชื่อถือไว้: ${pinned}; ใบที่ได้รับตอนนี้ — ${describeCertificate(c)} ` +
    '— อย่าเพิ่งอัปโหลด ให้ติดต่อผู้ให้บริการโฮสต์ทางโทรศัพท์หรือช่องทางอื่นเพื่อยืนยันลายนิ้วมือใหม่ ถ้ายืนยันแล้วจึงเชื่อถือใบรับรองใหม่ที่หน้าโปรไฟล์โฮสต์ และหากใช้เครือข่ายสาธารณะ (เช่น Wi-Fi ร้านค้า) ให้เปลี่ยนไปใช้เครือข่ายของสำนักงาน',

  badPin: 'ลายนิ้วมือใบรับรองที่บันทึกไว้ไม่ใช่รูปแบบ SHA-256 (เลขฐานสิบหก 64 หลัก) — ทดสอบการเชื่อมต่อใหม่แล้วเลือกเชื่อถือใบรับรองอีกครั้ง',
  badPinField: 'ต้องเป็นเลขฐานสิบหก 64 หลัก (คั่นด้วย : ได้)',

  emptyFile: (name: string): string =>
    `ไฟล์ “${name}” ว่างเปล่า (0 ไบต์) จึงไม่อัปโหลด — ตรวจสอบไฟล์ต้นฉบับ แล้วแนบไฟล์ที่มีเนื้อหาใหม่`,

  notAFile: (path: string): string => `ไม่พบไฟล์ต้นฉบับ “${path}” ในเครื่องนี้ — ไฟล์อาจถูกย้ายหรือลบ ให้แนบไฟล์ใหม่`,

  badName: (name: string): string =>
    `ชื่อไฟล์หรือโฟลเดอร์ปลายทาง “${name}” ใช้ไม่ได้ (ว่าง มีเครื่องหมาย / หรืออักขระควบคุม) — แก้รูปแบบชื่อในโปรไฟล์โฮสต์`,

  nameExists: (name: string, dir: string): string =>
    `มีไฟล์ชื่อ “${name}” ในโฟลเดอร์ ${dir} บนโฮสต์อยู่แล้ว และไฟล์เดิมยังไม่ถูกแก้ไข — เลือก “เขียนทับ” หรือ “เพิ่มเลขต่อท้ายชื่อ” ในโปรไฟล์โฮสต์ แล้วอัปโหลดอีกครั้ง`,

  sizeMismatch: (name: string, remote: number, local: number): string =>
    `ตรวจไฟล์ “${name}” บนโฮสต์ไม่ผ่าน: มีขนาด ${remote} ไบต์ แต่ต้นฉบับมี ${local} ไบต์ — ไฟล์ยังไม่ถูกเผยแพร่ ลองอัปโหลดอีกครั้ง`,

  hashMismatch: (name: string): string =>
    `ตรวจไฟล์ “${name}” บนโฮสต์ไม่ผ่าน: ค่าแฮช SHA-256 ไม่ตรงกับต้นฉบับ (ข้อมูลเสียระหว่างทาง) — ไฟล์ยังไม่ถูกเผยแพร่ ลองอัปโหลดอีกครั้ง`,

  cancelled: (name: string): string =>
    `ยกเลิกการอัปโหลด “${name}” แล้ว — ไม่มีไฟล์ที่ส่งไม่ครบอยู่ในชื่อจริงบนโฮสต์ ส่วนที่ส่งไปแล้วเก็บไว้ในชื่อชั่วคราวเพื่อส่งต่อครั้งหน้า`,

  refusedPermanent: (code: number, text: string): string =>
    `เซิร์ฟเวอร์ FTP ปฏิเสธคำสั่ง (${server(code, text)}) — ตรวจสอบการตั้งค่าโปรไฟล์โฮสต์ หรือส่งข้อความนี้ให้ผู้ดูแลโฮสต์`,

  refusedTransient: (code: number, text: string): string =>
    `เซิร์ฟเวอร์ FTP ขัดข้องชั่วคราว (${server(code, text)}) — ลองอีกครั้งภายหลัง`
}
