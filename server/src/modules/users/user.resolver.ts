import { Ctx, Extensions, FieldResolver, Resolver, Root } from 'type-graphql';
import { forbidden } from '../../errors/app-error';
import type { Context } from '../../graphql/context';
import { User } from './user.type';
import { WithParent } from '../../auth/declarations';

@Resolver(() => User)
export class UserResolver {
  /** The user themself, or someone with MEMBERS_VIEW in a school the user belongs to. */
  @WithParent()
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Visible to the user themself and to viewers holding MEMBERS_VIEW in a school the user belongs to; otherwise the field errors with FORBIDDEN and resolves to null.',
  })
  @Extensions({ requires: { signIn: true, permissions: ['MEMBERS_VIEW'], orSelf: true } })
  async email(@Root() user: User, @Ctx() { access, loaders }: Context): Promise<string> {
    access.requireViewer();
    if (!(await loaders.viewerSeesEmailOf.load(user.id)))
      throw forbidden("see this person's email");
    return user.emailAddress;
  }

  @WithParent()
  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Visible to the user themself only (null for anyone else).',
  })
  emailVerified(@Root() user: User, @Ctx() { viewer }: Context): boolean | null {
    return viewer?.userId === user.id ? user.emailVerifiedAt !== null : null;
  }
}
