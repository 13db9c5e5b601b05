/**
 * Passwords held in this process's memory only, per host profile, until the program ends (or the
 * profile's host, user or password changes). Never written anywhere. What the CLI and `npm run
 * web` use instead of a stored secret, and where a password typed at a prompt is kept so one
 * upload run does not ask for it per file.
 */
export class SessionPasswords {
  private readonly passwords = new Map<number, string>()

  get(profileId: number): string | undefined {
    return this.passwords.get(profileId)
  }

  has(profileId: number): boolean {
    return this.passwords.has(profileId)
  }

  set(profileId: number, password: string): void {
    this.passwords.set(profileId, password)
  }

  forget(profileId: number): void {
    this.passwords.delete(profileId)
  }

  clear(): void {
    this.passwords.clear()
  }
}
