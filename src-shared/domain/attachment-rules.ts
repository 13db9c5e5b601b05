/**
 * The office's rule on files (announcement 2.7): the types it publishes. One list for the check in
 * main, the file picker's `accept`, and every message that names the types.
 */
export const ALLOWED_EXTENSIONS = ['.pdf', '.xls', '.xlsx', '.doc', '.docx', '.jpg', '.jpeg', '.zip', '.rar'] as const
export type AllowedExtension = (typeof ALLOWED_EXTENSIONS)[number]

/** As people read it: .jpeg is a kind of .jpg, so it is not listed on its own. */
export const ALLOWED_LIST_TEXT = ALLOWED_EXTENSIONS.filter((e) => e !== '.jpeg').join(' ')

/** Default size limit of one file, MB (the office can change it). */
export const DEFAULT_MAX_ATTACHMENT_MB = 4
