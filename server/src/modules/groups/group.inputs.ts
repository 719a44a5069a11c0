import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, Min } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { LIMITS, type GroupKind, type SchoolRole } from '@school-invites/shared';
import { GroupKindEnum, SchoolRoleEnum } from '../../graphql/enums';
import { PageArgs } from '../../graphql/pagination';
import { IsText } from '../../graphql/text.validator';

@InputType()
export class CreateGroupInput {
  @Field(() => ID)
  schoolId: string;

  @Field(() => String)
  @IsText({ max: LIMITS.groupNameMax, singleLine: true, required: true })
  name: string;

  @Field(() => GroupKindEnum, { nullable: true, defaultValue: 'CLASS' })
  @IsOptional()
  kind?: GroupKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText({ max: LIMITS.groupDescriptionMax })
  description?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, { message: 'must be at least 1 (leave it empty for no cap)' })
  @Max(LIMITS.groupCapacityMax, { message: `can be at most ${LIMITS.groupCapacityMax}` })
  capacity?: number | null;

  @Field(() => [ID], {
    nullable: true,
    defaultValue: [],
    description: 'Members (TEACHER or above) who lead it.',
  })
  @IsOptional()
  @ArrayMaxSize(LIMITS.groupLeadersMax, {
    message: `can name at most ${LIMITS.groupLeadersMax} leaders`,
  })
  leaderIds?: string[] | null;
}

@InputType({
  description:
    'One invitation per group (for example every class at the start of a term), or perGroup single-use invitations per group (one per student, for printed slips).',
})
export class CreateInvitationBatchInput {
  @Field(() => ID)
  schoolId: string;

  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'must name at least one group' })
  @ArrayMaxSize(LIMITS.invitationBatchMax, {
    message: `can name at most ${LIMITS.invitationBatchMax} groups`,
  })
  groupIds: string[];

  @Field(() => Int, {
    nullable: true,
    defaultValue: 1,
    description: 'How many invitations per group; when above 1 each is single-use.',
  })
  @IsOptional()
  @Min(1, { message: 'must be at least 1' })
  @Max(LIMITS.invitationBatchPerGroupMax, {
    message: `can be at most ${LIMITS.invitationBatchPerGroupMax}`,
  })
  perGroup?: number | null;

  @Field(() => SchoolRoleEnum, { nullable: true })
  @IsOptional()
  role?: SchoolRole | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @IsOptional()
  expiresAt?: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Per invitation, when perGroup is 1. Ignored (1) when perGroup is above 1.',
  })
  @IsOptional()
  @Min(1, { message: 'must be at least 1 (leave it empty for unlimited)' })
  @Max(LIMITS.invitationMaxUsesMax, { message: `can be at most ${LIMITS.invitationMaxUsesMax}` })
  maxUses?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText({ max: LIMITS.invitationLabelMax, singleLine: true })
  label?: string | null;
}

@ArgsType()
export class GroupListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Part of a group's name." })
  @IsOptional()
  @IsText({ max: LIMITS.searchMax })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  includeArchived?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Only the groups the viewer leads.',
  })
  @IsOptional()
  ledByViewer?: boolean | null;
}

@ArgsType()
export class GroupMembersChangeArgs {
  @Field(() => ID)
  groupId: string;

  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'must name at least one member' })
  @ArrayMaxSize(LIMITS.groupMembersPerChangeMax, {
    message: `can name at most ${LIMITS.groupMembersPerChangeMax} members at once`,
  })
  membershipIds: string[];
}

@ArgsType()
export class SetGroupLeadersArgs {
  @Field(() => ID)
  groupId: string;

  @Field(() => [ID], { description: 'Members (TEACHER or above); an empty list leaves none.' })
  @ArrayMaxSize(LIMITS.groupLeadersMax, {
    message: `can name at most ${LIMITS.groupLeadersMax} leaders`,
  })
  membershipIds: string[];
}

@ArgsType()
export class GroupMemberListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Part of a member's name or email." })
  @IsOptional()
  @IsText({ max: LIMITS.searchMax })
  search?: string | null;
}
