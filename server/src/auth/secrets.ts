import { createHash, randomBytes } from 'node:crypto';

/** A random credential of `bytes` bytes (≥ 16, so ≥ 128 bits), base64url, behind a readable prefix. */
export function newSecret(prefix: string, bytes = 32): string {
  return `${prefix}${randomBytes(bytes).toString('base64url')}`;
}

/** Credentials are stored only as this digest; a database leak reveals no usable token. */
export function sha256(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}
