/**
 * Before/after on the same database and the same machine load, interleaved:
 * `npx tsx bench/search-ab.bench.ts --database-url URL [--runs 15]` on a database holding indexed
 * demo Q&As (e.g. `openconsult demo-data --questions 100000` then `openconsult reindex`).
 *
 * "before" is the ranking SQL of commit f7df3ed (every match ranked by its full vector, up to
 * 5,000; similar candidates an OR of every term, each tested on the TOASTed vector); "after" is
 * the shipped provider (postgres-search.provider.ts). Each run times one "before" and one
 * "after" back to back, so both see the same load. Prints p50 / p95 in milliseconds.
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { type Db, openDatabase, queryRows } from '../src/db/database.ts';
import { generateDemoData } from '../src/features/demo/demo-generator.ts';
import { defaultLexicon } from '../src/features/search/lexicon/default-lexicon.ts';
import { createPostgresSearchProvider } from '../src/features/search/postgres-search.provider.ts';
import type { WeightedTerm } from '../src/features/search/search.provider.ts';
import { filterSql, RANK_WEIGHTS, rankDocuments } from '../src/features/search/search-index.repository.ts';
import { parseQuery } from '../src/features/search/search-query.ts';
import { anyPhraseTsquery, queryToTsquery } from '../src/features/search/tsquery.ts';
import { questionFeatures } from '../src/features/similar/question-vector.ts';
import { CANDIDATE_POOL, candidateTerms } from '../src/features/similar/similar.service.ts';

const { values: args } = parseArgs({
  options: { 'database-url': { type: 'string' }, runs: { type: 'string', default: '15' } },
});
if (!args['database-url']) throw new Error('--database-url is required');
const runs = Number(args.runs);
const QUERIES = [
  '肌肉',
  '跳動',
  '頭痛',
  '高血壓',
  '抽筋',
  '痛',
  '手抖 醫師',
  'muscle twitching',
  'headache',
  'heart attack',
  'high blood pressure',
  'MRI 檢查',
];

/** The similar-candidate SQL before: an OR of every term, each tested on the full vector. */
function oldCandidates(db: Db, terms: readonly WeightedTerm[]) {
  const parts = terms.map((term) => ({ tsquery: anyPhraseTsquery(term.phrases), weight: term.weight }));
  const any = sql`${parts.map((term) => `(${term.tsquery})`).join(' | ')}::tsquery`;
  const weighted = sql.join(
    parts.map((t) => sql`(case when d.tsv @@ ${t.tsquery}::tsquery then ${t.weight}::float8 else 0 end)`),
    sql` + `,
  );
  return queryRows(
    db,
    sql`select c.id, c.rank from (
          select d.question_id as id, (ts_rank(${RANK_WEIGHTS}::float4[], d.tsv, ${any}, 1) + ${weighted})::float8 as rank
          from search_documents d where d.tsv @@ ${any} and ${filterSql({ timeZone: 'UTC' })} limit 5000
        ) c order by c.rank desc, c.id desc limit ${CANDIDATE_POOL}`,
  );
}

const pct = (times: number[], p: number) => {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1).padStart(6);
};

async function pair(before: () => Promise<unknown>, after: () => Promise<unknown>, n: number) {
  const b: number[] = [];
  const a: number[] = [];
  for (let i = 0; i < n; i++) {
    let t = performance.now();
    await before();
    b.push(performance.now() - t);
    t = performance.now();
    await after();
    a.push(performance.now() - t);
  }
  return { b, a };
}

const database = await openDatabase({ url: args['database-url'] });
const { db } = database;
// Uncached: each run is ranked afresh.
const provider = createPostgresSearchProvider(db);
const lexicon = defaultLexicon();
const allB: number[] = [];
const allA: number[] = [];
console.log(`${'query'.padEnd(24)} before p50    p95 | after p50    p95  (SQL only, ms)`);
for (const q of QUERIES) {
  const query = parseQuery(q, lexicon);
  const tsquery = queryToTsquery(query)!;
  const page = { limit: 20, offset: 0 };
  const { b, a } = await pair(
    () =>
      rankDocuments(
        db,
        { match: tsquery, rank: tsquery },
        { timeZone: 'UTC' },
        { ...page, candidateLimit: 5000 },
      ),
    () => provider.search({ query, filters: { timeZone: 'UTC' }, ...page }),
    runs,
  );
  allB.push(...b);
  allA.push(...a);
  console.log(`${JSON.stringify(q).padEnd(24)} ${pct(b, 50)} ${pct(b, 95)} | ${pct(a, 50)} ${pct(a, 95)}`);
}
console.log(`all search queries       ${pct(allB, 50)} ${pct(allB, 95)} | ${pct(allA, 50)} ${pct(allA, 95)}`);
const texts = generateDemoData({ count: 60, seed: 424_242 }).records;
const sb: number[] = [];
const sa: number[] = [];
for (const r of texts) {
  const terms = candidateTerms(questionFeatures(`${r.question.title}\n${r.question.body}`, lexicon), lexicon);
  const { b, a } = await pair(
    () => oldCandidates(db, terms),
    () => provider.candidates(terms, { limit: CANDIDATE_POOL }),
    1,
  );
  sb.push(...b);
  sa.push(...a);
}
console.log(
  `similar candidates (${texts.length} new texts) ${pct(sb, 50)} ${pct(sb, 95)} | ${pct(sa, 50)} ${pct(sa, 95)}`,
);
await database.close();
