import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { PageInfo } from '../../graphql/pagination';

@ObjectType({ description: 'Something that happened in a school: who did what to which object, and when.' })
export class AuditEvent {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'school.created, member.joined, invitation.created, invitation.revoked, invitation.replaced, invitation.redeemed' })
  action: string;

  @Field(() => String)
  targetType: string;

  @Field(() => ID, { nullable: true })
  targetId: string | null;

  @Field(() => GraphQLJSONObject)
  detail: Record<string, unknown>;

  @Field(() => GraphQLDateTime)
  createdAt: Date;

  actorId: string | null;
  schoolId: string;
}

@ObjectType()
export class AuditEventEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => AuditEvent)
  node: AuditEvent;
}

@ObjectType()
export class AuditEventConnection {
  @Field(() => [AuditEventEdge])
  edges: AuditEventEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}
