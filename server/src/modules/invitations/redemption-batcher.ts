import type { SchoolRole } from '@school-invites/shared';

/** What redeem_invitation() says happened to one person. */
export type RedeemOutcome =
  | { outcome: 'JOINED'; membershipId: string; membershipSeq: string; schoolId: string; role: SchoolRole; joinedAt: Date }
  | { outcome: 'ALREADY_MEMBER' | 'NOT_REDEEMABLE' };

/** Writes the redemptions of one invitation for several people at once, one outcome per person, in order. */
export type WriteRedemptions = (invitationId: string, userIds: string[]) => Promise<RedeemOutcome[]>;

interface Waiting {
  userId: string;
  resolve: (outcome: RedeemOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * When a class joins through one code at once, their redemptions all need the same invitation's
 * row. Instead of each waiting for that row's lock and a commit of its own, the people who arrive
 * while a write for the invitation is under way are written together in the next one. The first
 * person is written at once, so nobody waits when there is no crowd; each invitation has at
 * most one write under way per server.
 */
export class RedemptionBatcher {
  private readonly waiting = new Map<string, Waiting[]>();

  constructor(
    private readonly write: WriteRedemptions,
    private readonly maxBatch = 200,
  ) {}

  redeem(invitationId: string, userId: string): Promise<RedeemOutcome> {
    return new Promise((resolve, reject) => {
      const queue = this.waiting.get(invitationId);
      if (queue) {
        queue.push({ userId, resolve, reject });
        return;
      }
      this.waiting.set(invitationId, [{ userId, resolve, reject }]);
      void this.drain(invitationId);
    });
  }

  private async drain(invitationId: string) {
    const queue = this.waiting.get(invitationId)!;
    while (queue.length > 0) {
      const batch = queue.splice(0, this.maxBatch);
      try {
        const outcomes = await this.write(invitationId, batch.map((entry) => entry.userId));
        batch.forEach((entry, i) => entry.resolve(outcomes[i]!));
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    this.waiting.delete(invitationId);
  }
}
