import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { GroupKind } from '@school-invites/shared';
import type { GroupsOf, SchoolScoped } from '../../auth/guards';
import { WithParent } from '../../auth/declarations';
import { notFound } from '../../errors/app-error';
import { GroupKindEnum } from '../../graphql/enums';
import { connectionTypes } from '../../graphql/pagination';
import type { GroupLoaders, GroupRow } from './group.repository';

@ObjectType({
  description:
    'A class, section, club or staff group inside one school. Its members are members of the school.',
})
export class Group implements SchoolScoped {
  @WithParent()
  @Field(() => ID)
  id: string;

  @WithParent()
  @Field(() => String)
  name: string;

  @WithParent()
  @Field(() => GroupKindEnum)
  kind: GroupKind;

  @WithParent()
  @Field(() => String, { nullable: true })
  description: string | null;

  @WithParent()
  @Field(() => Int, {
    nullable: true,
    description:
      'Null means no cap. Joins through invitations stop at the cap with INVITATION_GROUP_FULL.',
  })
  capacity: number | null;

  @WithParent()
  @Field(() => GraphQLDateTime)
  createdAt: Date;

  @WithParent()
  @Field(() => GraphQLDateTime, { nullable: true })
  archivedAt: Date | null;

  schoolId: string;
  seq: string;
}

export function toGroup(row: GroupRow): Group {
  return Object.assign(new Group(), {
    id: row.id,
    seq: row.seq,
    schoolId: row.school_id,
    name: row.name,
    kind: row.kind,
    description: row.description,
    capacity: row.capacity,
    createdAt: row.created_at,
    archivedAt: row.archived_at,
  });
}

/** Groups a parent object points at (an invitation's, a member's): seen with their parent. */
export async function loadGroups(loaders: GroupLoaders, ids: readonly string[]): Promise<Group[]> {
  const rows = await loaders.group.loadMany([...ids]);
  return rows
    .map((row) => {
      if (row instanceof Error) throw row;
      if (!row) throw notFound('group');
      return toGroup(row);
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * On a School: the groups of it the viewer leads. Leading any lets a viewer list the school's
 * groups and invitations, then only theirs.
 */
export const groupsLedInSchool: GroupsOf = async ({ root, context }) => [
  ...(await context.access.groupsLed((root as { id: string }).id)),
];

export const { Edge: GroupEdge, Connection: GroupConnection } = connectionTypes(Group, 'Group');
export type GroupConnection = InstanceType<typeof GroupConnection>;
