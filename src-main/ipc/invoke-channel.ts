/**
 * The one Electron IPC channel. Every contract channel travels inside it as an argument, so the
 * main process checks the sender in one handler (registerIpc) instead of one per channel.
 * The preload imports only the type, so its bundle stays free of this module.
 */
export const INVOKE_CHANNEL = 'publish-desk:invoke' as const
export type InvokeChannel = typeof INVOKE_CHANNEL
