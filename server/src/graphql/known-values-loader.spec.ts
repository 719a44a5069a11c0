import { KnownValuesLoader } from './known-values-loader';

describe('KnownValuesLoader', () => {
  const loader = () =>
    new KnownValuesLoader<string, string | null>(async (keys) =>
      keys.map((key) => (key === 'gone' ? null : `role of ${key}`)),
    );

  it('knows nothing before a load or a prime', () => {
    expect(loader().known('a')).toBeUndefined();
  });

  it('knows what it loaded, nulls included', async () => {
    const roles = loader();
    await roles.loadMany(['a', 'gone']);
    expect(roles.known('a')).toBe('role of a');
    expect(roles.known('gone')).toBeNull();
  });

  it('knows a primed value, and the first prime wins as it does for load', async () => {
    const roles = loader();
    roles.prime('a', 'primed').prime('a', 'later');
    expect(roles.known('a')).toBe('primed');
    expect(await roles.load('a')).toBe('primed');
  });

  it('forgets on clear and clearAll, and learns the value loaded afresh', async () => {
    const roles = loader();
    roles.prime('a', 'stale').prime('b', 'stale');
    roles.clear('a');
    expect(roles.known('a')).toBeUndefined();
    expect(await roles.load('a')).toBe('role of a');
    expect(roles.known('a')).toBe('role of a');
    roles.clearAll();
    expect(roles.known('b')).toBeUndefined();
  });

  it('does not take a primed promise or error as known', () => {
    const roles = loader();
    roles.prime('a', Promise.resolve('later') as unknown as string);
    roles.prime('b', new Error('no'));
    expect(roles.known('a')).toBeUndefined();
    expect(roles.known('b')).toBeUndefined();
  });
});
