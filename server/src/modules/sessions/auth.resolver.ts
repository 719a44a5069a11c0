import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Public } from '../../auth/declarations';
import { RequireSignIn } from '../../auth/guards';
import type { Context } from '../../graphql/context';
import { loadOptionalUser, toUser, User } from '../users/user.type';
import { SignInInput, SignUpInput } from './auth.inputs';
import { AuthPayload } from './auth-payload.type';

@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true })
  @Public('answers null to anyone not signed in')
  me(@Ctx() { viewer, loaders }: Context): Promise<User | null> {
    return loadOptionalUser(loaders, viewer?.userId ?? null);
  }

  @Mutation(() => AuthPayload)
  @Public('creating an account; limited per address')
  async signUp(
    @Arg('input', () => SignUpInput) input: SignUpInput,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    const { token, user } = await ctx.services.auth.signUp(input, ctx.ip);
    ctx.sessionCookie.set(token);
    ctx.setViewer(await ctx.services.auth.authenticate(token));
    return { token, user: toUser(user) };
  }

  @Mutation(() => AuthPayload)
  @Public('signing in; limited per address and per email')
  async signIn(
    @Arg('input', () => SignInInput) input: SignInInput,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    const { token, user } = await ctx.services.auth.signIn(input, ctx.ip);
    ctx.sessionCookie.set(token);
    ctx.setViewer(await ctx.services.auth.authenticate(token));
    return { token, user: toUser(user) };
  }

  @Mutation(() => Boolean, { description: 'Ends the current session (its token stops working).' })
  @RequireSignIn()
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    const ended = await ctx.services.auth.signOut(ctx.access.requireViewer());
    ctx.sessionCookie.clear();
    return ended;
  }
}
