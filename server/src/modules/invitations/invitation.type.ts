import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { InvitationStatus, SchoolRole } from '@school-invites/shared';
import { RequirePermissionOrLeading, type GroupsOf, type SchoolScoped } from '../../auth/guards';
import { CarrierType, WithParent } from '../../auth/declarations';
import type { Page } from '../../database/pages';
import { InvitationStatusEnum, SchoolRoleEnum } from '../../graphql/enums';
import { PageInfo, toConnection } from '../../graphql/pagination';
import type { UserLoaders } from '../users/user.repository';
import { toUser, type User } from '../users/user.type';
import type { InvitationRow, InvitationWithCreator } from './invitation.repository';

/** A leader of every group an invitation joins sees it as INVITATIONS_VIEW would. */
export const groupsOfThisInvitation: GroupsOf = ({ root, context }) =>
  context.loaders.invitationGroupIds.load((root as Invitation).id);

@ObjectType()
export class Invitation implements SchoolScoped {
  @WithParent()
  @Field(() => ID)
  id: string;

  @WithParent()
  @Field(() => SchoolRoleEnum, {
    description: 'The role a person gets on joining through this invitation.',
  })
  role: SchoolRole;

  @WithParent()
  @Field(() => String, {
    nullable: true,
    description: 'Free text naming where this invitation is distributed (a channel, a class).',
  })
  label: string | null;

  @WithParent()
  @Field(() => GraphQLDateTime)
  createdAt: Date;

  @WithParent()
  @Field(() => GraphQLDateTime, { nullable: true })
  expiresAt: Date | null;

  @WithParent()
  @Field(() => Int, { nullable: true, description: 'Null means unlimited.' })
  maxUses: number | null;

  @WithParent()
  @Field(() => Int)
  useCount: number;

  @WithParent()
  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When someone last joined through it.',
  })
  lastUsedAt: Date | null;

  @WithParent()
  @Field(() => InvitationStatusEnum)
  status: InvitationStatus;

  @WithParent()
  @Field(() => GraphQLDateTime, { nullable: true })
  revokedAt: Date | null;

  @WithParent()
  @Field(() => ID, {
    nullable: true,
    description:
      'Set for invitations made together by createInvitationBatch: the same for all of them.',
  })
  batchId: string | null;

  /**
   * A getter rather than a field resolver: graphql-js reads it as a property, with its guard in
   * front (see applyGuards), which costs a page of rows far less than a resolver call each.
   */
  @Field(() => String, {
    nullable: true,
    description:
      'Canonical form: letters and digits only, no separators (clients group it for display); contains at least one letter and one digit; unique. Requires INVITATIONS_VIEW.',
  })
  @RequirePermissionOrLeading('INVITATIONS_VIEW', groupsOfThisInvitation)
  get code(): string {
    return this.secretCode;
  }

  // Behind guards or loaders, never exposed directly:
  schoolId: string;
  seq: string;
  secretToken: string;
  secretCode: string;
  createdById: string;
  revokedById: string | null;
  replacesId: string | null;
  allowedEmailDomains: string[];
  /** Set when the statement that read the invitation read its creator too (a page does). */
  creator?: User;
}

/** Assigned one by one onto a fresh instance: pages build many, and a spread literal costs more. */
export function toInvitation(row: InvitationRow): Invitation {
  const invitation = new Invitation();
  invitation.id = row.id;
  invitation.seq = row.seq;
  invitation.role = row.role;
  invitation.label = row.label;
  invitation.createdAt = row.created_at;
  invitation.expiresAt = row.expires_at;
  invitation.maxUses = row.max_uses;
  invitation.useCount = row.use_count;
  invitation.lastUsedAt = row.last_used_at;
  invitation.status = row.status;
  invitation.revokedAt = row.revoked_at;
  invitation.schoolId = row.school_id;
  invitation.secretToken = row.token;
  invitation.secretCode = row.code;
  invitation.createdById = row.created_by;
  invitation.revokedById = row.revoked_by;
  invitation.replacesId = row.replaces_id;
  invitation.batchId = row.batch_id;
  invitation.allowedEmailDomains = row.allowed_email_domains;
  return invitation;
}

@CarrierType()
@ObjectType()
export class InvitationEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => Invitation)
  node: Invitation;
}

@CarrierType()
@ObjectType()
export class InvitationConnection {
  @Field(() => [InvitationEdge])
  edges: InvitationEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  /** Counted only when a client asks for it. */
  count: () => Promise<number>;

  @Field(() => Int)
  totalCount(): Promise<number> {
    return this.count();
  }
}

/** An invitation of a page, with the creator its statement read. */
function toInvitationWithCreator(row: InvitationWithCreator): Invitation {
  const invitation = toInvitation(row);
  invitation.creator = toUser(row.creator);
  return invitation;
}

/** A page of a school's invitations; its total is counted only if a client asks for it. */
export function toInvitationConnection(
  page: Page<InvitationWithCreator> & { count(): Promise<number> },
  users: UserLoaders,
): InvitationConnection {
  // The creators the page's statement read also answer other fields about the same people
  // (who revoked an invitation is often who made it) without a statement of their own.
  for (const { creator } of page.rows) users.user.prime(creator.id, creator);
  return Object.assign(
    new InvitationConnection(),
    toConnection('i', page, toInvitationWithCreator),
    { count: () => page.count() },
  );
}
