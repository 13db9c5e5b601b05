/**
 * Asking the server for the SHA-256 of a file it holds, where it offers a way: the HASH command
 * (draft-bryan-ftpext-hash, FEAT line `HASH SHA-1;SHA-256*;MD5`, selected with `OPTS HASH`; e.g.
 * FileZilla Server, IIS with extensions) or XSHA256 (ProFTPD's mod_digest, glFTPd). Many servers
 * offer neither (pure-ftpd, vsftpd): the upload is then verified by size alone, and the caller's
 * result says so.
 */
import type { Client } from 'basic-ftp'

export type HashCommand = 'HASH' | 'XSHA256'

/** The command to use from a FEAT map (keys upper-case, as basic-ftp's features() returns). */
export function hashCommandFrom(features: ReadonlyMap<string, string>): HashCommand | null {
  const hash = features.get('HASH')
  if (hash !== undefined && hash.split(';').some((a) => a.replace('*', '').trim().toUpperCase() === 'SHA-256')) return 'HASH'
  if (features.has('XSHA256')) return 'XSHA256'
  return null
}

/**
 * The hex digest in a reply: `213 SHA-256 0-1023 <hex> <path>` (HASH) or `250 <hex>` (XSHA256).
 * The path may itself contain hex, so the digest is the first 64-digit hex word.
 */
export function parseHashReply(message: string): string | null {
  const found = /(?:^|\s)([0-9a-fA-F]{64})(?=\s|$)/.exec(message)
  return found?.[1] ? found[1].toLowerCase() : null
}

const chosen = new WeakMap<Client, HashCommand | null>()

/** Decided once per connection: FEAT, and for HASH the algorithm selection. */
async function commandFor(client: Client): Promise<HashCommand | null> {
  if (chosen.has(client)) return chosen.get(client) ?? null
  const features = await client.features()
  let command = hashCommandFrom(features)
  if (command === 'HASH') {
    const selected = await client.sendIgnoringError('OPTS HASH SHA-256')
    if (selected.code >= 300) command = features.has('XSHA256') ? 'XSHA256' : null
  }
  chosen.set(client, command)
  return command
}

/** SHA-256 (lower-case hex) of a remote file, or null when the server cannot tell. */
export async function remoteSha256(client: Client, remotePath: string): Promise<string | null> {
  const command = await commandFor(client)
  if (command === null) return null
  const reply = await client.sendIgnoringError(`${command} ${remotePath}`)
  return reply.code < 300 ? parseHashReply(reply.message) : null
}
