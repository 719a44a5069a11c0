import { RedemptionBatcher } from './redemption-batcher';
import type { RedeemOutcome } from './redemption.repository';

describe('RedemptionBatcher', () => {
  /** A writer whose writes finish only when the test says so, recording what each was given. */
  function controlledWriter() {
    const writes: { invitationId: string; userIds: string[]; finish: (error?: Error) => void }[] =
      [];
    const write = (invitationId: string, userIds: string[]) =>
      new Promise<RedeemOutcome[]>((resolve, reject) => {
        writes.push({
          invitationId,
          userIds,
          finish: (error) =>
            error
              ? reject(error)
              : resolve(userIds.map(() => ({ outcome: 'ALREADY_MEMBER' as const }))),
        });
      });
    return { writes, write };
  }
  const tick = () => new Promise((r) => setImmediate(r));

  it('writes the first person at once and those who arrive meanwhile together, in arrival order', async () => {
    const { writes, write } = controlledWriter();
    const batcher = new RedemptionBatcher(write);
    const first = batcher.redeem('inv', 'u1');
    expect(writes.map((w) => w.userIds)).toEqual([['u1']]);
    const rest = ['u2', 'u3', 'u4'].map((u) => batcher.redeem('inv', u));
    await tick();
    expect(writes).toHaveLength(1);
    writes[0]!.finish();
    await first;
    await tick();
    expect(writes.map((w) => w.userIds)).toEqual([['u1'], ['u2', 'u3', 'u4']]);
    writes[1]!.finish();
    expect(await Promise.all(rest)).toHaveLength(3);
  });

  it('keeps different invitations apart and caps a batch', async () => {
    const { writes, write } = controlledWriter();
    const batcher = new RedemptionBatcher(write, 2);
    void batcher.redeem('a', 'u1');
    void batcher.redeem('b', 'u1');
    const queued = ['u2', 'u3', 'u4'].map((u) => batcher.redeem('a', u));
    expect(writes.map((w) => [w.invitationId, w.userIds])).toEqual([
      ['a', ['u1']],
      ['b', ['u1']],
    ]);
    writes[0]!.finish();
    await tick();
    expect(writes[2]!.userIds).toEqual(['u2', 'u3']);
    writes[2]!.finish();
    await tick();
    expect(writes[3]!.userIds).toEqual(['u4']);
    writes[3]!.finish();
    await Promise.all(queued);
  });

  it('fails only the batch whose write failed, and goes on with the next', async () => {
    const { writes, write } = controlledWriter();
    const batcher = new RedemptionBatcher(write);
    const first = batcher.redeem('inv', 'u1');
    const second = batcher.redeem('inv', 'u2');
    writes[0]!.finish(new Error('connection lost'));
    await expect(first).rejects.toThrow('connection lost');
    await tick();
    writes[1]!.finish();
    await expect(second).resolves.toEqual({ outcome: 'ALREADY_MEMBER' });
    // With nothing under way, the next person is written at once again.
    void batcher.redeem('inv', 'u3');
    expect(writes.at(-1)!.userIds).toEqual(['u3']);
  });
});
