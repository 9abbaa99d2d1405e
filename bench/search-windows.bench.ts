/**
 * The title slice's month windows against the year windows alone, interleaved on one database:
 * `npx tsx bench/search-windows.bench.ts --database-url URL [--concurrency 16] [--blocks 3]
 * [--searches 450]` on a database holding indexed demo Q&As (see bench/search.bench.ts
 * --existing). "years" is the provider with `months: 0` (no month window: the last two, then
 * five years, then all, as before migration 0016); "shipped" is the default tuning. Each block
 * runs `searches` searches of the bench's 15 queries through the whole service (uncached),
 * first with one provider, then with the other, so both see the same machine. Prints searches
 * a second, the machine's CPU time per search (from /proc/stat: PostgreSQL and Node together)
 * and the latency p50 / p95 / p99.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/database.ts';
import type { Lang } from '../src/db/schema.ts';
import {
  createPostgresSearchProvider,
  DEFAULT_SLICE,
} from '../src/features/search/postgres-search.provider.ts';
import type { SearchProvider } from '../src/features/search/search.provider.ts';
import { searchQuestions } from '../src/features/search/search.service.ts';
import { BENCH_QUERIES } from './search-queries.ts';

const { values: args } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    concurrency: { type: 'string', default: '16' },
    blocks: { type: 'string', default: '3' },
    searches: { type: 'string', default: '450' },
  },
});
if (!args['database-url']) throw new Error('--database-url is required');
const concurrency = Number(args.concurrency);
const blocks = Number(args.blocks);
const searches = Number(args.searches);

const QUERIES = BENCH_QUERIES;
const langOf = (q: string): Lang | undefined => (/\p{Script=Han}/u.test(q) ? 'zh-TW' : q ? 'en' : undefined);
const timeZone = 'Asia/Taipei';

/** Busy and total jiffies of every core since boot. */
function machineCpu(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  return fields.reduce((sum, value) => sum + value, 0) - fields[3]! - fields[4]!;
}

const database = await openDatabase({ url: args['database-url'] });
try {
  const { db } = database;
  const providers: Record<string, SearchProvider> = {
    years: createPostgresSearchProvider(db, { ...DEFAULT_SLICE, months: 0 }),
    shipped: createPostgresSearchProvider(db, DEFAULT_SLICE),
  };
  const search = (provider: SearchProvider, q: string) =>
    searchQuestions(db, { q, page: 1, lang: langOf(q) }, { timeZone, provider });
  for (const provider of Object.values(providers)) for (const q of QUERIES) await search(provider, q);
  const results = Object.fromEntries(
    Object.keys(providers).map((name) => [name, { times: [] as number[], ms: 0, jiffies: 0 }]),
  );
  for (let block = 0; block < blocks; block++) {
    for (const [name, provider] of Object.entries(providers)) {
      const times: number[] = [];
      let next = 0;
      const cpu = machineCpu();
      const started = performance.now();
      const client = async () => {
        for (let k = next++; k < searches; k = next++) {
          const begun = performance.now();
          await search(provider, QUERIES[k % QUERIES.length]!);
          times.push(performance.now() - begun);
        }
      };
      await Promise.all(Array.from({ length: concurrency }, client));
      const result = results[name]!;
      result.times.push(...times);
      result.ms += performance.now() - started;
      result.jiffies += machineCpu() - cpu;
    }
  }
  console.log(`${concurrency} client(s), ${blocks} blocks of ${searches} searches each, interleaved`);
  for (const [name, { times, ms, jiffies }] of Object.entries(results)) {
    times.sort((a, b) => a - b);
    const at = (p: number) =>
      times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(1);
    const count = times.length;
    // A jiffy is 10 ms of one core's time (USER_HZ 100).
    console.log(
      `  ${name.padEnd(8)} ${((count / ms) * 1000).toFixed(0).padStart(4)} searches/s, ` +
        `${((jiffies * 10) / count).toFixed(2)} ms of machine CPU per search, p50 ${at(50)} p95 ${at(95)} p99 ${at(99)} ms`,
    );
  }
} finally {
  await database.close();
}
