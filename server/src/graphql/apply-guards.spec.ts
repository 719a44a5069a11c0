import { graphql, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { applyGuards } from './apply-guards';

/** A schema whose `open` field has no guard and whose other fields have the guard given. */
function schemaWith(guard: () => void | Promise<void>, resolved: string[]) {
  const field = (name: string, guarded: boolean) => ({
    type: GraphQLString,
    extensions: guarded ? { guard } : {},
    resolve: () => {
      resolved.push(name);
      return name;
    },
  });
  return applyGuards(
    new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: { open: field('open', false), guarded: field('guarded', true) },
      }),
    }),
  );
}

describe('applyGuards', () => {
  it('returns the resolver’s own value, not a promise, when the guard answers synchronously', () => {
    const schema = schemaWith(() => undefined, []);
    const resolve = schema.getQueryType()!.getFields().guarded!.resolve!;
    expect(resolve({}, {}, {}, {} as never)).toBe('guarded');
  });

  it('waits for a guard that looks something up before resolving', async () => {
    const resolved: string[] = [];
    let pass!: () => void;
    const schema = schemaWith(() => new Promise<void>((resolve) => (pass = resolve)), resolved);
    const result = graphql({ schema, source: '{ guarded }' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(resolved).toEqual([]);
    pass();
    expect(await result).toEqual({ data: { guarded: 'guarded' } });
  });

  it('refuses the field, and only it, when the guard throws or rejects', async () => {
    for (const guard of [
      () => {
        throw new Error('not yours');
      },
      () => Promise.reject(new Error('not yours')),
    ]) {
      const resolved: string[] = [];
      const result = await graphql({
        schema: schemaWith(guard, resolved),
        source: '{ open guarded }',
      });
      expect(result.data).toEqual({ open: 'open', guarded: null });
      expect(result.errors?.map((error) => error.message)).toEqual(['not yours']);
      expect(resolved).toEqual(['open']);
    }
  });
});
