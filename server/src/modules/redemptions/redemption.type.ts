import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { InvitationStatus, SchoolRole } from '@school-invites/shared';
import { InvitationStatusEnum, SchoolRoleEnum } from '../../graphql/enums';
import { connectionTypes } from '../../graphql/pagination';
import { Group } from '../groups/group.type';
import { Membership } from '../memberships/membership.type';
import type { InvitationPreviewRow, RedemptionRow } from './redemption.repository';
import { CarrierType, WithParent } from '../../auth/declarations';

@ObjectType()
export class Redemption {
  @WithParent()
  @Field(() => ID)
  id: string;

  @WithParent()
  @Field(() => GraphQLDateTime)
  redeemedAt: Date;

  userId: string;
  schoolId: string;
}

export function toRedemption(row: RedemptionRow): Redemption {
  return { id: row.id, userId: row.user_id, schoolId: row.school_id, redeemedAt: row.redeemed_at };
}

export const { Edge: RedemptionEdge, Connection: RedemptionConnection } = connectionTypes(
  Redemption,
  'Redemption',
);
export type RedemptionConnection = InstanceType<typeof RedemptionConnection>;

@CarrierType()
@ObjectType()
export class RedeemResult {
  @Field(() => Membership)
  membership: Membership;

  @Field(() => Boolean, {
    description:
      'True when the viewer was already a member; no use of the invitation was consumed.',
  })
  alreadyMember: boolean;

  @Field(() => [Group], {
    description:
      "The groups this redemption added the viewer to: all of the invitation's for a new member, the missing ones for a member already (a use is then consumed, once per person).",
  })
  addedToGroups: Group[];
}

@ObjectType({
  description:
    'What the public invitation page shows. Needs no sign-in; reveals no code, link or member list.',
})
export class InvitationPreview {
  @WithParent()
  @Field(() => String)
  schoolName: string;

  @WithParent()
  @Field(() => String)
  schoolSlug: string;

  @WithParent()
  @Field(() => String, { nullable: true })
  schoolDescription: string | null;

  @WithParent()
  @Field(() => Int)
  memberCount: number;

  @WithParent()
  @Field(() => String)
  inviterName: string;

  @WithParent()
  @Field(() => SchoolRoleEnum)
  role: SchoolRole;

  @WithParent()
  @Field(() => String, { nullable: true })
  label: string | null;

  @WithParent()
  @Field(() => GraphQLDateTime, { nullable: true })
  expiresAt: Date | null;

  @WithParent()
  @Field(() => InvitationStatusEnum)
  status: InvitationStatus;

  @WithParent()
  @Field(() => Boolean, {
    description:
      'True when the signed-in viewer already belongs to the school; false when signed out.',
  })
  viewerIsMember: boolean;

  @WithParent()
  @Field(() => ID, {
    nullable: true,
    description: "The school's id, when the viewer already belongs to it.",
  })
  schoolId: string | null;

  @WithParent()
  @Field(() => [String], {
    description: 'Names of the groups a person joins through it (no member lists).',
  })
  groupNames: string[];

  @WithParent()
  @Field(() => Boolean, {
    description:
      'True while the school has paused all its invitations: joining answers INVITATION_PAUSED.',
  })
  invitationsPaused: boolean;

  @WithParent()
  @Field(() => Boolean, {
    description:
      'True when the school removed and blocked the signed-in viewer: joining answers INVITATION_NOT_ALLOWED.',
  })
  viewerIsBlocked: boolean;

  @WithParent()
  @Field(() => Boolean, {
    description:
      'True when joining needs a verified email in an allowed domain (the domains are not revealed).',
  })
  requiresVerifiedEmail: boolean;
}

export function toInvitationPreview(row: InvitationPreviewRow): InvitationPreview {
  return {
    schoolName: row.school_name,
    schoolSlug: row.school_slug,
    schoolDescription: row.school_description,
    memberCount: row.member_count,
    inviterName: row.inviter_name,
    role: row.role,
    label: row.label,
    expiresAt: row.expires_at,
    status: row.status,
    viewerIsMember: row.viewer_is_member,
    schoolId: row.viewer_is_member ? row.school_id : null,
    groupNames: row.group_names,
    invitationsPaused: row.invitations_paused,
    viewerIsBlocked: row.viewer_is_blocked,
    requiresVerifiedEmail: row.requires_verified_email,
  };
}
