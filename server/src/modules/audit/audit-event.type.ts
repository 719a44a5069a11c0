import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { connectionTypes } from '../../graphql/pagination';
import type { AuditEventRow } from './audit.repository';
import { WithParent } from '../../auth/declarations';

@ObjectType({
  description: 'Something that happened in a school: who did what to which object, and when.',
})
export class AuditEvent {
  @WithParent()
  @Field(() => ID)
  id: string;

  @WithParent()
  @Field(() => String, {
    description:
      'school.created, member.joined, invitation.created, invitation.revoked, invitation.replaced, invitation.redeemed',
  })
  action: string;

  @WithParent()
  @Field(() => String)
  targetType: string;

  @WithParent()
  @Field(() => ID, { nullable: true })
  targetId: string | null;

  @WithParent()
  @Field(() => GraphQLJSONObject)
  detail: Record<string, unknown>;

  @WithParent()
  @Field(() => GraphQLDateTime)
  createdAt: Date;

  actorId: string | null;
  schoolId: string;
}

export function toAuditEvent(row: AuditEventRow): AuditEvent {
  return {
    id: row.id,
    schoolId: row.school_id,
    actorId: row.actor_id,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    detail: row.detail,
    createdAt: row.created_at,
  };
}

export const { Edge: AuditEventEdge, Connection: AuditEventConnection } = connectionTypes(
  AuditEvent,
  'AuditEvent',
);
export type AuditEventConnection = InstanceType<typeof AuditEventConnection>;
