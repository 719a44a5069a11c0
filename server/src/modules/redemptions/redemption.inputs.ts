import { ArgsType, Field, InputType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';

/** Also the arguments of invitationPreview, which take the same pair. */
@ArgsType()
@InputType({
  description: 'Exactly one of token and code. A code is matched ignoring case, spaces and dashes.',
})
export class RedeemInvitationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'is not an invitation token' })
  token?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: 'is not an invitation code' })
  code?: string | null;
}
