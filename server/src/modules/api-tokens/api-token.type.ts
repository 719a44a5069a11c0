import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { LIMITS } from '@school-invites/shared';
import type { ApiTokenEntity } from './api-token.entity';
import { IsText } from '../../graphql/text.validator';
import { CarrierType, WithParent } from '../../auth/declarations';

@ObjectType({
  description: "An integrator's credential. It acts as its user, with the user's permissions.",
})
export class ApiToken {
  @WithParent()
  @Field(() => ID)
  id: string;

  @WithParent()
  @Field(() => String)
  name: string;

  @WithParent()
  @Field(() => String, { description: 'The start of the secret, to tell tokens apart.' })
  prefix: string;

  @WithParent()
  @Field(() => GraphQLDateTime)
  createdAt: Date;

  @WithParent()
  @Field(() => GraphQLDateTime, { nullable: true })
  lastUsedAt: Date | null;

  @WithParent()
  @Field(() => GraphQLDateTime, { nullable: true })
  expiresAt: Date | null;

  @WithParent()
  @Field(() => GraphQLDateTime, { nullable: true })
  revokedAt: Date | null;
}

@CarrierType()
@ObjectType()
export class CreatedApiToken {
  @Field(() => ApiToken)
  apiToken: ApiToken;

  @Field(() => String, { description: 'Shown once. Send as `Authorization: Bearer <secret>`.' })
  secret: string;
}

@ArgsType()
export class CreateApiTokenArgs {
  @Field(() => String)
  @IsText({ max: LIMITS.apiTokenNameMax, singleLine: true, required: true })
  name: string;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Must be in the future; null never expires.',
  })
  @IsOptional()
  expiresAt?: Date | null;
}

export function toApiToken(entity: ApiTokenEntity): ApiToken {
  return Object.assign(new ApiToken(), {
    id: entity.id,
    name: entity.name,
    prefix: entity.prefix,
    createdAt: entity.createdAt,
    lastUsedAt: entity.lastUsedAt,
    expiresAt: entity.expiresAt,
    revokedAt: entity.revokedAt,
  });
}
