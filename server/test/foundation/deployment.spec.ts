import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function envNamesReadByServer(): Set<string> {
  const config = readFileSync(path.join(ROOT, 'server', 'src', 'config.ts'), 'utf8');
  return new Set([...config.matchAll(/'([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1]!));
}

describe('deployment files (no Docker engine here, so they are checked by reading them)', () => {
  const compose = parse(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'));

  it('builds the app from a Dockerfile that exists and runs as a non-root user', () => {
    const build = compose.services.app.build;
    const dockerfile = path.join(ROOT, build.context, build.dockerfile);
    expect(existsSync(dockerfile)).toBe(true);
    const text = readFileSync(dockerfile, 'utf8');
    expect(text).toMatch(/^USER (?!root)\w+/m);
    expect(text.match(/^FROM /gm)!.length).toBeGreaterThanOrEqual(2);
    for (const [, source] of text.matchAll(/^COPY (?!--from)(\S+)/gm)) {
      expect(existsSync(path.join(ROOT, build.context, source!))).toBe(true);
    }
  });

  it('passes only settings the server reads, and waits for a healthy PostgreSQL with a named volume', () => {
    const read = envNamesReadByServer();
    for (const name of Object.keys(compose.services.app.environment)) expect(read).toContain(name);
    expect(compose.services.app.environment.DATABASE_URL).toMatch(/^postgres:\/\//);
    expect(compose.services.app.depends_on.postgres.condition).toBe('service_healthy');
    expect(compose.services.postgres.healthcheck.test.join(' ')).toMatch(/pg_isready/);
    const [volume] = compose.services.postgres.volumes[0].split(':');
    expect(Object.keys(compose.volumes)).toContain(volume);
  });

  it('lists every setting the server reads in .env.example', () => {
    const example = readFileSync(path.join(ROOT, 'server', '.env.example'), 'utf8');
    for (const name of envNamesReadByServer())
      expect(example).toMatch(new RegExp(`^${name}=`, 'm'));
  });

  it('keeps migrations named timestamp-kebab-name', () => {
    // Beside them only their hash manifest.
    for (const file of readdirSync(
      path.join(ROOT, 'server', 'src', 'database', 'migrations'),
    ).filter((f) => f !== 'migrations.sha256')) {
      expect(file).toMatch(/^\d{13}-[a-z0-9-]+\.ts$/);
    }
  });
});
