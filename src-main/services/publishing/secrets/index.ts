/** Keeping FTP passwords: the SecretStore (Electron's safeStorage in the app, none under plain Node) and the session cache. */
export { unavailableSecretStore, type SecretStore } from './secret-store'
export { electronSecretStore, type SafeStorageAsync } from './electron-secret-store'
export { SessionPasswords } from './session-passwords'
