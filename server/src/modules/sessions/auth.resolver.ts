import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { RequireSignIn } from '../../auth/guards';
import type { Context } from '../../graphql/context';
import { loadOptionalUser, toUser, User } from '../users/user.type';
import { SignInInput, SignUpInput } from './auth.inputs';
import { AuthPayload } from './auth-payload.type';

@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true })
  me(@Ctx() { viewer, loaders }: Context): Promise<User | null> {
    return loadOptionalUser(loaders, viewer?.userId ?? null);
  }

  @Mutation(() => AuthPayload)
  async signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    const { token, user } = await ctx.services.auth.signUp(input, ctx.ip);
    ctx.sessionCookie.set(token);
    ctx.setViewer(await ctx.services.auth.authenticate(token));
    return { token, user: toUser(user) };
  }

  @Mutation(() => AuthPayload)
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() ctx: Context): Promise<AuthPayload> {
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
