import { servesDirectly } from './graphql-endpoint';

const request = (
  method: string,
  url: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) => ({ method, url, headers });

describe('which GraphQL requests the direct endpoint serves', () => {
  it('serves a plain JSON POST to /graphql, with or without a query string or UTF-8 charset', () => {
    expect(servesDirectly(request('POST', '/graphql'))).toBe(true);
    expect(servesDirectly(request('POST', '/graphql?op=Invites'))).toBe(true);
    expect(
      servesDirectly(
        request('POST', '/graphql', { 'content-type': 'application/json; charset=UTF-8' }),
      ),
    ).toBe(true);
  });

  it('leaves everything else to Express', () => {
    expect(servesDirectly(request('GET', '/graphql'))).toBe(false);
    expect(servesDirectly(request('OPTIONS', '/graphql'))).toBe(false);
    expect(servesDirectly(request('POST', '/graphqlx'))).toBe(false);
    expect(servesDirectly(request('POST', '/api/invitations.csv'))).toBe(false);
    expect(servesDirectly(request('POST', '/graphql', { 'content-type': 'text/plain' }))).toBe(
      false,
    );
    expect(
      servesDirectly(
        request('POST', '/graphql', { 'content-type': 'application/json; charset=utf-16' }),
      ),
    ).toBe(false);
    expect(
      servesDirectly(
        request('POST', '/graphql', {
          'content-type': 'application/json',
          'content-encoding': 'gzip',
        }),
      ),
    ).toBe(false);
    expect(servesDirectly(request('POST', '/graphql', {}))).toBe(false);
  });
});
