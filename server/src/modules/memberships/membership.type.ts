import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { SchoolRole } from '@school-invites/shared';
import type { SchoolScoped } from '../../auth/guards';
import { SchoolRoleEnum } from '../../graphql/enums';
import { PageInfo } from '../../graphql/pagination';
import type { MembershipEntity } from './membership.entity';

@ObjectType()
export class Membership implements SchoolScoped {
  @Field(() => ID, { description: 'Added to the contract: lets clients cache and link members.' })
  id: string;

  @Field(() => SchoolRoleEnum)
  role: SchoolRole;

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

@ObjectType()
export class MembershipEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => Membership)
  node: Membership;
}

@ObjectType()
export class MembershipConnection {
  @Field(() => [MembershipEdge])
  edges: MembershipEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}
