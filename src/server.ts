/**
 * Starting OpenConsult: open and migrate the database, load demo content into an empty one,
 * start the job queue, the worker and/or the web server (SERVICES), and stop cleanly.
 */
import { serve } from '@hono/node-server';
import { type Config, getConfig } from './config.ts';
import { migrateDatabase, openConfiguredDatabase, withStartupLock } from './db/database.ts';
import { activeDemoAccounts, ensureDemoAccounts } from './features/accounts/demo-accounts.ts';
import { loadDemoData } from './features/demo/demo.service.ts';
import { ensureCatalogDepartments } from './features/departments/departments.repository.ts';
import { countQuestions } from './features/questions/questions.repository.ts';
import { createRateLimitStore } from './features/security/rate-limit.store-factory.ts';
import { startJobQueue } from './jobs/queue.ts';
import { startWorker } from './jobs/worker.ts';
import { createApp } from './web/app.tsx';

export interface RunningServer {
  url?: string;
  stop(): Promise<void>;
}

export async function startServer(config: Config = getConfig()): Promise<RunningServer> {
  const database = await openConfiguredDatabase(config);
  await migrateDatabase(database);
  await ensureCatalogDepartments(database.db);
  if (config.DEMO_QUESTIONS > 0) {
    // Instances starting together on one PostgreSQL database: the first loads, the others find it done.
    await withStartupLock(database, 'seed', async () => {
      if ((await countQuestions(database.db)) > 0) return;
      console.log(`Empty database: loading ${config.DEMO_QUESTIONS} demo Q&As…`);
      await loadDemoData(database.db, { questions: config.DEMO_QUESTIONS });
      await ensureDemoAccounts(database.db);
    });
  }
  const demoAccounts = await activeDemoAccounts(database.db);
  const queue = await startJobQueue(database);
  const stopWorker = config.SERVICES.includes('worker')
    ? await startWorker(database, queue, config)
    : undefined;

  let httpServer: ReturnType<typeof serve> | undefined;
  let rateLimitStore: ReturnType<typeof createRateLimitStore> | undefined;
  let url: string | undefined;
  if (config.SERVICES.includes('web')) {
    rateLimitStore = createRateLimitStore(config, database.db);
    const app = createApp({ db: database.db, database, jobs: queue, config, rateLimitStore });
    await new Promise<void>((resolve) => {
      httpServer = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
        url = `http://localhost:${info.port}`;
        resolve();
      });
    });
    const where = config.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`;
    console.log(`\nOpenConsult is running at ${url}  (${where})`);
    if (demoAccounts.length > 0) {
      console.log('\nDemo accounts on this demo database (change or remove them before going public):');
      for (const account of demoAccounts) {
        console.log(
          `  ${account.role.padEnd(7)} ${account.email}  password: ${account.password}  ${account.note}`,
        );
      }
      console.log(`  Sign in at ${url}/en/signin\n`);
    }
  }

  let stopping = false;
  return {
    url,
    async stop() {
      if (stopping) return;
      stopping = true;
      await new Promise<void>((resolve) => (httpServer ? httpServer.close(() => resolve()) : resolve()));
      stopWorker?.();
      await rateLimitStore?.close();
      await queue.stop();
      await database.close();
    },
  };
}
