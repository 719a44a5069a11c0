import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { SchoolRole } from '@school-invites/shared';
import type { SchoolScoped } from '../../auth/guards';
import { WithParent } from '../../auth/declarations';
import { SchoolRoleEnum } from '../../graphql/enums';
import { connectionTypes } from '../../graphql/pagination';
import type { MembershipEntity } from './membership.entity';

@ObjectType()
export class Membership implements SchoolScoped {
  @WithParent()
  @Field(() => ID, { description: 'Added to the contract: lets clients cache and link members.' })
  id: string;

  @WithParent()
  @Field(() => SchoolRoleEnum)
  role: SchoolRole;

  @WithParent()
  @Field(() => GraphQLDateTime)
  joinedAt: Date;

  schoolId: string;
  userId: string;
  invitationId: string | null;
}

export function toMembership(entity: MembershipEntity): Membership {
  return Object.assign(new Membership(), {
    id: entity.id,
    role: entity.role,
    joinedAt: entity.joinedAt,
    schoolId: entity.schoolId,
    userId: entity.userId,
    invitationId: entity.invitationId,
  });
}

export const { Edge: MembershipEdge, Connection: MembershipConnection } = connectionTypes(
  Membership,
  'Membership',
);
export type MembershipConnection = InstanceType<typeof MembershipConnection>;
