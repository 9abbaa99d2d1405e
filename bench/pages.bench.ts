/**
 * Page benchmark: `npm run bench:pages -- [--questions 2000] [--seconds 10] [--database-url URL]`.
 *
 * Starts OpenConsult as a separate process (`src/main.ts`, SERVICES=web) on a fresh database
 * with N demo Q&As — an on-disk PGlite folder, or with --database-url a scratch database created
 * on that PostgreSQL server and dropped afterwards — then drives it over loopback with
 * autocannon: the home page, a department page, and Q&A pages (a different published Q&A per
 * request, each view counted, as readers arriving from search engines do), with 1 and 16
 * concurrent connections. Results are recorded in docs/benchmarks.md.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';

const { values: args } = parseArgs({
  options: {
    questions: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '10' },
    port: { type: 'string', default: '3390' },
    'database-url': { type: 'string' },
  },
});
const questions = Number(args.questions);
const seconds = Number(args.seconds);
const port = Number(args.port);
const base = `http://127.0.0.1:${port}`;

async function startServer(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SERVICES: 'web',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const deadline = Date.now() + 10 * 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start in time');
}

/** Paths of the published Q&As, read from the sitemap as a crawler would. */
async function publishedPaths(): Promise<string[]> {
  const sitemap = await (await fetch(`${base}/sitemaps/questions-1.xml`)).text();
  return [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]+)<\/loc>/g)].map((match) => match[1]!);
}

interface Row {
  page: string;
  connections: number;
  rps: number;
  p50: number;
  p97_5: number;
  p99: number;
  errors: number;
}

async function measure(page: string, paths: string[], connections: number): Promise<Row> {
  let next = 0;
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }),
      },
    ],
  });
  return {
    page,
    connections,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function run(label: string, env: NodeJS.ProcessEnv): Promise<void> {
  const started = Date.now();
  const server = await startServer(env);
  console.log(
    `\n${label}: ${questions} demo Q&As, server ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  try {
    const qa = await publishedPaths();
    const pages: [string, string[]][] = [
      ['home /en', ['/en']],
      ['department page', ['/en/departments/neurology', '/zh-TW/departments/cardiology']],
      [`Q&A page (${qa.length} different)`, qa],
    ];
    console.log('page                              conns    req/s   p50 ms  p97.5 ms  p99 ms  errors');
    for (const [page, paths] of pages) {
      for (const connections of [1, 16]) {
        const row = await measure(page, paths, connections);
        console.log(
          `${row.page.padEnd(34)}${String(row.connections).padStart(5)}${String(row.rps).padStart(9)}` +
            `${String(row.p50).padStart(9)}${String(row.p97_5).padStart(10)}${String(row.p99).padStart(8)}${String(row.errors).padStart(8)}`,
        );
      }
    }
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
}

console.log(`Node ${process.version}, ${cpus().length} cores; ${seconds} s per measurement, loopback only`);
const dataDir = mkdtempSync(join(tmpdir(), 'oc-bench-pages-'));
try {
  await run('PGlite', { DATA_DIR: dataDir, DEMO_QUESTIONS: String(questions), DATABASE_URL: '' });
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
if (args['database-url']) {
  const name = `oc_bench_pages_${process.pid}`;
  const admin = new pg.Client({ connectionString: args['database-url'] });
  await admin.connect();
  await admin.query(`create database ${name} template template0 encoding 'UTF8'`);
  const url = new URL(args['database-url']);
  url.pathname = `/${name}`;
  try {
    await run('PostgreSQL', { DATABASE_URL: url.toString(), DEMO_QUESTIONS: String(questions) });
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
