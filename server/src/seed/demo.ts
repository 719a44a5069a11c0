import 'reflect-metadata';
import type { SchoolRole } from '@school-invites/shared';
import type { SchoolAccess } from '../auth/access';
import { loadConfig } from '../config';
import { openDatabase } from '../database/database';
import { requestScope } from '../graphql/context';
import type { Loaders } from '../graphql/loaders';
import { createLogger } from '../logger';
import { createServices, type Services } from '../services';

const SLUG = 'demo-academy';
const PASSWORD = 'demo-password-2026';
const OWNER_EMAIL = 'owner@demo-academy.example';

const LABELS = [
  'Parents newsletter',
  'Year 7 classroom',
  'Year 8 classroom',
  'Staff room',
  'School website',
  'Open day flyer',
  'Science club',
  'PTA meeting',
  'Sports team',
  'Music lessons',
];
const FIRST = [
  'Amira',
  'Ben',
  'Chloé',
  'Dev',
  'Elif',
  'Finn',
  'Grace',
  'Hugo',
  'Isla',
  'Jonas',
  'Kai',
  'Lena',
  'Maya',
  'Noah',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sami',
  'Tess',
];
const LAST = [
  'Okafor',
  'Novak',
  'Martin',
  'Patel',
  'Yilmaz',
  'Murphy',
  'Hughes',
  'Dubois',
  'Campbell',
  'Berg',
];

async function signUp(services: Services, name: string, email: string) {
  const { token } = await services.auth.signUp({ name, email, password: PASSWORD }, 'seed');
  const viewer = (await services.auth.authenticate(token))!;
  return { viewer, ...requestScope(services, viewer) };
}

/**
 * `pnpm seed:demo`: a demo school to explore, with an owner whose credentials it prints, a few
 * admins and teachers, many students, and 60 invitations in every status. Run it again and it
 * only prints the credentials.
 */
async function seed() {
  const config = loadConfig();
  const logger = createLogger('warn');
  const database = await openDatabase(config, logger);
  const services = createServices(
    database.dataSource,
    { ...config, rateLimits: { ...config.rateLimits, enabled: false } },
    logger,
  );
  try {
    if (!(await services.repositories.schools.findBySlug(SLUG))) {
      const owner = await signUp(services, 'Olivia Owner', OWNER_EMAIL);
      const school = await services.schools.create(owner.access, {
        name: 'Demo Academy',
        slug: SLUG,
        description: 'A school to try school-invites with.',
      });
      const staff: { access: SchoolAccess; loaders: Loaders; role: SchoolRole }[] = [
        { ...owner, role: 'OWNER' },
      ];
      for (const [i, role] of (
        ['ADMIN', 'ADMIN', 'TEACHER', 'TEACHER', 'TEACHER'] as SchoolRole[]
      ).entries()) {
        const person = await signUp(
          services,
          `${FIRST[i + 10]} ${LAST[i]}`,
          `${role.toLowerCase()}${i}@demo-academy.example`,
        );
        await services.repositories.memberships.insert({
          schoolId: school.id,
          userId: person.viewer.userId,
          role,
        });
        staff.push({ ...person, role });
      }
      const creators = staff.filter((s) => s.role === 'OWNER' || s.role === 'ADMIN');
      let pupil = 0;
      for (let i = 0; i < 60; i++) {
        const creator = creators[i % creators.length]!;
        const kind = i % 6; // 0,1 active; 2 revoked; 3 used up; 4 expired; 5 active with a limit
        const invitation = await services.invitations.create(creator.access, {
          schoolId: school.id,
          role: i % 10 === 9 ? 'TEACHER' : 'STUDENT',
          label: LABELS[i % LABELS.length]!,
          maxUses: kind === 3 ? 2 : kind === 5 ? 30 : null,
          expiresAt:
            kind === 4
              ? new Date(Date.now() + 1500)
              : i % 4 === 0
                ? new Date(Date.now() + (i + 1) * 86_400_000)
                : null,
        });
        const joins = kind === 3 ? 2 : kind === 4 ? 0 : i % 3;
        for (let j = 0; j < joins; j++) {
          pupil++;
          const person = await signUp(
            services,
            `${FIRST[pupil % FIRST.length]} ${LAST[(pupil * 7) % LAST.length]}`,
            `pupil${pupil}@demo-academy.example`,
          );
          await services.redemptions.redeem(person.access, 'seed', { token: invitation.token });
        }
        if (kind === 2)
          await services.invitations.revoke(creator.access, creator.loaders, invitation.id);
      }
      // The few created to expire are given a moment to do so.
      await new Promise((resolve) => setTimeout(resolve, 1600));
    }
    console.log(`Demo Academy is ready at ${config.publicUrl}/schools/${SLUG}/settings/invites`);
    console.log(`Sign in as ${OWNER_EMAIL} with the password ${PASSWORD}`);
  } finally {
    await database.close();
  }
}

seed().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
