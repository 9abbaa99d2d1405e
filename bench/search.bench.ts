/**
 * Search benchmark: `npm run bench:search -- [--questions 2000] [--runs 100] [--concurrency 1,16]
 * [--database-url URL] [--skip-pglite] [--skip-rebuild] [--similar] [--existing URL] [--pool N] [--lang]`.
 *
 * Loads N demo Q&As (the bilingual demo generator, through the importer) into a fresh on-disk
 * PGlite folder, or into a scratch database on the PostgreSQL server of --database-url (dropped
 * afterwards); times building the search index from the import queue (the index build) and,
 * unless --skip-rebuild, a full rebuild over it; then, for each client count, runs a fixed set
 * of queries `runs` times each through the whole service (parse, provider, loading the Q&As,
 * snippets) and through the provider alone (its SQL: the planner estimate and the ranking
 * statement, no parsing, loading or highlighting), each twice (service, SQL, SQL, service), and
 * prints p50 / p95 / p99 in milliseconds.
 * Both uncached: every search is ranked afresh. Then the same queries once more through the
 * site's own provider, whose cache (search-cache.ts) the first pass filled: every search a hit,
 * the best case of a site whose readers repeat one another's queries.
 * With --similar, also similar-question lookups for new texts (bench/similar.bench.ts).
 *
 * --existing URL measures a PostgreSQL database loaded before (e.g. `openconsult demo-data
 * --questions 1000000` once): nothing is imported or dropped; whatever waits in its import queue
 * is indexed first (timed: that is the index build), then the queries run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { DEFAULT_POOL_SIZE } from '../src/config.ts';
import { type Database, migrateDatabase, openDatabase, queryRows } from '../src/db/database.ts';
import { loadDemoData } from '../src/features/demo/demo.service.ts';
import { ensureCatalogDepartments } from '../src/features/departments/departments.repository.ts';
import { defaultLexicon } from '../src/features/search/lexicon/default-lexicon.ts';
import { siteLexicon } from '../src/features/search/lexicon/site-lexicon.ts';
import { createPostgresSearchProvider } from '../src/features/search/postgres-search.provider.ts';
import { searchQuestions } from '../src/features/search/search.service.ts';
import { indexQueued, rebuildSearchIndex } from '../src/features/search/search-indexer.ts';
import { parseQuery } from '../src/features/search/search-query.ts';
import { FEATURES_BATCH, refreshStaleFeatures } from '../src/features/similar/similar-features.ts';
import { BENCH_QUERIES } from './search-queries.ts';
import { benchSimilar } from './similar.bench.ts';

const { values: args } = parseArgs({
  options: {
    questions: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '100' },
    /** Client counts, comma-separated: each is measured on the same loaded data. */
    concurrency: { type: 'string', default: '1' },
    'skip-rebuild': { type: 'boolean', default: false },
    similar: { type: 'boolean', default: false },
    'similar-texts': { type: 'string', default: '200' },
    'database-url': { type: 'string' },
    /** Skip the PGlite run (large sizes on PostgreSQL only). */
    'skip-pglite': { type: 'boolean', default: false },
    /** A loaded PostgreSQL database to measure as it is (nothing imported, nothing dropped). */
    existing: { type: 'string' },
    /** PostgreSQL connections (the app's DATABASE_POOL_SIZE); default: the app's default. */
    pool: { type: 'string' },
    /**
     * Each query searches its own language only (Chinese text: zh-TW, else en), as the search
     * page does by default (the interface language); without it, every language (the API's default).
     */
    lang: { type: 'boolean', default: false },
  },
});
const questionCount = Number(args.questions);
const runs = Number(args.runs);
const concurrencies = args.concurrency.split(',').map(Number);
let concurrency = 1;
const poolSize = args.pool ? Number(args.pool) : DEFAULT_POOL_SIZE;

/** Common and rare, Chinese, English, mixed, lexicon concepts, one character, nothing found. */
const QUERIES = BENCH_QUERIES;
const timeZone = 'Asia/Taipei';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Runs every query `runs` times and returns each query's times, sorted. One client takes the
 * queries one after another. Several clients take the next search from one shared sequence that
 * cycles through the queries, so the searches in flight at once are different queries started
 * at different times, as on a site. (Until 2026-12-07 the clients all ran the same query, 20
 * runs in all: the first wave of 16 identical searches started at one instant took 400-550 ms,
 * the waves after it 90-230 ms; that measured a convoy on the same pages more than search.)
 */
async function measureAll(run: (query: number) => Promise<unknown>): Promise<number[][]> {
  const times = QUERIES.map(() => [] as number[]);
  const total = runs * QUERIES.length;
  let next = 0;
  const client = async () => {
    for (let k = next++; k < total; k = next++) {
      const query = concurrency === 1 ? Math.floor(k / runs) : k % QUERIES.length;
      const started = performance.now();
      await run(query);
      times[query]!.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  return times.map((list) => list.sort((a, b) => a - b));
}

/** Two passes' times per query, as one sorted list per query. */
function mergeTimes(first: number[][], second: number[][]): number[][] {
  return first.map((times, i) => [...times, ...second[i]!].sort((a, b) => a - b));
}

const fmt = (ms: number) => ms.toFixed(1).padStart(6);

async function runOn(label: string, database: Database): Promise<void> {
  console.log(`\n${label}`);
  await migrateDatabase(database);
  const { db } = database;
  await ensureCatalogDepartments(db);
  let started = performance.now();
  const demo = await loadDemoData(db, { questions: questionCount });
  const importMs = performance.now() - started;
  started = performance.now();
  const queued = await indexQueued(db, { engine: database.engine });
  const queueMs = performance.now() - started;
  started = performance.now();
  const rebuilt = args['skip-rebuild']
    ? { indexed: 0 }
    : await rebuildSearchIndex(db, { engine: database.engine });
  const rebuildMs = performance.now() - started;
  const rate = (n: number, ms: number) => Math.round(n / (ms / 1000));
  console.log(`  import ${demo.import.imported} demo Q&As: ${(importMs / 1000).toFixed(2)} s`);
  console.log(
    `  index the import queue (${queued}): ${(queueMs / 1000).toFixed(2)} s, ${rate(queued, queueMs)}/s`,
  );
  console.log(
    `  full rebuild (${rebuilt.indexed}): ${(rebuildMs / 1000).toFixed(2)} s, ${rate(rebuilt.indexed, rebuildMs)}/s`,
  );
  await measureAtEachConcurrency(db);
}

/**
 * What the similar worker does after a bulk load, run to the end before lookups are measured:
 * the candidates' feature bags (left out of a bulk load) computed and stored.
 */
async function fillSimilarFeatures(db: Database['db']): Promise<void> {
  const lexicon = await siteLexicon(db);
  const started = performance.now();
  const filled = await refreshStaleFeatures(db, lexicon, { batch: FEATURES_BATCH });
  const ms = performance.now() - started;
  console.log(`  similar features after the load (${filled}): ${(ms / 1000).toFixed(2)} s`);
}

/** The queries (and similar lookups) at each client count, on the same loaded data. */
async function measureAtEachConcurrency(db: Database['db']): Promise<void> {
  if (args.similar) await fillSimilarFeatures(db);
  for (const clients of concurrencies) {
    concurrency = clients;
    await measureQueries(db);
    if (args.similar) await benchSimilar(db, { texts: Number(args['similar-texts']), concurrency });
  }
}

async function measureQueries(db: Database['db']): Promise<void> {
  console.log(`  ${runs} runs per query, ${concurrency} client(s); milliseconds`);
  console.log(
    `  ${'query'.padEnd(26)} ${'hits'.padStart(5)}   service p50    p95    p99 | provider p50    p95    p99`,
  );
  // Uncached: every search ranked afresh (the site's provider keeps pages of hits, measured apart below).
  const provider = createPostgresSearchProvider(db);
  const lexicon = defaultLexicon();
  const langOf = (q: string) =>
    args.lang ? (/\p{Script=Han}/u.test(q) ? ('zh-TW' as const) : ('en' as const)) : undefined;
  const inputs = QUERIES.map((q) => ({ q, page: 1, lang: langOf(q) }));
  const requests = QUERIES.map((q) => ({
    query: parseQuery(q, lexicon),
    filters: { timeZone, lang: langOf(q) },
    limit: 20,
    offset: 0,
  }));
  // Each query once first (its pages read, the connections open), which also gives its hits.
  const firsts = [];
  for (const input of inputs) firsts.push(await searchQuestions(db, input, { timeZone, provider }));
  // Service, SQL, SQL, service: a pass run first is slower (the JIT and caches still warming;
  // measured at 1M with 1 client: service ÷ SQL 1.44-1.59 with the service first, 1.32-1.37 with
  // it second, 1.36 interleaved), so each is measured once before and once after the other.
  const runService = () => measureAll((i) => searchQuestions(db, inputs[i]!, { timeZone, provider }));
  const runBare = () => measureAll((i) => provider.search(requests[i]!));
  const serviceBefore = await runService();
  const bareBefore = await runBare();
  const bare = mergeTimes(bareBefore, await runBare());
  const service = mergeTimes(serviceBefore, await runService());
  // The site's provider: its cache filled by one pass, so every search here is a cache hit.
  for (const input of inputs) await searchQuestions(db, input, { timeZone });
  const cached = (await measureAll((i) => searchQuestions(db, inputs[i]!, { timeZone }))).flat();
  cached.sort((a, b) => a - b);
  const all = service.flat();
  const allBare = bare.flat();
  for (const [i, q] of QUERIES.entries()) {
    const [first, times, sqlTimes] = [firsts[i]!, service[i]!, bare[i]!];
    console.log(
      `  ${JSON.stringify(q).padEnd(26)} ${String(first.total).padStart(5)}${first.relaxed ? '~' : ' '}  ` +
        `${fmt(percentile(times, 50))} ${fmt(percentile(times, 95))} ${fmt(percentile(times, 99))} | ` +
        `${fmt(percentile(sqlTimes, 50))} ${fmt(percentile(sqlTimes, 95))} ${fmt(percentile(sqlTimes, 99))}`,
    );
  }
  all.sort((a, b) => a - b);
  allBare.sort((a, b) => a - b);
  const ratio = (p: number) => (percentile(all, p) / percentile(allBare, p)).toFixed(2);
  console.log(
    `  all queries, ${concurrency} client(s): service p50 ${fmt(percentile(all, 50))}  p95 ${fmt(percentile(all, 95))}  p99 ${fmt(percentile(all, 99))}` +
      ` | SQL p50 ${fmt(percentile(allBare, 50))}  p95 ${fmt(percentile(allBare, 95))}  p99 ${fmt(percentile(allBare, 99))}` +
      ` | service/SQL ${ratio(50)} / ${ratio(95)} / ${ratio(99)}`,
  );
  console.log(
    `  all queries, ${concurrency} client(s), repeated (every search a cache hit): service p50 ${fmt(percentile(cached, 50))}  p95 ${fmt(percentile(cached, 95))}  p99 ${fmt(percentile(cached, 99))}`,
  );
}

async function runOnExisting(url: string): Promise<void> {
  const database = await openDatabase({ url, poolSize });
  try {
    await migrateDatabase(database);
    const { db } = database;
    const [documents] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from search_documents`,
    );
    console.log(`\nPostgreSQL, existing database (${documents?.n ?? 0} documents)`);
    const started = performance.now();
    const queued = await indexQueued(db, {
      engine: database.engine,
      onProgress: ({ indexed, total }) => {
        if (indexed % 50_000 < 500)
          console.log(
            `  indexed ${indexed}/${total} at ${((performance.now() - started) / 1000).toFixed(0)} s`,
          );
      },
    });
    const ms = performance.now() - started;
    console.log(
      `  index the import queue (${queued}): ${(ms / 1000).toFixed(2)} s, ${Math.round(queued / (ms / 1000))}/s`,
    );
    await measureAtEachConcurrency(db);
  } finally {
    await database.close();
  }
}

console.log(
  `${args.existing ? 'Existing' : questionCount} demo Q&As; Node ${process.version}, ${cpus().length} cores ("~" = relaxed search)`,
);
if (args.existing) {
  await runOnExisting(args.existing);
  process.exit(0);
}
if (!args['skip-pglite']) {
  const folder = mkdtempSync(join(tmpdir(), 'oc-search-bench-'));
  try {
    const database = await openDatabase({ dataDir: join(folder, 'data') });
    try {
      await runOn('PGlite (on-disk folder)', database);
    } finally {
      await database.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (args['database-url']) {
  const serverUrl = args['database-url'];
  const name = `oc_search_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name} template template0 encoding 'UTF8'`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize });
  try {
    await runOn('PostgreSQL', database);
  } finally {
    await database.close();
    const cleanup = new pg.Client({ connectionString: serverUrl });
    await cleanup.connect();
    await cleanup.query(`drop database if exists ${name} with (force)`);
    await cleanup.end();
  }
}
