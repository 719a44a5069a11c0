import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { RequireSignIn } from '../../auth/guards';
import type { Context } from '../../graphql/context';
import { ApiToken, CreateApiTokenArgs, CreatedApiToken, toApiToken } from './api-token.type';

@Resolver()
export class ApiTokenResolver {
  @Query(() => [ApiToken], { description: "The viewer's API tokens, newest first." })
  @RequireSignIn()
  async apiTokens(@Ctx() { access, services }: Context): Promise<ApiToken[]> {
    return (await services.apiTokens.list(access.requireViewer())).map(toApiToken);
  }

  @Mutation(() => CreatedApiToken)
  @RequireSignIn()
  async createApiToken(
    @Args(() => CreateApiTokenArgs) input: CreateApiTokenArgs,
    @Ctx() { access, services }: Context,
  ): Promise<CreatedApiToken> {
    const { apiToken, secret } = await services.apiTokens.create(
      access.requireViewer(),
      input.name,
      input.expiresAt,
    );
    return { apiToken: toApiToken(apiToken), secret };
  }

  @Mutation(() => ApiToken)
  @RequireSignIn()
  async revokeApiToken(
    @Arg('id', () => ID) id: string,
    @Ctx() { access, services }: Context,
  ): Promise<ApiToken> {
    return toApiToken(await services.apiTokens.revoke(access.requireViewer(), id));
  }
}
