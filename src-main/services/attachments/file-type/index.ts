/**
 * Which files may be attached, checked by CONTENT (magic bytes) as well as by name.
 *
 * The office's announcement allows .pdf .xls .xlsx .doc .docx .jpg (.jpeg counts as .jpg) .zip
 * .rar. A file whose name says one thing and whose bytes say another (a PNG renamed .pdf, a
 * program renamed .doc) is refused with a Thai message that names the file, says what is wrong
 * and what to do. Everything here is a pure function over the bytes: no I/O, no dependencies.
 *
 * The parts: kinds.ts and families.ts (the tables), bytes.ts (reading and magic numbers),
 * sniff.ts with ole.ts, zip.ts and plain-text.ts (what the bytes are), messages.ts (every Thai
 * string), advice.ts and verdict.ts (the check). This file is the public face: import from here.
 */
export { TH } from './messages'
export { ACCEPTED_CONTENT, ALLOWED_EXTENSIONS, EXTENSION_TO_KIND, type AllowedExtension, type AllowedKind, type DetectedType } from './kinds'
export { sniffContent } from './sniff'
export {
  checkAttachment,
  checkSize,
  displayName,
  extensionOf,
  isAllowedExtension,
  type AttachmentVerdict,
  type CheckOptions,
  type RefusalCode
} from './verdict'
