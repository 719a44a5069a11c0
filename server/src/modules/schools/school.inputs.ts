import { Field, InputType } from 'type-graphql';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { LIMITS } from '@school-invites/shared';
import { SLUG_PATTERN } from './slug';
import { IsText } from '../../graphql/text.validator';

@InputType()
export class CreateSchoolInput {
  @Field(() => String)
  @IsText({ max: LIMITS.schoolNameMax, singleLine: true, required: true })
  name: string;

  @Field(() => String, { nullable: true, description: 'Derived from the name when omitted.' })
  @IsOptional()
  @MaxLength(LIMITS.schoolSlugMax, {
    message: `must be at most ${LIMITS.schoolSlugMax} characters`,
  })
  @Matches(SLUG_PATTERN, {
    message: 'may contain lower-case letters, digits and single dashes between them',
  })
  slug?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText({ max: LIMITS.schoolDescriptionMax })
  description?: string | null;
}
