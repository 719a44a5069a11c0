import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { LIMITS } from '@school-invites/shared';
import { Public } from '../../auth/declarations';
import { RequireSignIn } from '../../auth/guards';
import type { Context } from '../../graphql/context';
import { AuthPayload } from '../sessions/auth-payload.type';
import { toUser, User } from '../users/user.type';

@Resolver()
export class EmailLinkResolver {
  @Mutation(() => Boolean, { description: 'Sends the viewer a verification link by email.' })
  @RequireSignIn()
  requestEmailVerification(@Ctx() { access, services }: Context): Promise<boolean> {
    return services.emailLinks.requestVerification(access);
  }

  @Mutation(() => User)
  @Public('the emailed link is the credential: single-use, hashed, 30 minutes')
  async verifyEmail(
    @Arg('token', () => String) token: string,
    @Ctx() { services }: Context,
  ): Promise<User> {
    return toUser(await services.emailLinks.verify(token));
  }

  @Mutation(() => Boolean, {
    description: 'Always answers true, whether or not the email is registered.',
  })
  @Public('answers the same for every address; limited per address and per email')
  requestPasswordReset(
    @Arg('email', () => String) email: string,
    @Ctx() { ip, services }: Context,
  ): Promise<boolean> {
    if (email.length > LIMITS.emailMax) return Promise.resolve(true);
    return services.emailLinks.requestPasswordReset(email, ip);
  }

  @Mutation(() => AuthPayload, { description: 'Ends every session of the user.' })
  @Public('the emailed link is the credential: single-use, hashed, 30 minutes')
  async resetPassword(
    @Arg('token', () => String) token: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    const { token: session, user } = await ctx.services.emailLinks.resetPassword(token, password);
    ctx.sessionCookie.set(session);
    ctx.setViewer(await ctx.services.auth.authenticate(session));
    return { token: session, user: toUser(user) };
  }
}
