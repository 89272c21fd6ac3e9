import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@planbord/api-core';

declare global {
  var planbordTestPostgres: EmbeddedPostgres | undefined;
}

/** One fresh embedded PostgreSQL per test run; each test file gets its own database on it. */
export default async function globalSetup(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'planbord-test-'));
  chmodSync(dataDir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir, database: 'planbord_test' });
  globalThis.planbordTestPostgres = pg;
  process.env.PLANBORD_TEST_SERVER_URL = pg.url.replace(/\/planbord_test$/, '');
  process.env.PLANBORD_TEST_DATA_DIR = dataDir;
}
