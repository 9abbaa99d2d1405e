/**
 * Similar-question lookup for NEW questions (as typed in the ask form, POST /api/v1/similar):
 * `npm run bench:similar -- --database-url URL [--texts 200] [--concurrency 1]` on a database
 * that already holds indexed Q&As (for example one loaded by `openconsult demo-data`), or
 * through bench/search.bench.ts --similar, which loads its own.
 *
 * The texts are demo questions of another seed (the asker's title and question, never stored),
 * each looked up once per run through findSimilar (the lexical default, no embeddings), and the
 * candidate SQL alone (the provider's `candidates`) for comparison. Prints p50 / p95 / p99 ms.
 */
import { parseArgs } from 'node:util';
import type { Db } from '../src/db/database.ts';
import { openDatabase } from '../src/db/database.ts';
import { generateDemoData } from '../src/features/demo/demo-generator.ts';
import { siteLexicon } from '../src/features/search/lexicon/site-lexicon.ts';
import { searchProviderFor } from '../src/features/search/search.provider.ts';
import { questionFeatures } from '../src/features/similar/question-vector.ts';
import { CANDIDATE_POOL, candidateTerms, findSimilar } from '../src/features/similar/similar.service.ts';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const fmt = (ms: number) => ms.toFixed(1).padStart(6);

/** Runs `texts` new-question lookups with `concurrency` clients; prints service and SQL figures. */
export async function benchSimilar(db: Db, options: { texts: number; concurrency: number }): Promise<void> {
  const { records } = generateDemoData({ count: options.texts, seed: 424_242 });
  const inputs = records.map((r) => ({ text: `${r.question.title}\n${r.question.body}`, lang: r.lang }));
  const provider = searchProviderFor(db);
  const lexicon = await siteLexicon(db);
  const run = async (one: (input: (typeof inputs)[number]) => Promise<unknown>) => {
    const times: number[] = [];
    let next = 0;
    const client = async () => {
      while (next < inputs.length) {
        const input = inputs[next++]!;
        const started = performance.now();
        await one(input);
        times.push(performance.now() - started);
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, client));
    return times.sort((a, b) => a - b);
  };
  // One warm-up pass over other texts (the database's caches, the lexicon), then the measured
  // ones: texts never looked up before, as for a new question on a site.
  const warmUp = generateDemoData({ count: options.texts, seed: 424_243 }).records;
  for (const r of warmUp) {
    await findSimilar(db, provider, lexicon, {
      text: `${r.question.title}\n${r.question.body}`,
      lang: r.lang,
      limit: 10,
    });
  }
  let empty = 0;
  const service = await run(async (input) => {
    const hits = await findSimilar(db, provider, lexicon, { ...input, limit: 10 });
    if (hits.length === 0) empty++;
  });
  const bare = await run((input) =>
    provider.candidates(candidateTerms(questionFeatures(input.text, lexicon), lexicon), {
      limit: CANDIDATE_POOL,
      lang: input.lang,
    }),
  );
  console.log(
    `  similar lookup, ${inputs.length} new questions, ${options.concurrency} client(s): ` +
      `service p50 ${fmt(percentile(service, 50))} p95 ${fmt(percentile(service, 95))} p99 ${fmt(percentile(service, 99))} | ` +
      `candidate SQL p50 ${fmt(percentile(bare, 50))} p95 ${fmt(percentile(bare, 95))} p99 ${fmt(percentile(bare, 99))} ms` +
      ` (${empty} found nothing)`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values: args } = parseArgs({
    options: {
      'database-url': { type: 'string' },
      texts: { type: 'string', default: '200' },
      concurrency: { type: 'string', default: '1' },
    },
  });
  if (!args['database-url']) throw new Error('--database-url is required');
  const concurrency = Number(args.concurrency);
  const database = await openDatabase({ url: args['database-url'], poolSize: Math.max(4, concurrency) });
  try {
    await benchSimilar(database.db, { texts: Number(args.texts), concurrency });
  } finally {
    await database.close();
  }
}
