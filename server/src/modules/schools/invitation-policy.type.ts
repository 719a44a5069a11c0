import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Max, Min } from 'class-validator';
import { LIMITS } from '@school-invites/shared';
import { WithParent } from '../../auth/declarations';
import type { SchoolEntity } from './school.entity';

@ObjectType({
  description:
    'Rules every new invitation of the school must follow. Existing invitations are never changed by them (they are immutable), except that allowedEmailDomains is also checked at every redemption.',
})
export class InvitationPolicy {
  @WithParent()
  @Field(() => [String], {
    description:
      'Empty means anyone. A join needs a verified email in one of these domains (subdomains included).',
  })
  allowedEmailDomains: string[];

  @WithParent()
  @Field(() => Int, {
    nullable: true,
    description:
      'New invitations must expire within this many days; null means no cap ("never" allowed).',
  })
  maxExpiryDays: number | null;

  @WithParent()
  @Field(() => Boolean, {
    description: 'New invitations for TEACHER or ADMIN must have both an expiry and a usage limit.',
  })
  staffInvitationsMustBeLimited: boolean;
}

export function toInvitationPolicy(school: SchoolEntity): InvitationPolicy {
  return Object.assign(new InvitationPolicy(), {
    allowedEmailDomains: school.allowedEmailDomains,
    maxExpiryDays: school.maxExpiryDays,
    staffInvitationsMustBeLimited: school.staffInvitationsMustBeLimited,
  });
}

@InputType()
export class InvitationPolicyInput {
  @Field(() => [String])
  @ArrayMaxSize(LIMITS.emailDomainsMax, {
    message: `can name at most ${LIMITS.emailDomainsMax} domains`,
  })
  allowedEmailDomains: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, { message: 'must be at least 1 (leave it empty for no cap)' })
  @Max(LIMITS.policyExpiryDaysMax, { message: `can be at most ${LIMITS.policyExpiryDaysMax}` })
  maxExpiryDays?: number | null;

  @Field(() => Boolean)
  staffInvitationsMustBeLimited: boolean;
}
