/**
 * An FTP password entered on the request page: kept by the main process for this session only
 * (hostProfiles:setPassword with sessionOnly), never stored. Used when an upload or take-down is
 * refused with 'password-required' (no stored password, or `npm run web` where none can be stored).
 */
import type { AppErrorShape } from '@shared/result'
import { invoke } from '../../lib/api'
import { PUBLISH_TEXT as T } from './text'

export async function keepForSession(profileId: number, password: string): Promise<AppErrorShape | null> {
  if (password === '') return { code: 'invalid-input', message: T.passwordEmpty, fields: { password: T.passwordEmpty } }
  const result = await invoke('hostProfiles:setPassword', { id: profileId, password, sessionOnly: true })
  return result.ok ? null : { ...result.error, fields: { password: result.error.message, ...result.error.fields } }
}
