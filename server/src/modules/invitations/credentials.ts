import { randomBytes, randomInt } from 'node:crypto';
import { generateInviteCode } from '@school-invites/shared';

/** 18 random bytes: 144 bits, 24 base64url characters. */
export function newInvitationToken(): string {
  return randomBytes(18).toString('base64url');
}

export function newInvitationCode(): string {
  return generateInviteCode((max) => randomInt(max));
}

export function invitationLink(publicUrl: string, token: string): string {
  return `${publicUrl}/invite/${token}`;
}

/** A token from a pasted link (`…/invite/<token>?x#y`) or the token itself. */
export function tokenFromInput(input: string): string {
  const trimmed = input.trim();
  const match = /\/invite\/([^/?#\s]+)/.exec(trimmed);
  return match ? match[1]! : trimmed;
}
