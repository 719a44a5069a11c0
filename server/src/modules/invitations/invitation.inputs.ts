import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, Min } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { LIMITS, type InvitationStatus, type SchoolRole } from '@school-invites/shared';
import { InvitationStatusEnum, SchoolRoleEnum } from '../../graphql/enums';
import { PageArgs } from '../../graphql/pagination';
import { IsText } from '../../graphql/text.validator';

@InputType()
export class CreateInvitationInput {
  @Field(() => ID)
  schoolId: string;

  @Field(() => SchoolRoleEnum, {
    nullable: true,
    description:
      'Defaults to STUDENT. OWNER can never be granted; nobody can grant a role above their own.',
  })
  @IsOptional()
  role?: SchoolRole | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText({ max: LIMITS.invitationLabelMax, singleLine: true })
  label?: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Must be in the future.' })
  @IsOptional()
  expiresAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'At least 1; null means unlimited.' })
  @IsOptional()
  @Min(1, { message: 'must be at least 1 (leave it empty for unlimited)' })
  @Max(LIMITS.invitationMaxUsesMax, { message: `can be at most ${LIMITS.invitationMaxUsesMax}` })
  maxUses?: number | null;

  @Field(() => [ID], {
    nullable: true,
    defaultValue: [],
    description:
      'Groups of the school that joiners are added to. A group leader without INVITATIONS_CREATE may create STUDENT and GUARDIAN invitations into groups they lead.',
  })
  @IsOptional()
  @ArrayMaxSize(LIMITS.invitationGroupsMax, {
    message: `can name at most ${LIMITS.invitationGroupsMax} groups`,
  })
  groupIds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    defaultValue: [],
    description:
      "Further narrows the school's allowedEmailDomains; empty means the school's rule alone.",
  })
  @IsOptional()
  @ArrayMaxSize(LIMITS.emailDomainsMax, {
    message: `can name at most ${LIMITS.emailDomainsMax} domains`,
  })
  allowedEmailDomains?: string[] | null;
}

@ArgsType()
export class InvitationListArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText({ max: LIMITS.searchMax })
  search?: string | null;

  @Field(() => InvitationStatusEnum, { nullable: true })
  @IsOptional()
  status?: InvitationStatus | null;
}

@ArgsType()
export class SchoolInvitationListArgs extends InvitationListArgs {
  @Field(() => ID, { nullable: true, description: 'Only invitations that join this group.' })
  @IsOptional()
  groupId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only invitations made together by one createInvitationBatch.',
  })
  @IsOptional()
  batchId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only invitations this user created.' })
  @IsOptional()
  createdBy?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'Only invitations whose creator is no longer staff here (left, removed, or now below TEACHER): with status ACTIVE, the ones left over when staff leave.',
  })
  @IsOptional()
  createdByFormerStaff?: boolean | null;
}

@ArgsType()
export class RevokeInvitationsArgs {
  @Field(() => ID)
  schoolId: string;

  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'must name at least one invitation' })
  @ArrayMaxSize(LIMITS.pageSizeMax, {
    message: `can name at most ${LIMITS.pageSizeMax} invitations at once`,
  })
  ids: string[];
}
