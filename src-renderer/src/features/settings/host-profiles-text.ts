/** Every Thai string of Settings › เว็บไซต์ (FTPS), in one place for review. */
import type { FileNaming, IfExistsPolicy, SecretBackend, TakedownMode, TlsMode } from '@shared/domain/publishing'

export const HOSTS_TEXT = {
  tab: 'เว็บไซต์ (FTPS)',
  heading: 'เว็บไซต์ของหน่วยงาน (โปรไฟล์โฮสต์ FTPS)',
  intro:
    'ที่อยู่และบัญชี FTP ของโฮสต์ที่เก็บเว็บไซต์ของหน่วยงาน โปรแกรมใช้โปรไฟล์นี้อัปโหลดไฟล์ที่อนุมัติแล้วขึ้นเว็บไซต์แบบเข้ารหัส และสร้างลิงก์สาธารณะของแต่ละไฟล์',
  add: 'เพิ่มโปรไฟล์',
  adding: 'เพิ่มโปรไฟล์โฮสต์',
  editing: (name: string) => `แก้ไขโปรไฟล์ “${name}”`,
  editLabel: (name: string) => `แก้ไขโปรไฟล์ ${name}`,
  saved: (name: string) => `บันทึกโปรไฟล์ “${name}” แล้ว`,
  savedNoPassword: (name: string) => `บันทึกโปรไฟล์ “${name}” แล้ว แต่ยังไม่ได้เก็บรหัสผ่าน — ดูข้อความด้านบน`,
  none: 'ยังไม่มีโปรไฟล์โฮสต์ — กด “+ เพิ่มโปรไฟล์” แล้วกรอกข้อมูลที่ได้จากผู้ให้บริการโฮสต์',
  removed: (name: string) => `ลบโปรไฟล์ “${name}” แล้ว`,
  remove: 'ลบ',
  removeQuestion: (name: string) => `ลบโปรไฟล์ “${name}”?`,
  removeLabel: (name: string) => `ลบโปรไฟล์ ${name}`,
  makeDefault: 'ตั้งเป็นโปรไฟล์หลัก',
  makeDefaultLabel: (name: string) => `ตั้ง ${name} เป็นโปรไฟล์หลัก`,
  madeDefault: (name: string) => `ตั้ง “${name}” เป็นโปรไฟล์หลักแล้ว`,
  default: 'หลัก',

  backend: {
    os: 'รหัสผ่านเก็บแบบเข้ารหัสด้วยที่เก็บรหัสผ่านของระบบปฏิบัติการ',
    basic_text:
      'เครื่องนี้ไม่มีที่เก็บรหัสผ่านที่เข้ารหัสจริง (basic_text): ถ้าเก็บรหัสผ่านไว้ ผู้ที่คัดลอกไฟล์ทะเบียนไปจะอ่านรหัสผ่านได้ — โปรแกรมจะถามก่อนเก็บทุกครั้ง หรือเลือกให้จำไว้จนกว่าจะปิดโปรแกรม',
    unavailable:
      'โหมดนี้ (เปิดผ่านเบราว์เซอร์ด้วย npm run web) ไม่มีที่เก็บรหัสผ่านแบบเข้ารหัส: รหัสผ่านจะจำไว้ในหน่วยความจำจนกว่าจะปิดโปรแกรมเท่านั้น และต้องกรอกใหม่เมื่อเปิดครั้งหน้า'
  } satisfies Record<SecretBackend, string>,

  columns: { name: 'ชื่อโปรไฟล์', host: 'โฮสต์', account: 'บัญชี / โฟลเดอร์', trust: 'ใบรับรอง', password: 'รหัสผ่าน', actions: 'จัดการ' },
  trust: { system: 'CA ของระบบ', ca: 'CA ที่กำหนด', pin: 'ปักหมุดใบรับรอง' },
  password: {
    stored: 'เก็บแบบเข้ารหัส',
    storedWeak: 'เก็บแบบไม่เข้ารหัสจริง',
    session: 'จำไว้จนกว่าจะปิดโปรแกรม',
    none: 'ยังไม่ได้ใส่'
  },

  fields: {
    name: 'ชื่อโปรไฟล์',
    namePlaceholder: 'เช่น เว็บไซต์ สสอ.',
    host: 'ชื่อโฮสต์ FTP',
    hostPlaceholder: 'เช่น ftp.example.go.th',
    hostHint: 'ไม่ต้องมี ftp:// นำหน้า',
    port: 'พอร์ต',
    portHint: (tls: TlsMode) => `เว้นว่างไว้เพื่อใช้พอร์ตมาตรฐาน (${tls === 'implicit' ? '990' : '21'})`,
    tls: 'การเข้ารหัส',
    tlsOptions: {
      explicit: 'FTPS แบบ explicit (AUTH TLS) — แนะนำ',
      implicit: 'FTPS แบบ implicit (พอร์ต 990)',
      none: 'FTP ไม่เข้ารหัส (ไม่แนะนำ)'
    } satisfies Record<TlsMode, string>,
    plainWarning:
      'FTP แบบไม่เข้ารหัสส่งรหัสผ่านและไฟล์ให้ผู้อื่นในเครือข่ายอ่านได้ และประกาศกำหนดให้ใช้การเข้ารหัส ใช้เฉพาะเมื่อโฮสต์ไม่รองรับ FTPS จริง ๆ',
    allowPlainFtp: 'ยืนยันว่าจะใช้ FTP แบบไม่เข้ารหัส',
    username: 'ชื่อผู้ใช้ FTP',
    password: 'รหัสผ่าน FTP',
    passwordHintNew: 'ได้จากผู้ให้บริการโฮสต์',
    passwordHintEdit: 'เว้นว่างไว้ถ้าไม่เปลี่ยน',
    acceptWeak: 'ยอมรับให้เก็บรหัสผ่านบนเครื่องนี้โดยไม่เข้ารหัสจริง',
    acceptWeakHint: 'ถ้าไม่เลือก โปรแกรมจะจำรหัสผ่านไว้จนกว่าจะปิดโปรแกรมเท่านั้น',
    remoteRoot: 'โฟลเดอร์หลักบนโฮสต์',
    remoteRootPlaceholder: 'เช่น /public_html',
    remoteRootHint: 'โฟลเดอร์ที่ตรงกับหน้าแรกของเว็บไซต์',
    publicBaseUrl: 'ที่อยู่เว็บไซต์',
    publicBaseUrlPlaceholder: 'เช่น https://www.example.go.th',
    publicBaseUrlHint: 'ที่อยู่ที่ประชาชนเปิดโฟลเดอร์หลักได้ ใช้สร้างลิงก์ของแต่ละไฟล์',
    folderPattern: 'รูปแบบโฟลเดอร์',
    folderPatternHint: 'ตัวแทนที่ใช้ได้: {root} โฟลเดอร์หลัก, {fy} ปีงบประมาณ, {indicator} ตัวชี้วัด, {category} หมวดหมู่, {quarter} ไตรมาส, {requestId} เลขที่คำขอ',
    fileNaming: 'การตั้งชื่อไฟล์',
    fileNamingOptions: {
      'ascii-dated': 'ชื่อภาษาอังกฤษพร้อมวันที่ (แนะนำ: โฮสต์จำนวนมากทำชื่อภาษาไทยเพี้ยน)',
      'keep-name': 'คงชื่อไฟล์เดิม (ภาษาไทย)'
    } satisfies Record<FileNaming, string>,
    ifExists: 'เมื่อมีไฟล์ชื่อซ้ำบนโฮสต์',
    ifExistsOptions: { suffix: 'เพิ่มเลขต่อท้ายชื่อ', overwrite: 'เขียนทับไฟล์เดิม', fail: 'หยุดและแจ้ง' } satisfies Record<IfExistsPolicy, string>,
    takedown: 'เมื่อถอนการเผยแพร่',
    takedownOptions: { delete: 'ลบไฟล์ออกจากโฮสต์', archive: 'ย้ายไปโฟลเดอร์เก็บ' } satisfies Record<TakedownMode, string>,
    archiveFolder: 'โฟลเดอร์เก็บไฟล์ที่นำออก',
    archiveFolderPlaceholder: 'เช่น /archive',
    parallelConnections: 'จำนวนการเชื่อมต่อพร้อมกัน',
    parallelHint: '1–8 (โฮสต์ส่วนใหญ่รับได้ 2)',
    isDefault: 'ใช้เป็นโปรไฟล์หลักในการอัปโหลด'
  },

  test: {
    button: 'ทดสอบการเชื่อมต่อ',
    buttonLabel: (name: string) => `ทดสอบการเชื่อมต่อ ${name}`,
    running: 'กำลังทดสอบ…',
    region: 'ผลการทดสอบการเชื่อมต่อ',
    heading: (name: string) => `ผลการทดสอบโปรไฟล์ “${name}”`,
    passed: 'เชื่อมต่อสำเร็จ เขียนและลบไฟล์ทดสอบได้',
    partly: 'เชื่อมต่อได้ แต่เขียนหรือลบไฟล์ทดสอบไม่สำเร็จ',
    failed: 'เชื่อมต่อไม่สำเร็จ',
    trustNeeded: 'ใบรับรองของโฮสต์ยังไม่ได้รับการยืนยัน — ตรวจสอบรายละเอียดในหน้าต่างใบรับรอง',
    tlsVersion: 'รุ่น TLS',
    plain: 'ไม่เข้ารหัส',
    trustedBy: 'การเชื่อถือใบรับรอง',
    trustedByValue: { ca: 'ตรวจสอบกับผู้ออกใบรับรอง (CA) ผ่าน', pin: 'ตรงกับใบรับรองที่ปักหมุดไว้', none: 'ไม่เข้ารหัส' },
    greeting: 'ข้อความต้อนรับของเซิร์ฟเวอร์',
    write: 'เขียนไฟล์ทดสอบ',
    remove: 'ลบไฟล์ทดสอบ',
    yes: 'ได้',
    no: 'ไม่ได้',
    passwordNeeded: 'กด “แก้ไข” แล้วกรอกรหัสผ่าน FTP จากนั้นทดสอบอีกครั้ง'
  },

  cert: {
    title: 'ใบรับรองของโฮสต์',
    intro: (host: string) =>
      `โปรแกรมตรวจสอบใบรับรองความปลอดภัยของ ${host} ไม่ผ่าน จึงยังไม่ได้ส่งรหัสผ่าน โฮสต์แบบแชร์มักใช้ใบรับรองที่ออกให้ตัวเอง ให้สอบถามผู้ให้บริการโฮสต์ (ทางโทรศัพท์หรือหน้าควบคุมโฮสต์) ว่าลายนิ้วมือ SHA-256 ด้านล่างถูกต้องหรือไม่`,
    after: 'เมื่อเชื่อถือแล้ว โปรแกรมจะยอมรับเฉพาะใบรับรองนี้ ถ้าภายหลังโฮสต์แสดงใบรับรองอื่น โปรแกรมจะปฏิเสธการเชื่อมต่อและแจ้งให้ทราบ',
    subject: 'ออกให้',
    issuer: 'ผู้ออกใบรับรอง',
    selfSigned: '(ออกให้ตัวเอง)',
    validity: 'ใช้ได้',
    validityValue: (from: string, to: string) => `${from} ถึง ${to}`,
    names: 'ชื่อที่ใบรับรองครอบคลุม',
    fingerprint: 'ลายนิ้วมือ SHA-256',
    trust: 'เชื่อถือใบรับรองนี้',
    cancel: 'ยกเลิก',
    trusted: (name: string) => `เชื่อถือใบรับรองของโปรไฟล์ “${name}” แล้ว — กำลังทดสอบอีกครั้ง`
  }
}
