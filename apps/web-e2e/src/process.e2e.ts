import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD, startApp } from './harness';

async function gql(
  url: string,
  query: string,
  cookie?: string,
): Promise<{ data?: Record<string, unknown>; errors?: unknown[]; cookie?: string }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query }),
  });
  return { ...(await res.json()), cookie: res.headers.get('set-cookie')?.split(';')[0] };
}

describe('running the app', () => {
  it('survives SIGKILL: the next start takes over the data folder and the data is still there', async () => {
    const first = await startApp();
    try {
      const login = await gql(
        first.url,
        `mutation { login(email: "admin@planbord.local", password: "${DEMO_PASSWORD}") { id } }`,
      );
      const created = await gql(
        first.url,
        'mutation { createDepartment(input: { name: "Overleeft een kill", color: "#224466" }) { id } }',
        login.cookie,
      );
      expect(created.errors).toBeUndefined();
      expect(first.output()).toMatch(
        /SEED_DEMO=true with NODE_ENV=production: the demo people sign in with the known password/,
      );
      expect(await first.stop('SIGKILL')).toBeNull();
      expect(existsSync(join(first.dataDir, 'pg', 'postmaster.pid'))).toBe(true);

      const second = await startApp({}, first.dataDir);
      try {
        const again = await gql(
          second.url,
          `mutation { login(email: "admin@planbord.local", password: "${DEMO_PASSWORD}") { id } }`,
        );
        const { data } = await gql(second.url, '{ departments { name } }', again.cookie);
        expect((data?.departments as { name: string }[]).map((d) => d.name)).toContain('Overleeft een kill');
        expect(second.output()).not.toMatch(/Seeded the demo municipality/);
      } finally {
        expect(await second.stop('SIGTERM')).toBe(0);
      }
      expect(existsSync(join(first.dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    } finally {
      rmSync(first.dataDir, { recursive: true, force: true });
    }
  });

  it('starts from a private data folder, keeping the database where the account that runs PostgreSQL can reach it', async () => {
    const privateDir = mkdtempSync(join(tmpdir(), 'planbord-private-'));
    const app = await startApp({}, privateDir);
    const relocated = () => /live in (\S+) instead/.exec(app.output())?.[1];
    try {
      expect((await fetch(`${app.url}/health`)).status).toBe(200);
      // As root, PostgreSQL runs as the postgres system user, which cannot enter a private folder of root's: the
      // cluster moves to /var/lib/planbord. Anyone else runs it as themselves, in the folder they own.
      const asRoot = process.getuid?.() === 0;
      const cluster = asRoot ? relocated() : join(privateDir, 'pg');
      if (asRoot)
        expect(app.output()).toMatch(
          /cannot enter .*planbord-private-.*; the database files live in \/var\/lib\/planbord\//,
        );
      else expect(relocated()).toBeUndefined();
      expect(existsSync(join(cluster!, 'PG_VERSION'))).toBe(true);
      expect(existsSync(join(privateDir, 'pg', 'PG_VERSION'))).toBe(!asRoot);
    } finally {
      await app.stop();
      const moved = relocated();
      if (moved) rmSync(join(moved, '..'), { recursive: true, force: true });
      rmSync(privateDir, { recursive: true, force: true });
    }
  });

  it('stops with a clear message for each bad setting', async () => {
    await expect(startApp({ PORT: 'abc', ORG_TIME_ZONE: 'Nowhere/Land' })).rejects.toThrow(
      /PORT="abc"[\s\S]*ORG_TIME_ZONE="Nowhere\/Land"/,
    );
  });
});
