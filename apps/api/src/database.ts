import { startEmbeddedPostgres, type AppConfig } from '@planbord/api-core';

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** `DATABASE_URL` when set; otherwise an embedded PostgreSQL with its files in the data folder. */
export async function openDatabase(config: AppConfig, log: (message: string) => void): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  const pg = await startEmbeddedPostgres({ dataDir: config.dataDir, database: 'planbord', log });
  return { url: pg.url, embedded: true, stop: pg.stop };
}
