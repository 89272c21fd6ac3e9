import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const app = globalThis.planbordE2eApp;
  if (!app) return;
  await app.stop('SIGTERM');
  rmSync(app.dataDir, { recursive: true, force: true });
}
