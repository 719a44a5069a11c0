import { Field, ID, ObjectType } from 'type-graphql';
import { notFound } from '../../errors/app-error';
import type { UserEntity } from './user.entity';
import type { UserLoaders } from './user.repository';
import { WithParent } from '../../auth/declarations';

@ObjectType()
export class User {
  @WithParent()
  @Field(() => ID)
  id: string;

  @WithParent()
  @Field(() => String)
  name: string;

  /** Not a GraphQL field of its own: `email` is resolved behind its guard in UserResolver. */
  emailAddress: string;
  emailVerifiedAt: Date | null;
}

export function toUser(entity: UserEntity): User {
  return Object.assign(new User(), {
    id: entity.id,
    name: entity.name,
    emailAddress: entity.email,
    emailVerifiedAt: entity.emailVerifiedAt ?? null,
  });
}

/** The user a non-null field points at; a missing row is NOT_FOUND rather than a null in a non-null field. */
export async function loadUser(loaders: UserLoaders, id: string): Promise<User> {
  const user = await loaders.user.load(id);
  if (!user) throw notFound('user');
  return toUser(user);
}

/** The user an optional reference points at, or null. */
export async function loadOptionalUser(
  loaders: UserLoaders,
  id: string | null,
): Promise<User | null> {
  const user = id ? await loaders.user.load(id) : null;
  return user ? toUser(user) : null;
}
