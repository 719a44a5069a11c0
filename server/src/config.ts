import path from 'node:path';

/** The server's whole configuration. Read once, here, from the environment; nothing else reads process.env. */
export interface Config {
  port: number;
  host: string;
  /** When null, an embedded PostgreSQL is started in `${dataDir}/postgres`. */
  databaseUrl: string | null;
  /**
   * A streaming replica of DATABASE_URL for lists, searches and member reads; null reads all on
   * the primary. Redeem, revoke, create and every permission check stay on the primary.
   */
  databaseReadUrl: string | null;
  dataDir: string;
  publicUrl: string;
  logLevel: LogLevel;
  /** Where the built web app lives; null serves no SPA (API-only). */
  webDistDir: string | null;
  databasePoolSize: number;
  /** Milliseconds a statement may run before PostgreSQL cancels it. */
  statementTimeoutMs: number;
  /** Milliseconds a request waits for a pooled connection before it fails. */
  poolAcquireTimeoutMs: number;
  /** Named (prepared) statements on the hot path; off for poolers that cannot keep them. */
  namedStatements: boolean;
  introspection: boolean;
  /** Origins allowed to call the API from a browser; empty means same-origin only. */
  corsOrigins: string[];
  rateLimits: RateLimitConfig;
  /** NODE_ENV=production: no mail written to files, and nothing that needs mail without SMTP. */
  production: boolean;
  /** Where mail goes (smtp://user:pass@host:587, smtps://…); null writes .eml files or, in production, sends none. */
  smtpUrl: string | null;
  /** The From of every message. */
  mailFrom: string;
}

export interface RateLimitConfig {
  enabled: boolean;
  /** Failed redeem/preview attempts per user per minute. */
  redeemFailuresPerUserPerMinute: number;
  /** Failed redeem/preview attempts per IP address per hour. */
  redeemFailuresPerIpPerHour: number;
  signInPerEmailPerHour: number;
  signInPerIpPerHour: number;
  signUpPerIpPerHour: number;
  invitationsPerSchoolPerHour: number;
  /** Verification and password-reset emails per account (or address) per hour. */
  emailLinksPerUserPerHour: number;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

type Env = Record<string, string | undefined>;

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  string(name: string, fallback: string): string {
    const value = this.env[name]?.trim();
    return value ? value : fallback;
  }

  optional(name: string): string | null {
    const value = this.env[name]?.trim();
    return value ? value : null;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const raw = this.env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  }

  bool(name: string, fallback: boolean): boolean {
    const raw = this.env[name]?.trim().toLowerCase();
    if (!raw) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    this.problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  }

  /** `secret`: the value may hold a password, so a problem never repeats it. */
  url(name: string, fallback: string | null, protocols: string[], secret = false): string | null {
    const raw = this.optional(name) ?? fallback;
    if (raw === null) return null;
    try {
      const url = new URL(raw);
      if (!protocols.includes(url.protocol)) throw new Error('protocol');
      return raw;
    } catch {
      this.problems.push(
        `${name} must be a ${protocols.join(' or ')} URL${secret ? '' : ` (got "${raw}")`}`,
      );
      return fallback;
    }
  }
}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const read = new Reader(env);
  const port = read.int('PORT', 4000, 0, 65535);
  const logLevel = read.string('LOG_LEVEL', 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    read.problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}")`);
  }
  const publicUrl = read.url('PUBLIC_URL', `http://localhost:${port}`, ['http:', 'https:'])!;
  const webDist = read.optional('WEB_DIST_DIR');

  const config: Config = {
    port,
    host: read.string('HOST', '127.0.0.1'),
    databaseUrl: read.url('DATABASE_URL', null, ['postgres:', 'postgresql:']),
    databaseReadUrl: read.url('DATABASE_READ_URL', null, ['postgres:', 'postgresql:']),
    dataDir: path.resolve(cwd, read.string('DATA_DIR', './.data')),
    publicUrl: publicUrl.replace(/\/+$/, ''),
    logLevel,
    webDistDir: webDist === 'none' ? null : path.resolve(cwd, webDist ?? defaultWebDist()),
    databasePoolSize: read.int('DATABASE_POOL_SIZE', 10, 1, 500),
    statementTimeoutMs: read.int('DATABASE_STATEMENT_TIMEOUT_MS', 5000, 100, 600_000),
    poolAcquireTimeoutMs: read.int('DATABASE_POOL_TIMEOUT_MS', 5000, 100, 120_000),
    namedStatements: read.bool('DATABASE_NAMED_STATEMENTS', true),
    introspection: read.bool('GRAPHQL_INTROSPECTION', true),
    corsOrigins: (read.optional('CORS_ORIGINS') ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    production: read.string('NODE_ENV', 'development') === 'production',
    smtpUrl: read.url('SMTP_URL', null, ['smtp:', 'smtps:'], true),
    mailFrom: read.string('MAIL_FROM', 'school-invites <no-reply@localhost>'),
    rateLimits: {
      enabled: read.bool('RATE_LIMITS_ENABLED', true),
      redeemFailuresPerUserPerMinute: read.int('RATE_LIMIT_REDEEM_PER_USER_PER_MINUTE', 10, 1, 1e6),
      redeemFailuresPerIpPerHour: read.int('RATE_LIMIT_REDEEM_PER_IP_PER_HOUR', 100, 1, 1e6),
      signInPerEmailPerHour: read.int('RATE_LIMIT_SIGN_IN_PER_EMAIL_PER_HOUR', 10, 1, 1e6),
      signInPerIpPerHour: read.int('RATE_LIMIT_SIGN_IN_PER_IP_PER_HOUR', 300, 1, 1e6),
      signUpPerIpPerHour: read.int('RATE_LIMIT_SIGN_UP_PER_IP_PER_HOUR', 200, 1, 1e6),
      // A term's start may make several batches of up to 500 (one slip per student) in an hour.
      invitationsPerSchoolPerHour: read.int(
        'RATE_LIMIT_INVITATIONS_PER_SCHOOL_PER_HOUR',
        2000,
        1,
        1e6,
      ),
      emailLinksPerUserPerHour: read.int('RATE_LIMIT_EMAIL_LINKS_PER_HOUR', 5, 1, 1e6),
    },
  };
  if (config.databaseReadUrl && !config.databaseUrl)
    read.problems.push(
      'DATABASE_READ_URL needs DATABASE_URL: a replica follows a primary you run, not the embedded one',
    );
  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return config;
}

/** The web app's build output, next to this package in the workspace and in the container. */
function defaultWebDist(): string {
  return path.resolve(__dirname, '..', '..', 'web', 'dist');
}
