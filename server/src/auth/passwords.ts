import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 hashes with argon2id unless told otherwise; these are OWASP's minimum parameters.

const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let decoy: Promise<string> | null = null;

/**
 * Spends the same work as a real check when no account has the email, so the time a failed
 * sign-in takes does not reveal whether the email is registered.
 */
export async function verifyDecoy(password: string): Promise<false> {
  decoy ??= hashPassword('decoy password that matches no account');
  await verifyPassword(await decoy, password);
  return false;
}
