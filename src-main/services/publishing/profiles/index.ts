/**
 * Host profiles: HostProfileService (list/get/save/remove/setDefault, trust, passwords, test) and
 * the conversion to the transfer layer's settings. For the upload queue:
 *   const password = await services.hostProfiles.resolvePassword(profileId, { prompt })
 *   const { profile, trust } = services.hostProfiles.transferSettings(profileId)
 * resolvePassword throws AppError code 'password-required' (Thai message) when no password is known.
 */
export { HostProfileService, type PasswordPrompt, type ResolvePasswordOptions, type TestOptions } from './host-profile-service'
export { toTransferSettings, type TransferSettings } from './transfer-settings'
