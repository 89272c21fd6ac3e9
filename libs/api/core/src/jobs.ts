import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import { APP_CONFIG, type AppConfig } from './config';
import { DATABASE_URL } from './change-feed';

export interface JobDefinition {
  /** Also the pg-boss queue: letters, digits and hyphens. */
  name: string;
  /** Cron, in the organisation's time zone; `JOB_SCHEDULES` can replace it per job. */
  schedule: string;
  run: () => Promise<unknown>;
}

/** Work that is asked for rather than scheduled (an import), run by whichever process picks it up first. */
export interface WorkerDefinition {
  name: string;
  run: (data: Record<string, unknown>) => Promise<unknown>;
  /** How a failed run is tried again: `limit` times, after `delaySeconds` (doubling each time with `backoff`). */
  retry?: { limit: number; delaySeconds: number; backoff?: boolean };
}

/**
 * Scheduled jobs on pg-boss, in its own schema (`pgboss`) of the same database. A schedule lives in the database, so
 * it runs once per tick however many API processes run, and a restart does not reset its clock. Features register
 * their jobs while their module initialises; the jobs start with the application and stop with it.
 */
@Injectable()
export class Jobs implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly definitions = new Map<string, JobDefinition>();
  private readonly workers = new Map<string, WorkerDefinition>();
  private readonly workerIds = new Map<string, string>();
  private boss: PgBoss | null = null;
  private lastError = { message: '', at: 0 };

  constructor(
    @Inject(DATABASE_URL) private readonly url: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Adds a job; registered after the start, it is installed at once (the promise says when). */
  register(job: JobDefinition): Promise<void> {
    this.definitions.set(job.name, job);
    return this.boss ? this.install(this.boss, job) : Promise.resolve();
  }

  /** Adds a queue of work that `enqueue` fills. */
  registerWorker(worker: WorkerDefinition): Promise<void> {
    this.workers.set(worker.name, worker);
    return this.boss ? this.installWorker(this.boss, worker) : Promise.resolve();
  }

  /**
   * Queues work; this process's worker is woken at once rather than at its next poll. `startAfter` (a moment, or
   * seconds from now) holds it back until then, as a retry does.
   */
  async enqueue(
    name: string,
    data: Record<string, unknown>,
    options: { startAfter?: Date | number } = {},
  ): Promise<void> {
    if (!this.boss) throw new Error('jobs have not started');
    await this.boss.send(name, data, options.startAfter !== undefined ? { startAfter: options.startAfter } : {});
    const workerId = this.workerIds.get(name);
    if (workerId && options.startAfter === undefined) this.boss.notifyWorker(workerId);
  }

  /** Runs a job now, besides its schedule: once, in whichever process picks it up first. */
  async trigger(name: string): Promise<void> {
    if (!this.boss) throw new Error('jobs have not started');
    await this.boss.send(name, {});
  }

  async onApplicationBootstrap(): Promise<void> {
    // pg-boss hands its options to node-postgres's pool, which also takes the connection timeout its types omit.
    const boss = new PgBoss({
      connectionString: this.url,
      schema: 'pgboss',
      max: 3,
      application_name: 'planbord-jobs',
      connectionTimeoutMillis: 5000,
    } as PgBoss.ConstructorOptions);
    boss.on('error', (error) => this.warn(error));
    await boss.start();
    this.boss = boss;
    for (const job of this.definitions.values()) await this.install(boss, job);
    for (const worker of this.workers.values()) await this.installWorker(boss, worker);
  }

  async beforeApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  private async install(boss: PgBoss, job: JobDefinition): Promise<void> {
    // stately: a job slower than its schedule is not queued up over and over.
    await boss.createQueue(job.name, { name: job.name, policy: 'stately', retryLimit: 2, retryDelay: 60 });
    await boss.schedule(
      job.name,
      this.config.jobSchedules[job.name] ?? job.schedule,
      {},
      { tz: this.config.orgTimeZone },
    );
    await boss.work(job.name, async () => {
      const started = Date.now();
      await job.run();
      this.logger.log(`${job.name} done in ${Date.now() - started} ms`);
    });
  }

  private async installWorker(boss: PgBoss, worker: WorkerDefinition): Promise<void> {
    const retry = worker.retry ?? { limit: 2, delaySeconds: 30 };
    await boss.createQueue(worker.name, {
      name: worker.name,
      policy: 'standard',
      retryLimit: retry.limit,
      retryDelay: retry.delaySeconds,
      retryBackoff: retry.backoff ?? false,
    });
    const id = await boss.work<Record<string, unknown>>(worker.name, async (jobs) => {
      for (const job of jobs) await worker.run(job.data ?? {});
    });
    this.workerIds.set(worker.name, id);
  }

  /** While the database is away every poll fails; one line per minute says so. */
  private warn(error: Error): void {
    const now = Date.now();
    if (error.message === this.lastError.message && now - this.lastError.at < 60_000) return;
    this.lastError = { message: error.message, at: now };
    this.logger.warn(`pg-boss: ${error.message}`);
  }
}
