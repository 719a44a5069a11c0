import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import { getSchema } from '../../src/graphql/schema';
import { useTestApp } from '../harness';
import { operationFor } from '../schema-operations';

/**
 * Every refusal of the request itself (it does not parse or validate, a variable is missing or of
 * the wrong type, a limit refuses it) is the client's to fix: HTTP 400 with BAD_USER_INPUT, as the
 * GraphQL-over-HTTP spec asks, never a 5xx. Generated over every operation of the schema.
 */

type Value = unknown;

/** A value of the wrong type for `type`, or null when its type takes anything (ID takes numbers). */
function wrongValueFor(type: GraphQLInputType): Value[] {
  const named = getNamedType(type);
  if (isListType(isNonNullType(type) ? type.ofType : type)) return [{ not: 'a list' }];
  if (isInputObjectType(named)) return ['not an object'];
  if (isScalarType(named)) {
    switch (named.name) {
      case 'Int':
        return ['7', 1099511627776, 1.5];
      case 'Boolean':
        return ['true'];
      case 'String':
        return [5, { an: 'object' }];
      case 'DateTime':
        return [5];
      default:
        return [{ an: 'object' }];
    }
  }
  return [5];
}

/** A valid-looking value for `type`: enough for the variables to coerce but for the one spoiled. */
function plausibleValueFor(type: GraphQLInputType): Value {
  if (isNonNullType(type)) return plausibleValueFor(type.ofType);
  if (isListType(type)) return [];
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, plausibleValueFor(f.type)]),
    );
  }
  if (isScalarType(type)) {
    if (type.name === 'Int') return 1;
    if (type.name === 'Boolean') return true;
    if (type.name === 'DateTime') return new Date(Date.now() + 86_400_000).toISOString();
    if (type.name === 'ID') return '00000000-0000-0000-0000-000000000000';
    return 'text';
  }
  return 'ONE';
}

/** Each way to spoil one argument's variable, naming what it does. */
function spoilersFor(arg: GraphQLArgument): [string, (vars: Record<string, Value>) => void][] {
  const spoil: [string, (vars: Record<string, Value>) => void][] = [];
  if (isNonNullType(arg.type)) {
    spoil.push([`$${arg.name} missing`, (vars) => delete vars[arg.name]]);
    spoil.push([`$${arg.name} null`, (vars) => (vars[arg.name] = null)]);
  }
  for (const wrong of wrongValueFor(arg.type)) {
    spoil.push([`$${arg.name} = ${JSON.stringify(wrong)}`, (vars) => (vars[arg.name] = wrong)]);
  }
  const named = getNamedType(arg.type);
  if (isInputObjectType(named)) {
    for (const field of Object.values(named.getFields())) {
      if (isNonNullType(field.type)) {
        spoil.push([
          `$${arg.name}.${field.name} null`,
          (vars) => ((vars[arg.name] as Record<string, Value>)[field.name] = null),
        ]);
      }
      for (const wrong of wrongValueFor(field.type)) {
        spoil.push([
          `$${arg.name}.${field.name} = ${JSON.stringify(wrong)}`,
          (vars) => ((vars[arg.name] as Record<string, Value>)[field.name] = wrong),
        ]);
      }
    }
  }
  return spoil;
}

const nested = (depth: number, leaf: Value, wrap: (inner: Value) => Value) => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
};

describe('request-level refusals answer HTTP 400 with BAD_USER_INPUT', () => {
  const app = useTestApp();
  let token: string;
  beforeAll(async () => {
    token = (await app.seed.school()).owner.token;
  });

  const expect400 = async (query: string, variables: Record<string, Value> | undefined) => {
    const { status, result } = await app.gqlHttp(query, variables, { token });
    expect({ status, codes: (result.errors ?? []).map((e) => e.extensions?.code) }).toEqual({
      status: 400,
      codes: expect.arrayContaining(['BAD_USER_INPUT']),
    });
    for (const error of result.errors ?? []) expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  };

  const schema = getSchema();
  for (const [kind, root] of [
    ['query', schema.getQueryType()!],
    ['mutation', schema.getMutationType()!],
  ] as const) {
    for (const field of Object.values(root.getFields()).filter((f) => f.args.length > 0)) {
      it(`${kind} ${field.name}: every spoiled variable`, async () => {
        const query = operationFor(kind, field);
        for (const arg of field.args) {
          for (const [, spoil] of spoilersFor(arg)) {
            const variables = Object.fromEntries(
              field.args.map((a) => [a.name, plausibleValueFor(a.type)]),
            );
            spoil(variables);
            await expect400(query, variables);
          }
        }
      });

      it(`${kind} ${field.name}: variables nested 5 000 deep`, async () => {
        const query = operationFor(kind, field);
        const [first] = field.args;
        for (const deep of [
          nested(5000, 'x', (inner) => [inner]),
          nested(5000, 'x', (inner) => ({ a: inner })),
        ]) {
          const variables = Object.fromEntries(
            field.args.map((a) => [a.name, plausibleValueFor(a.type)]),
          );
          variables[first!.name] = deep;
          await expect400(query, variables);
          // Also where the type would not look: an unused variable.
          await expect400(query, {
            ...Object.fromEntries(field.args.map((a) => [a.name, plausibleValueFor(a.type)])),
            unused: deep,
          });
        }
      });
    }
  }

  it.each([
    ['a document that does not parse', '{ me { id '],
    ['a field that does not exist', '{ me { nope } }'],
    [
      'a document past the depth limit',
      `{ me { ${'mySchools { invitations { edges { node { school { '.repeat(3)} id ${'} } } } }'.repeat(3)} } }`,
    ],
    [
      'a document past the alias limit',
      `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ')} }`,
    ],
    [
      'a document past the cost limit',
      '{ mySchools { invitations(first: 100) { edges { node { redemptions(first: 100) { edges { node { id } } } } } } } }',
    ],
    [
      'a NUL character in a literal',
      '{ invitationPreview(input: { code: "A\\u0000" }) { schoolName } }',
    ],
  ])('%s', async (_, query) => {
    await expect400(query, undefined);
  });

  it('a NUL character in a variable', async () => {
    await expect400('query($c: String) { invitationPreview(input: { code: $c }) { schoolName } }', {
      c: 'A\u0000',
    });
  });
});
