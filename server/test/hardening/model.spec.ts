import fc from 'fast-check';
import type { InvitationStatus } from '@school-invites/shared';
import { codes, testConfig, useTestApp, type TestApp } from '../harness';
import type { SeedSchool, SeedUser } from '../seed';
import { OPERATIONS } from '../operations';

interface ModelInvitation {
  id: string;
  code: string;
  maxUses: number | null;
  useCount: number;
  revoked: boolean;
}

interface Model {
  invitations: ModelInvitation[];
  members: Set<string>;
}

interface Real {
  app: TestApp;
  school: SeedSchool;
  people: SeedUser[];
}

const statusOf = (i: ModelInvitation): InvitationStatus =>
  i.revoked ? 'REVOKED' : i.maxUses !== null && i.useCount >= i.maxUses ? 'USED_UP' : 'ACTIVE';

/** After every step, the API's view of every invitation equals the model's. */
async function agree(model: Model, real: Real) {
  const result = await real.app.gql(
    `query($s: ID!) { school(id: $s) { memberCount invitations(first: 100) { edges { node { id status useCount } } } } }`,
    { s: real.school.id },
    { token: real.school.owner.token },
  );
  const seen = Object.fromEntries(
    result.data!.school.invitations.edges.map((e: any) => [e.node.id, e.node]),
  );
  for (const invitation of model.invitations) {
    expect(seen[invitation.id]).toEqual({
      id: invitation.id,
      status: statusOf(invitation),
      useCount: invitation.useCount,
    });
  }
  expect(result.data!.school.memberCount).toBe(model.members.size + 1);
}

class Create implements fc.AsyncCommand<Model, Real> {
  constructor(readonly maxUses: number | null) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const r = await real.app.gql(
      `mutation($s: ID!, $m: Int) { createInvitation(input: { schoolId: $s, maxUses: $m }) { id code } }`,
      { s: real.school.id, m: this.maxUses },
      { token: real.school.owner.token },
    );
    model.invitations.push({
      ...r.data!.createInvitation,
      maxUses: this.maxUses,
      useCount: 0,
      revoked: false,
    });
    await agree(model, real);
  }
  toString = () => `create(maxUses=${this.maxUses})`;
}

class Revoke implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number) {}
  check = (model: Readonly<Model>) => model.invitations.length > 0;
  async run(model: Model, real: Real) {
    const target = model.invitations[this.pick % model.invitations.length]!;
    const r = await real.app.gql(
      `mutation($id: ID!) { revokeInvitation(id: $id) { status } }`,
      { id: target.id },
      { token: real.school.owner.token },
    );
    expect(r.data!.revokeInvitation.status).toBe('REVOKED');
    target.revoked = true;
    await agree(model, real);
  }
  toString = () => `revoke(#${this.pick})`;
}

class Redeem implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly pick: number,
    readonly person: number,
  ) {}
  check = (model: Readonly<Model>) => model.invitations.length > 0;
  async run(model: Model, real: Real) {
    const target = model.invitations[this.pick % model.invitations.length]!;
    const person = real.people[this.person % real.people.length]!;
    const r = await real.app
      .as(person)
      .query(OPERATIONS.redeemByCode, { c: target.code.toLowerCase() });
    if (model.members.has(person.id)) {
      expect(r.data!.redeemInvitation.alreadyMember).toBe(true);
    } else if (target.revoked) {
      expect(codes(r)).toEqual(['INVITATION_REVOKED']);
    } else if (statusOf(target) === 'USED_UP') {
      expect(codes(r)).toEqual(['INVITATION_USED_UP']);
    } else {
      expect(r.data!.redeemInvitation.alreadyMember).toBe(false);
      target.useCount++;
      model.members.add(person.id);
    }
    await agree(model, real);
  }
  toString = () => `redeem(#${this.pick} by person ${this.person})`;
}

describe('model-based: random create / revoke / redeem sequences agree with a simple model', () => {
  const app = useTestApp({ rateLimits: { ...testConfig().rateLimits, enabled: false } });

  it('keeps status and use count equal to the model after every step', async () => {
    const commands = [
      fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }).map((m) => new Create(m)),
      fc.nat(20).map((p) => new Revoke(p)),
      fc.tuple(fc.nat(20), fc.nat(7)).map(([p, u]) => new Redeem(p, u)),
    ];
    let steps = 0;
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 25 }), async (cmds) => {
        const school = await app.seed.school();
        const people = await app.seed.users(8);
        steps += [...cmds].length;
        await fc.asyncModelRun(
          () => ({
            model: { invitations: [], members: new Set<string>() },
            real: { app, school, people },
          }),
          cmds,
        );
      }),
      { numRuns: 100, seed: 7 },
    );
    console.log(`model-based: ${steps} steps in 100 sequences`);
  }, 180_000);
});
