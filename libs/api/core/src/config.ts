import { isAbsolute, resolve } from 'node:path';

export interface AppConfig {
  port: number;
  /** External PostgreSQL; when absent an embedded one is started in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  orgTimeZone: string;
  demoPassword: string;
  /** Seed the demo municipality: on by default for the embedded database, opt-in for an external one. */
  seedDemo: boolean;
  cookieSecure: boolean;
  production: boolean;
  /** An organisation's own NL Design System theme, served instead of the Planbord default. */
  themeCss: string | null;
  /** Express `trust proxy`: which proxies may tell the client's address (for per-address login throttling). */
  trustProxy: string | null;
  /** The address to listen on: loopback unless told otherwise (`0.0.0.0` in the container). */
  host: string;
  /** Introspection and "Did you mean" suggestions: the schema is public outside production unless switched off. */
  graphqlIntrospection: boolean;
  /** Browser origins, besides the app's own, whose pages may open the live WebSocket (`ALLOWED_ORIGINS`). */
  allowedOrigins: string[];
  /** Jobs: cron schedules that replace a job's own, by job name (`JOB_SCHEDULES="session-cleanup=0 * * * *"`). */
  jobSchedules: Record<string, string>;
  /** Webhook deliveries one ingest source may make per minute (`INGEST_PER_MINUTE`); more are answered 429. */
  ingestRatePerMinute: number;
  /** Days after which a newsroom signal's author data is anonymised (`SIGNAL_RETENTION_DAYS`). */
  signalRetentionDays: number;
  /** Where people reach Planbord (`PUBLIC_URL`): links in e-mails and in messages to outside systems point there. */
  publicUrl: string;
  /** The mail server notifications go out through (`SMTP_URL`); without it no e-mail is sent. */
  smtpUrl: string | null;
  /** The sender of e-mails (`MAIL_FROM`). */
  mailFrom: string;
  /** Outbound webhooks: seconds before each retry (`WEBHOOK_RETRY_SECONDS`); the last repeats until 24 h have passed. */
  webhookRetrySeconds: number[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

function parseBoolean(name: string, value: string | undefined, problems: string[]): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  const v = value.toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  problems.push(`${name}="${value}" is not a boolean: use true or false.`);
  return undefined;
}

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];

  let port = 3000;
  if (env.PORT !== undefined && env.PORT !== '') {
    const n = Number(env.PORT);
    if (!Number.isInteger(n) || n < 0 || n > 65535)
      problems.push(`PORT="${env.PORT}" must be a whole number from 0 to 65535.`);
    else port = n;
  }

  let databaseUrl: string | null = null;
  if (env.DATABASE_URL) {
    try {
      const url = new URL(env.DATABASE_URL);
      if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') throw new Error('protocol');
      databaseUrl = env.DATABASE_URL;
    } catch {
      problems.push('DATABASE_URL must look like postgres://user:password@host:5432/database.');
    }
  }

  let ingestRatePerMinute = 1200;
  if (env.INGEST_PER_MINUTE !== undefined && env.INGEST_PER_MINUTE !== '') {
    const n = Number(env.INGEST_PER_MINUTE);
    if (!Number.isInteger(n) || n < 1)
      problems.push(`INGEST_PER_MINUTE="${env.INGEST_PER_MINUTE}" must be a whole number of at least 1.`);
    else ingestRatePerMinute = n;
  }

  const orgTimeZone = env.ORG_TIME_ZONE || 'Europe/Amsterdam';
  if (!isValidTimeZone(orgTimeZone))
    problems.push(
      `ORG_TIME_ZONE="${orgTimeZone}" is not an IANA time zone such as Europe/Amsterdam or Europe/Brussels.`,
    );

  const demoPassword = env.DEMO_PASSWORD || 'planbord-demo';
  if (demoPassword.length < 10) problems.push('DEMO_PASSWORD must be at least 10 characters long.');

  const production = env.NODE_ENV === 'production';
  // Demo people have a known password: never on an external database or in production unless asked for by name.
  const seedDemo = parseBoolean('SEED_DEMO', env.SEED_DEMO, problems) ?? (databaseUrl === null && !production);
  const graphqlIntrospection =
    parseBoolean('GRAPHQL_INTROSPECTION', env.GRAPHQL_INTROSPECTION, problems) ?? !production;
  const host = env.HOST?.trim() || '127.0.0.1';
  const cookieSecure = parseBoolean('COOKIE_SECURE', env.COOKIE_SECURE, problems) ?? false;

  const dataDir = env.DATA_DIR
    ? isAbsolute(env.DATA_DIR)
      ? env.DATA_DIR
      : resolve(cwd, env.DATA_DIR)
    : resolve(cwd, '.data');
  const themeCss = env.THEME_CSS ? resolve(cwd, env.THEME_CSS) : null;
  const trustProxy = env.TRUST_PROXY?.trim() || null;

  const allowedOrigins: string[] = [];
  for (const entry of (env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const url = URL.canParse(entry) ? new URL(entry) : null;
    if (
      url &&
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      url.pathname === '/' &&
      !url.search &&
      !url.hash
    )
      allowedOrigins.push(url.origin);
    else
      problems.push(
        `ALLOWED_ORIGINS: "${entry}" is not an origin such as https://planbord.gemeente.nl or http://localhost:4200.`,
      );
  }

  // Jobs
  const jobSchedules: Record<string, string> = {};
  for (const entry of (env.JOB_SCHEDULES ?? '')
    .split(';')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const match = /^([\w-]+)\s*=\s*(\S+(?:\s+\S+){4})$/.exec(entry);
    if (match) jobSchedules[match[1]] = match[2];
    else
      problems.push(
        `JOB_SCHEDULES: "${entry}" is not job-name=cron, such as session-cleanup=0 * * * * (entries separated by ;).`,
      );
  }

  let signalRetentionDays = 365;
  if (env.SIGNAL_RETENTION_DAYS !== undefined && env.SIGNAL_RETENTION_DAYS !== '') {
    const n = Number(env.SIGNAL_RETENTION_DAYS);
    if (!Number.isInteger(n) || n < 1 || n > 3650)
      problems.push(
        `SIGNAL_RETENTION_DAYS="${env.SIGNAL_RETENTION_DAYS}" must be a whole number of days from 1 to 3650.`,
      );
    else signalRetentionDays = n;
  }

  // Links back to Planbord (in e-mails and webhook messages), and e-mail
  let publicUrl = `http://localhost:${port || 3000}`;
  if (env.PUBLIC_URL) {
    const url = URL.canParse(env.PUBLIC_URL) ? new URL(env.PUBLIC_URL) : null;
    if (url && (url.protocol === 'http:' || url.protocol === 'https:') && !url.search && !url.hash)
      publicUrl = url.href.replace(/\/+$/, '');
    else problems.push(`PUBLIC_URL="${env.PUBLIC_URL}" is not an address such as https://planbord.gemeente.nl.`);
  }
  let smtpUrl: string | null = null;
  if (env.SMTP_URL) {
    const url = URL.canParse(env.SMTP_URL) ? new URL(env.SMTP_URL) : null;
    if (url && (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname) smtpUrl = env.SMTP_URL;
    else problems.push('SMTP_URL must look like smtp://user:password@mail.gemeente.nl:587 (or smtps:// for port 465).');
  }
  const mailFrom = env.MAIL_FROM?.trim() || 'Planbord <planbord@localhost>';
  if (!/^(?:[^<>@]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/.test(mailFrom))
    problems.push(`MAIL_FROM="${env.MAIL_FROM}" is not an address such as "Planbord <planbord@gemeente.nl>".`);

  // Outbound webhooks: 5 s, 30 s, 2 min, 10 min, 1 h, 4 h, then every 8 h until a day after the first attempt.
  let webhookRetrySeconds = [5, 30, 120, 600, 3600, 14_400, 28_800];
  if (env.WEBHOOK_RETRY_SECONDS) {
    const list = env.WEBHOOK_RETRY_SECONDS.split(',').map((part) => Number(part.trim()));
    if (list.length && list.every((n) => Number.isInteger(n) && n >= 1 && n <= 86_400)) webhookRetrySeconds = list;
    else
      problems.push(
        `WEBHOOK_RETRY_SECONDS="${env.WEBHOOK_RETRY_SECONDS}" must be whole numbers of seconds (1 to 86400) separated by commas, such as 5,30,120.`,
      );
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    databaseUrl,
    dataDir,
    orgTimeZone,
    demoPassword,
    seedDemo,
    cookieSecure,
    production,
    themeCss,
    trustProxy,
    host,
    graphqlIntrospection,
    allowedOrigins,
    jobSchedules,
    ingestRatePerMinute,
    signalRetentionDays,
    publicUrl,
    smtpUrl,
    mailFrom,
    webhookRetrySeconds,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
