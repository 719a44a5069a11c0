import { Field, InputType } from 'type-graphql';
import { MaxLength, MinLength } from 'class-validator';
import { LIMITS } from '@school-invites/shared';
import { IsText } from '../../graphql/text.validator';

@InputType()
export class SignUpInput {
  @Field(() => String)
  @IsText({ max: LIMITS.userNameMax, singleLine: true, required: true })
  name: string;

  @Field(() => String)
  @IsText(
    { max: LIMITS.emailMax, singleLine: true, required: true },
    { message: 'is too long to be an email address' },
  )
  email: string;

  @Field(() => String)
  @MinLength(LIMITS.passwordMin, { message: `must be at least ${LIMITS.passwordMin} characters` })
  @MaxLength(LIMITS.passwordMax, { message: `must be at most ${LIMITS.passwordMax} characters` })
  password: string;
}

@InputType()
export class SignInInput {
  @Field(() => String)
  @MaxLength(LIMITS.emailMax, { message: 'is too long to be an email address' })
  email: string;

  @Field(() => String)
  @MaxLength(LIMITS.passwordMax, { message: `must be at most ${LIMITS.passwordMax} characters` })
  password: string;
}
