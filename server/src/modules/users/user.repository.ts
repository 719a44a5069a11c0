import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { inOrderOf, isUuid } from '../../database/ids';
import { UserEntity } from './user.entity';

export interface NewUser {
  name: string;
  email: string;
  passwordHash: string;
}

/** Every statement about people's accounts. Reads leave the password hash out unless they say so. */
export class UserRepository {
  constructor(private readonly db: EntityManager) {}

  async findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.id = ANY(:ids)', { ids: valid })
      .getMany();
  }

  /** Emails are unique case-insensitively, and matched the same way. */
  findByEmailWithPasswordHash(email: string): Promise<UserEntity | null> {
    return this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
  }

  insert(user: NewUser): Promise<UserEntity> {
    const users = this.db.getRepository(UserEntity);
    return users.save(users.create(user));
  }
}

/** Per request: the creators, revokers and members of a page are read in one statement. */
export function createUserLoaders(users: UserRepository) {
  return {
    user: new DataLoader<string, UserEntity | null>(async (ids) =>
      inOrderOf(ids, await users.findByIds(ids)),
    ),
  };
}

export type UserLoaders = ReturnType<typeof createUserLoaders>;
