import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('has sensible defaults for a fresh machine', () => {
    const config = loadConfig({}, '/srv/planbord');
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: null,
      dataDir: '/srv/planbord/.data',
      orgTimeZone: 'Europe/Amsterdam',
      demoPassword: 'planbord-demo',
      seedDemo: true,
      cookieSecure: false,
      themeCss: null,
      host: '127.0.0.1',
      graphqlIntrospection: true,
    });
  });

  it('in production seeds no demo people and hides the schema, unless asked for by name', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({
      production: true,
      seedDemo: false,
      graphqlIntrospection: false,
    });
    expect(loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true', GRAPHQL_INTROSPECTION: 'true' })).toMatchObject({
      seedDemo: true,
      graphqlIntrospection: true,
    });
    expect(loadConfig({ GRAPHQL_INTROSPECTION: 'false' }).graphqlIntrospection).toBe(false);
  });

  it('listens on the address HOST names', () => {
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('does not seed demo data into an external database unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/planbord' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/planbord', SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('names every bad value with a clear message', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        ORG_TIME_ZONE: 'Mars/Olympus',
        DEMO_PASSWORD: 'short',
        SEED_DEMO: 'maybe',
        COOKIE_SECURE: 'yes please',
        GRAPHQL_INTROSPECTION: 'sometimes',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of [
      'PORT',
      'DATABASE_URL',
      'ORG_TIME_ZONE',
      'DEMO_PASSWORD',
      'SEED_DEMO',
      'COOKIE_SECURE',
      'GRAPHQL_INTROSPECTION',
    ])
      expect(problems).toContain(name);
  });

  it('reads extra WebSocket origins as a comma-separated list of origins', () => {
    expect(loadConfig({}).allowedOrigins).toEqual([]);
    expect(
      loadConfig({ ALLOWED_ORIGINS: 'https://planbord.gemeente.nl/, http://localhost:4200' }).allowedOrigins,
    ).toEqual(['https://planbord.gemeente.nl', 'http://localhost:4200']);
    for (const bad of ['planbord.gemeente.nl', 'ftp://files.example', 'https://planbord.gemeente.nl/app']) {
      expect(() => loadConfig({ ALLOWED_ORIGINS: bad })).toThrow(/ALLOWED_ORIGINS/);
    }
  });

  it('reads job schedules by name and refuses an entry that is not name=cron', () => {
    expect(loadConfig({ JOB_SCHEDULES: 'session-cleanup=* * * * *; rubric-horizon = 0 4 * * 1' }).jobSchedules).toEqual(
      { 'session-cleanup': '* * * * *', 'rubric-horizon': '0 4 * * 1' },
    );
    expect(() => loadConfig({ JOB_SCHEDULES: 'session-cleanup=hourly' })).toThrow(
      /JOB_SCHEDULES: "session-cleanup=hourly"/,
    );
  });

  it('reads how many webhook deliveries a source may make per minute', () => {
    expect(loadConfig({}).ingestRatePerMinute).toBe(1200);
    expect(loadConfig({ INGEST_PER_MINUTE: '30' }).ingestRatePerMinute).toBe(30);
    for (const bad of ['0', '-5', '2.5', 'many'])
      expect(() => loadConfig({ INGEST_PER_MINUTE: bad })).toThrow(/INGEST_PER_MINUTE/);
  });

  it("keeps signals' author data for a year unless told otherwise, in whole days", () => {
    expect(loadConfig({}).signalRetentionDays).toBe(365);
    expect(loadConfig({ SIGNAL_RETENTION_DAYS: '90' }).signalRetentionDays).toBe(90);
    for (const bad of ['0', '-3', '1.5', 'jaar', '4000'])
      expect(() => loadConfig({ SIGNAL_RETENTION_DAYS: bad })).toThrow(/SIGNAL_RETENTION_DAYS/);
  });

  it('sends e-mail only when SMTP_URL names a mail server, from MAIL_FROM, with links to PUBLIC_URL', () => {
    expect(loadConfig({})).toMatchObject({
      smtpUrl: null,
      mailFrom: 'Planbord <planbord@localhost>',
      publicUrl: 'http://localhost:3000',
    });
    expect(
      loadConfig({
        SMTP_URL: 'smtp://mail.gemeente.nl:587',
        MAIL_FROM: 'Planbord <planbord@gemeente.nl>',
        PUBLIC_URL: 'https://planbord.gemeente.nl/',
      }),
    ).toMatchObject({
      smtpUrl: 'smtp://mail.gemeente.nl:587',
      mailFrom: 'Planbord <planbord@gemeente.nl>',
      publicUrl: 'https://planbord.gemeente.nl',
    });
    for (const bad of ['mail.gemeente.nl', 'http://mail.gemeente.nl', 'smtp://'])
      expect(() => loadConfig({ SMTP_URL: bad })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ MAIL_FROM: 'planbord' })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ PUBLIC_URL: 'planbord.gemeente.nl' })).toThrow(/PUBLIC_URL/);
  });
});
