import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { connectionTypes } from '../../graphql/pagination';

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

export const { Edge: AuditEventEdge, Connection: AuditEventConnection } = connectionTypes(AuditEvent, 'AuditEvent');
export type AuditEventConnection = InstanceType<typeof AuditEventConnection>;
