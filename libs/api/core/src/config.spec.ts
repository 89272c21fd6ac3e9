import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('has sensible defaults for a fresh machine', () => {
    const config = loadConfig({}, '/srv/planbord');
    expect(config).toMatchObject({
      port: 3000, databaseUrl: null, dataDir: '/srv/planbord/.data', orgTimeZone: 'Europe/Amsterdam',
      demoPassword: 'planbord-demo', seedDemo: true, cookieSecure: false, themeCss: null,
    });
  });

  it('does not seed demo data into an external database unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/planbord' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/planbord', SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('names every bad value with a clear message', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', ORG_TIME_ZONE: 'Mars/Olympus', DEMO_PASSWORD: 'short', SEED_DEMO: 'maybe', COOKIE_SECURE: 'yes please' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'ORG_TIME_ZONE', 'DEMO_PASSWORD', 'SEED_DEMO', 'COOKIE_SECURE']) expect(problems).toContain(name);
  });

  it('reads job schedules by name and refuses an entry that is not name=cron', () => {
    expect(loadConfig({ JOB_SCHEDULES: 'session-cleanup=* * * * *; rubric-horizon = 0 4 * * 1' }).jobSchedules).toEqual({ 'session-cleanup': '* * * * *', 'rubric-horizon': '0 4 * * 1' });
    expect(() => loadConfig({ JOB_SCHEDULES: 'session-cleanup=hourly' })).toThrow(/JOB_SCHEDULES: "session-cleanup=hourly"/);
  });
});
