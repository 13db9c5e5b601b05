/** The Thai text the CLI itself prints (command descriptions live with their commands). */

export const CLI_NAME = 'publish-desk'

export const TH = {
  errorPrefix: 'ข้อผิดพลาด:',
  warningPrefix: 'หมายเหตุ:',
  programDescription:
    'โต๊ะงานเผยแพร่ข้อมูล (Publish Desk) ฉบับบรรทัดคำสั่ง — ทะเบียนคำขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน ใช้ข้อมูลชุดเดียวกับโปรแกรม',
  dataDirOption: 'โฟลเดอร์ข้อมูล (ถ้าไม่ระบุ ใช้ตัวแปร PUBLISH_DESK_DATA_DIR หรือโฟลเดอร์ข้อมูลของโปรแกรมในเครื่อง)',
  jsonOption: 'แสดงผลเป็น JSON สำหรับโปรแกรมอื่นหรือสคริปต์',
  helpOption: 'แสดงวิธีใช้',
  helpCommand: 'แสดงวิธีใช้ของคำสั่ง',
  versionOption: 'แสดงรุ่นของโปรแกรม',

  /** Commander's help headings. */
  helpTitles: {
    'Usage:': 'วิธีใช้:',
    'Arguments:': 'ค่าที่ต้องระบุ:',
    'Options:': 'ตัวเลือก:',
    'Global Options:': 'ตัวเลือกทั่วไป:',
    'Commands:': 'คำสั่ง:'
  } as Record<string, string>,

  seeHelp: (commandPath: string) => `ดูวิธีใช้ด้วย: ${commandPath} --help`,
  unknownOption: (flag: string, suggestion: string | undefined) =>
    `ไม่รู้จักตัวเลือก ${flag}${suggestion ? ` (หมายถึง ${suggestion} หรือไม่)` : ''}`,
  unknownCommand: (name: string, suggestion: string | undefined) =>
    `ไม่รู้จักคำสั่ง “${name}”${suggestion ? ` (หมายถึง ${suggestion} หรือไม่)` : ''}`,
  missingArgument: (name: string) => `ยังไม่ได้ระบุ${ARGUMENT_NAMES[name] ?? ` ${name}`}`,
  optionMissingValue: (flags: string) => `ตัวเลือก ${flags} ต้องมีค่าตามหลัง`,
  missingMandatoryOption: (flags: string) => `ต้องระบุตัวเลือก ${flags}`,
  excessArguments: (expected: number, got: number) => `ระบุค่ามาเกิน: คำสั่งนี้รับ ${expected} ค่า แต่ได้ ${got} ค่า (ข้อความที่มีช่องว่างต้องใส่ในเครื่องหมายคำพูด)`,
  invalidValue: (value: string, where: string, reason: string) => `ค่า “${value}” ของ ${where} ไม่ถูกต้อง: ${reason}`,
  missingSubcommand: 'ยังไม่ได้ระบุคำสั่งย่อย',
  usageError: (message: string) => `ใช้คำสั่งไม่ถูกต้อง (${message})`,

  internalError: (detail: string) =>
    `เกิดข้อผิดพลาดภายในโปรแกรม ข้อมูลไม่ได้ถูกบันทึก — กรุณาลองอีกครั้ง หากยังพบปัญหาให้แจ้งผู้ดูแลพร้อมข้อความนี้ (${detail})`,

  noRegister: (dataDir: string) =>
    `ยังไม่มีทะเบียนในโฟลเดอร์ข้อมูล ${dataDir} — ถ้าใช้งานครั้งแรก ให้ตั้งค่าหน่วยงานด้วย “${CLI_NAME} office set …” แล้วเพิ่มบุคลากรด้วย “${CLI_NAME} person add …”; ถ้าข้อมูลอยู่ที่อื่น ให้ระบุ --data-dir`,
  setupNeeded: (missingOffice: boolean, missingPeople: boolean, dataDir: string) => {
    const steps = [
      ...(missingOffice ? [`ตั้งค่าหน่วยงานด้วย “${CLI_NAME} office set --name … --short-name … --district … --province … --book-prefix … --unit-line …”`] : []),
      ...(missingPeople ? [`เพิ่มบุคลากรอย่างน้อย ๑ คนด้วย “${CLI_NAME} person add --name … --position … --role …”`] : [])
    ]
    return `ยังตั้งค่าหน่วยงานไม่ครบ (โฟลเดอร์ข้อมูล ${dataDir}) — กรุณา${steps.join(' แล้ว')}`
  }
} as const

/** Thai names of positional arguments, for "missing argument" messages. */
const ARGUMENT_NAMES: Record<string, string> = {
  id: 'เลขที่คำขอ',
  file: 'ไฟล์สำรองข้อมูล'
}
