import { Field, ObjectType } from 'type-graphql';
import { User } from '../users/user.type';
import { CarrierType } from '../../auth/declarations';

@CarrierType()
@ObjectType()
export class AuthPayload {
  @Field(() => String, {
    description:
      'Send as `Authorization: Bearer <token>`. The SPA gets the same session as an httpOnly cookie.',
  })
  token: string;

  @Field(() => User)
  user: User;
}
