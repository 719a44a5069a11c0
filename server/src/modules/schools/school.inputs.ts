import { Field, InputType } from 'type-graphql';
import { IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { LIMITS } from '@school-invites/shared';
import { SLUG_PATTERN } from './slug';

@InputType()
export class CreateSchoolInput {
  @Field(() => String)
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(LIMITS.schoolNameMax, { message: `must be at most ${LIMITS.schoolNameMax} characters` })
  name: string;

  @Field(() => String, { nullable: true, description: 'Derived from the name when omitted.' })
  @IsOptional()
  @MaxLength(LIMITS.schoolSlugMax, { message: `must be at most ${LIMITS.schoolSlugMax} characters` })
  @Matches(SLUG_PATTERN, { message: 'may contain lower-case letters, digits and single dashes between them' })
  slug?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.schoolDescriptionMax, {
    message: `must be at most ${LIMITS.schoolDescriptionMax} characters`,
  })
  description?: string | null;
}
