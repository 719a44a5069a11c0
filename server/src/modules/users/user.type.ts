import { Field, ID, ObjectType } from 'type-graphql';
import type { UserEntity } from './user.entity';

@ObjectType()
export class User {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  /** Not a GraphQL field of its own: `email` is resolved behind its guard in UserResolver. */
  emailAddress: string;
}

export function toUser(entity: UserEntity): User {
  return Object.assign(new User(), { id: entity.id, name: entity.name, emailAddress: entity.email });
}
