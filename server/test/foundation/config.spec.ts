import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';

describe('configuration', () => {
  it('has defaults that need no configuration at all', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      databaseUrl: null,
      databaseReadUrl: null,
      dataDir: path.resolve('/srv/app/.data'),
      publicUrl: 'http://localhost:4000',
      logLevel: 'info',
      introspection: true,
      corsOrigins: [],
    });
  });

  it('derives the public URL from the port and trims its trailing slash', () => {
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_URL: 'https://invites.example.org/' }).publicUrl).toBe(
      'https://invites.example.org',
    );
  });

  it('names every invalid setting in one clear error', () => {
    expect(() =>
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' }),
    ).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'PORT must be a whole number from 0 to 65535 (got "eighty")',
        'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
        'DATABASE_URL must be a postgres: or postgresql: URL (got "mysql://x")',
      ]);
    }
  });

  it('refuses a read replica without a primary of your own', () => {
    expect(() => loadConfig({ DATABASE_READ_URL: 'postgres://replica/db' })).toThrow(
      /DATABASE_READ_URL needs DATABASE_URL/,
    );
    expect(
      loadConfig({
        DATABASE_URL: 'postgres://primary/db',
        DATABASE_READ_URL: 'postgres://replica/db',
      }).databaseReadUrl,
    ).toBe('postgres://replica/db');
  });
});
