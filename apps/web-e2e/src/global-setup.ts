import { writeFileSync } from 'node:fs';
import { E2E_URL_FILE, startApp, type RunningApp } from './harness';

declare global {
  var planbordE2eApp: RunningApp | undefined;
}

/** One app for the browser tests, started as `npm start` would on a fresh machine: new data folder, demo seed. */
export default async function globalSetup(): Promise<void> {
  const app = await startApp();
  globalThis.planbordE2eApp = app;
  process.env.PLANBORD_E2E_URL = app.url;
  writeFileSync(E2E_URL_FILE, app.url);
}
