import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  await globalThis.planbordTestPostgres?.stop();
  if (process.env.PLANBORD_TEST_DATA_DIR) rmSync(process.env.PLANBORD_TEST_DATA_DIR, { recursive: true, force: true });
}
