import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { SchoolScoped } from '../../auth/guards';
import { CarrierType, WithParent } from '../../auth/declarations';
import { connectionTypes } from '../../graphql/pagination';
import type { SchoolBlockRow } from './membership.repository';

@ObjectType({
  description:
    'Someone a school removed with block: true; they cannot join through any of its invitations.',
})
export class SchoolBlock implements SchoolScoped {
  @WithParent()
  @Field(() => GraphQLDateTime)
  blockedAt: Date;

  @WithParent()
  @Field(() => String, { nullable: true })
  reason: string | null;

  schoolId: string;
  userId: string;
  blockedById: string | null;
}

export function toSchoolBlock(schoolId: string) {
  return (row: SchoolBlockRow): SchoolBlock =>
    Object.assign(new SchoolBlock(), {
      schoolId,
      userId: row.user_id,
      blockedById: row.blocked_by,
      blockedAt: row.blocked_at,
      reason: row.reason,
    });
}

export const { Edge: SchoolBlockEdge, Connection: SchoolBlockConnection } = connectionTypes(
  SchoolBlock,
  'SchoolBlock',
);
export type SchoolBlockConnection = InstanceType<typeof SchoolBlockConnection>;

@CarrierType()
@ObjectType()
export class RemoveMembersResult {
  @Field(() => Int)
  removed: number;

  @Field(() => Int)
  blocked: number;
}
