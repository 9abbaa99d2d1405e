/**
 * The bounded paths for common queries and similar lookups (issue 4, speed): the inline title
 * vector, the newest-first title slice, titles plus a sample, the lexeme statistics read from
 * pg_stats, and the choice of the terms that drive a similar lookup.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/db.ts';
import { buildQuestion } from '../../../test/factories.ts';
import { type Database, type Db, queryRows } from '../../db/database.ts';
import { searchDocuments } from '../../db/schema.ts';
import { conceptLexeme } from './concept-lexeme.ts';
import { documentVectors } from './document-vector.ts';
import { createLexicon } from './lexicon/lexicon.ts';
import { phraseOf, phrasesForLanguage } from './phrase.ts';
import {
  createPostgresSearchProvider,
  DEFAULT_SLICE,
  driveTerms,
  monthWindow,
  type SliceTuning,
  samplePlan,
  yearWindow,
} from './postgres-search.provider.ts';
import type { WeightedTerm } from './search.provider.ts';
import {
  type DocumentFilter,
  expireRecentDocuments,
  lastMonths,
  monthLexeme,
  recentPeriod,
  yearLexeme,
} from './search-index.repository.ts';
import { rebuildSearchIndex } from './search-indexer.ts';
import { parseQuery } from './search-query.ts';
import { rankTitleSlice, rankTitlesAndSample } from './search-slice.repository.ts';
import {
  estimateIndexQueryShare,
  phrasesShare,
  type TermFrequencies,
  termFrequencies,
  titleFrequencies,
} from './term-frequency.ts';

let database: Database;
let db: Db;
const ids: Record<string, number> = {};
const filter = { timeZone: 'UTC' };
const same = (tsquery: string) => ({ match: tsquery, rank: tsquery });

before(async () => {
  database = await createTestDatabase();
  db = database.db;
  const at = (day: string) => new Date(`${day}T08:00:00Z`);
  ids.newest = (
    await buildQuestion(db, {
      title: 'Headache at night',
      body: 'It wakes me up.',
      publishedAt: at('2026-03-01'),
    })
  ).id;
  ids.older = (
    await buildQuestion(db, {
      title: 'Headache after running',
      body: 'Only after long runs.',
      publishedAt: at('2025-01-01'),
    })
  ).id;
  ids.bodyOnly = (
    await buildQuestion(db, {
      title: 'Tired all day',
      body: 'I also get a headache.',
      publishedAt: at('2026-04-01'),
    })
  ).id;
  ids.other = (
    await buildQuestion(db, {
      title: 'Knee pain',
      body: 'My knee hurts on stairs.',
      publishedAt: at('2026-05-01'),
    })
  ).id;
  ids.mri = (
    await buildQuestion(db, {
      lang: 'zh-TW',
      title: '膝蓋的問題',
      body: '醫師建議我要做MRI檢查，還是先復健？',
      publishedAt: at('2026-05-02'),
    })
  ).id;
  await rebuildSearchIndex(db);
});

after(() => database.close());

describe('lone CJK characters in phrases', () => {
  test('"做MRI" matches exactly the run-final 做 the index holds', async () => {
    const found = await rankTitlesAndSample(db, same("'做' <1> 'mri'"), filter, {
      limit: 20,
      offset: 0,
      titleIds: [],
      sample: 50,
    });
    assert.deepEqual(
      found.rows.map((row) => row.id),
      [ids.mri],
    );
  });
});

describe('title vector', () => {
  test('holds the title tokens only, at weight A, with the positions of the full vector', () => {
    const { tsv, titleTsv } = documentVectors({
      pageTitle: 'Headache at night',
      title: 'Headache at night',
      body: 'Headache again',
      answers: ['Rest.'],
    });
    assert.match(tsv, /'headach':1A,\d+/);
    assert.equal(titleTsv, "'headach':1A 'night':3A");
  });

  test('is written for every indexed Q&A, with its publication year and month', async () => {
    const [row] = await db
      .select({ title: searchDocuments.titleTsv })
      .from(searchDocuments)
      .where(eq(searchDocuments.questionId, ids.newest!));
    assert.match(String(row?.title), /'headach':1A/);
    assert.match(String(row?.title), /'§y2026'/);
    assert.match(String(row?.title), new RegExp(`'${monthLexeme({ year: 2026, month: 3 })}'`));
  });

  test('the full vector holds the publication year, not the month', async () => {
    const [row] = await db
      .select({ tsv: searchDocuments.tsv })
      .from(searchDocuments)
      .where(eq(searchDocuments.questionId, ids.older!));
    assert.match(String(row?.tsv), /'§y2025'/);
    assert.doesNotMatch(String(row?.tsv), /'§m/);
    assert.doesNotMatch(String(row?.tsv), /'§y2026'/);
  });
});

describe('title slice', () => {
  test('a period of months or years holds only the titles published then', async () => {
    const inMonths = async (...months: [number, number][]) =>
      (
        await rankTitleSlice(db, same("'headach'"), filter, {
          limit: 20,
          offset: 0,
          slice: 300,
          period: months.map(([year, month]) => monthLexeme({ year, month })),
        })
      ).map((row) => row.id);
    assert.deepEqual(await inMonths([2026, 3]), [ids.newest]);
    assert.deepEqual(await inMonths([2026, 2], [2026, 4]), []);
    assert.deepEqual((await inMonths([2026, 3], [2025, 1])).sort(), [ids.newest, ids.older].sort());
    const inYears = await rankTitleSlice(db, same("'headach'"), filter, {
      limit: 20,
      offset: 0,
      slice: 300,
      period: [yearLexeme(2025)],
    });
    assert.deepEqual(
      inYears.map((row) => row.id),
      [ids.older],
    );
  });

  test('ranks only Q&As whose titles match, newest first within the slice', async () => {
    const all = await rankTitleSlice(db, same("'headach'"), filter, { limit: 20, offset: 0, slice: 300 });
    assert.deepEqual(all.map((row) => row.id).sort(), [ids.newest, ids.older].sort());
    assert.equal(all[0]?.total, 2);
    const one = await rankTitleSlice(db, same("'headach'"), filter, { limit: 20, offset: 0, slice: 1 });
    assert.deepEqual(
      one.map((row) => row.id),
      [ids.newest],
      'a slice of one is the newest title match',
    );
  });

  test('titles plus a sample: title matches rank above a body-only match; a full sample says so', async () => {
    const titleIds = [ids.newest!, ids.older!];
    const found = await rankTitlesAndSample(db, same("'headach'"), filter, {
      limit: 20,
      offset: 0,
      titleIds,
      sample: 5,
    });
    assert.deepEqual(
      found.rows
        .map((row) => row.id)
        .slice(0, 2)
        .sort(),
      [ids.newest, ids.older].sort(),
    );
    assert.equal(found.rows[2]?.id, ids.bodyOnly);
    assert.equal(found.total, 3);
    assert.equal(found.sampled, false);
    const capped = await rankTitlesAndSample(db, same("'headach'"), filter, {
      limit: 20,
      offset: 0,
      titleIds,
      sample: 1,
    });
    assert.equal(capped.sampled, true);
    assert.ok(!capped.rows.some((row) => row.id === ids.other));
  });
});

describe('the provider on a common query', () => {
  // Every query counts as common (threshold -1); the clock says 2026, so the windows are
  // 2026-2025, then 2026-2022, then every year.
  const tuning = (titles: number): SliceTuning => ({
    ...DEFAULT_SLICE,
    threshold: -1,
    titles,
    now: () => new Date('2026-06-01T00:00:00Z'),
  });
  const search = (titles: number, page = { limit: 20, offset: 0 }) =>
    createPostgresSearchProvider(db, tuning(titles)).search({
      query: parseQuery('headache', createLexicon([])),
      filters: filter,
      ...page,
    });

  test('a full slice is the newest title matches, ranked by their titles; the count says "more"', async () => {
    const found = await search(1, { limit: 1, offset: 0 });
    assert.deepEqual(
      found.hits.map((hit) => hit.id),
      [ids.newest],
    );
    assert.deepEqual({ total: found.total, capped: found.totalCapped }, { total: 1, capped: true });
  });

  test('titles too few for the slice are ranked with a sample of the other matches', async () => {
    const found = await search(3);
    assert.deepEqual(
      found.hits
        .map((hit) => hit.id)
        .slice(0, 2)
        .sort(),
      [ids.newest, ids.older].sort(),
    );
    assert.equal(found.hits[2]?.id, ids.bodyOnly, 'the body-only match comes from the sample');
    assert.deepEqual({ total: found.total, capped: found.totalCapped }, { total: 3, capped: false });
  });

  test('pages within a slice keep one order; a page reaching past the slice is ranked exactly', async () => {
    const first = await search(2, { limit: 1, offset: 0 });
    const second = await search(2, { limit: 1, offset: 1 });
    assert.deepEqual(
      [...first.hits, ...second.hits].map((hit) => hit.id),
      (await search(2, { limit: 2, offset: 0 })).hits.map((hit) => hit.id),
    );
    const past = await search(2, { limit: 20, offset: 2 });
    assert.deepEqual(
      { total: past.total, hits: past.hits.length },
      { total: 3, hits: 1 },
      'past the slice, every match counts: three in all, the third on this page',
    );
  });
});

describe('month windows', () => {
  const stats = (shares: Record<string, number>, documents = 1_000_000): TermFrequencies => ({
    share: (lexeme) => shares[lexeme] ?? 0,
    floor: 0.0001,
    documents,
  });
  const query = parseQuery('headache', createLexicon([]));
  const june = new Date('2026-06-15T00:00:00Z');

  test('the last months, newest first, across a new year', () => {
    assert.deepEqual(lastMonths(new Date('2026-02-28T23:59:59Z'), 3).map(monthLexeme), [
      '§m202602',
      '§m202601',
      '§m202512',
    ]);
  });

  test('are looked up as few lexemes: whole years as one, up to three months of a year one by one', () => {
    const period = (now: string, count: number) => recentPeriod(new Date(now), count);
    assert.deepEqual(period('2026-06-15T00:00:00Z', 2), { lexemes: ['§m202606', '§m202605'], months: 2 });
    assert.deepEqual(period('2026-06-15T00:00:00Z', 4), { lexemes: ['§y2026'], months: 6 }, 'Jan-Jun 2026');
    assert.deepEqual(period('2026-06-15T00:00:00Z', 8), {
      lexemes: ['§y2026', '§m202512', '§m202511'],
      months: 8,
    });
    assert.deepEqual(period('2026-06-15T00:00:00Z', 11), { lexemes: ['§y2026', '§y2025'], months: 18 });
    assert.deepEqual(period('2026-12-01T00:00:00Z', 12), { lexemes: ['§y2026'], months: 12 });
    assert.deepEqual(period('2026-01-10T00:00:00Z', 1), { lexemes: ['§y2026'], months: 1 });
  });

  test('are as many months as the statistics expect to hold the slice with its margin', () => {
    // 1 % of titles say headache, 1 % of Q&As were published each month: 100 titles a month.
    const months = Object.fromEntries(lastMonths(june, 24).map((month) => [monthLexeme(month), 0.01]));
    const titles = stats({ headach: 0.01, ...months });
    const share = estimateIndexQueryShare(query, titles, new Map());
    assert.equal(share, 0.01);
    assert.ok(
      Math.abs(
        estimateIndexQueryShare(
          parseQuery('headache night', createLexicon([])),
          stats({ headach: 0.01, night: 0.2 }),
          new Map(),
        ) - 0.002,
      ) < 1e-12,
      'two words: the product of their shares',
    );
    assert.equal(
      monthWindow(share, titles, { slice: 300, max: 24, now: june }),
      6,
      'twice the slice: 600 titles in six months',
    );
    assert.equal(
      monthWindow(share, titles, { slice: 300, max: 5, now: june }),
      undefined,
      'five months are not expected to hold 600 titles',
    );
    assert.equal(
      monthWindow(share, stats({ headach: 0.01 }), { slice: 300, max: 24, now: june }),
      undefined,
      'no month in the statistics (an index written before 0016)',
    );
    assert.equal(monthWindow(share, stats({}, 0), { slice: 300, max: 24, now: june }), undefined);
  });

  test('a sample is looked for in the recent documents, then the last years, then everywhere', () => {
    // 'headache' in 1 % of 1M Q&As; 100k published each year, 100k of them recent.
    const years = { '§y2026': 0.1, '§y2025': 0.1, '§y2024': 0.1, '§y2023': 0.1, '§y2022': 0.1 };
    const full = { ...stats({ headach: 0.01, ...years }), recent: 100_000 };
    const share = 0.01;
    assert.deepEqual(
      yearWindow(share, full, 400, june),
      ['§y2026'],
      'twice the sample (800) in the current year (1,000 matches)',
    );
    assert.deepEqual(yearWindow(share, full, 700, june), ['§y2026', '§y2025'], '1,400 need two years');
    assert.equal(yearWindow(share, full, 2_600, june), undefined, 'more than five years hold');
    assert.deepEqual(
      yearWindow(
        share,
        { ...full, share: (lexeme) => (lexeme === '§y2026' ? 0 : full.share(lexeme)) },
        400,
        june,
      ),
      ['§y2026', '§y2025'],
      'a year too young to be listed is looked in, expected to hold none',
    );
    assert.equal(
      yearWindow(share, stats({ headach: 0.01 }), 400, june),
      undefined,
      'no year listed (before 0018)',
    );

    const plan = (sample: number, filtered = false) =>
      samplePlan(share, full, { sample, now: june, filtered });
    assert.deepEqual(plan(400), [{ recent: true }, { period: ['§y2026'] }, {}]);
    assert.deepEqual(
      plan(1_200),
      [{ period: ['§y2026', '§y2025', '§y2024'] }, {}],
      'the recent ones hold 1,000',
    );
    assert.deepEqual(plan(3_000), [{}]);
    assert.deepEqual(plan(400, true), [{}], 'a filter the statistics do not know: every document');
  });

  test('a concept the index holds counts by its lexeme, not by the sum of its names', () => {
    const lexicon = createLexicon([
      {
        id: 'gerd',
        terms: [
          { text: 'heartburn', lang: 'en', kind: 'lay' },
          { text: 'acid reflux', lang: 'en', kind: 'lay' },
          { text: '火燒心', lang: 'zh', kind: 'lay' },
        ],
      },
    ]);
    const parsed = parseQuery('heartburn', lexicon);
    const concept = parsed.groups[0]!.concepts![0]!;
    const lexeme = conceptLexeme(concept.id, concept.key);
    const titles = stats({
      heartburn: 0.05,
      acid: 0.04,
      reflux: 0.03,
      火燒: 0.02,
      燒心: 0.04,
      [lexeme]: 0.06,
    });
    const indexed = new Map([[concept.id, concept.key]]);
    const near = (actual: number, expected: number, message?: string) =>
      assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}: ${message ?? ''}`);
    near(estimateIndexQueryShare(parsed, titles, indexed), 0.06);
    near(
      estimateIndexQueryShare(parsed, titles, new Map()),
      0.1,
      'not indexed as a lexeme: its names, heartburn 5 % + acid reflux 3 % + 火燒心 2 %',
    );
    const english = {
      ...parsed,
      groups: parsed.groups.map((group) => ({ ...group, phrases: phrasesForLanguage(group.phrases, 'en') })),
    };
    near(
      estimateIndexQueryShare(english, titles, indexed),
      0.048,
      'a search in English: the lexeme as often as its English names are, 8 of 10',
    );
  });

  test("the index's own title statistics give a window that holds the newest title match", async () => {
    await db.execute(sql`analyze search_documents`);
    const titles = await titleFrequencies(db, Date.now() + 3_600_000);
    const now = new Date('2026-06-01T00:00:00Z');
    const window = monthWindow(estimateIndexQueryShare(query, titles, new Map()), titles, {
      slice: 1,
      max: 24,
      now,
    });
    assert.ok(window !== undefined && window >= 4, `${window}: June back to March holds the newest`);
    const rows = await rankTitleSlice(db, same("'headach'"), filter, {
      limit: 20,
      offset: 0,
      slice: 1,
      period: recentPeriod(now, window).lexemes,
    });
    assert.deepEqual(
      rows.map((row) => row.id),
      [ids.newest],
    );
  });
});

describe('term statistics', () => {
  test('are read from pg_stats after ANALYZE, with the column target of migration 0009', async () => {
    const target = await queryRows<{ n: number }>(
      db,
      sql`select attstattarget::int as n from pg_attribute where attrelid = 'search_documents'::regclass and attname = 'tsv'`,
    );
    assert.equal(target[0]?.n, 1000);
    const frequencies = await termFrequencies(db);
    assert.ok(frequencies.floor > 0 && frequencies.documents >= 4, JSON.stringify(frequencies));
    assert.ok(
      frequencies.share('headach') > frequencies.share('stair'),
      'a word in three Q&As is commoner than one in one',
    );
  });

  const fake = (shares: Record<string, number>): TermFrequencies => ({
    share: (lexeme) => shares[lexeme] ?? 0.0001,
    floor: 0.001,
    documents: 1_000_000,
  });
  const term = (text: string, weight = 1): WeightedTerm => ({ phrases: [phraseOf(text)], weight });

  test('a phrase is as common as its rarest token, an OR the sum of its phrases', () => {
    const frequencies = fake({ blood: 0.2, pressur: 0.1, hypertens: 0.05 });
    assert.equal(phrasesShare([phraseOf('blood pressure')], frequencies), 0.1);
    assert.ok(
      Math.abs(phrasesShare([phraseOf('blood pressure'), phraseOf('hypertension')], frequencies) - 0.15) <
        1e-9,
    );
  });

  test('the rarest terms drive a similar lookup, within the document budget; without statistics, all', () => {
    const terms = [term('headache', 3), term('night'), term('zolmitriptan'), term('aura')];
    const frequencies = fake({ headach: 0.02, night: 0.1, zolmitriptan: 0.0005, aura: 0.002 });
    const drive = driveTerms(terms, frequencies).map((t) => t.phrases[0]![0]!.text);
    assert.deepEqual(
      drive,
      ['zolmitriptan', 'aura'],
      '500 + 2,000 expected Q&As fit the budget, headache (20,000) does not',
    );
    assert.deepEqual(
      driveTerms(terms, frequencies, 30_000).map((t) => t.phrases[0]![0]!.text),
      ['zolmitriptan', 'aura', 'headach'],
      'the widened lookup (budget ×10) lets headache drive too, not night (100,000)',
    );
    assert.equal(driveTerms(terms, { share: () => 0, floor: 0, documents: 0 }).length, 4);
    assert.deepEqual(
      driveTerms([term('night')], frequencies).map((t) => t.phrases[0]![0]!.text),
      ['night'],
      'the rarest always drives',
    );
  });
});

describe('recent documents', () => {
  const day = 86_400_000;
  const recentIds: Record<string, number> = {};
  const recentFlags = async () =>
    new Map(
      (
        await queryRows<{ id: number; recent: boolean }>(
          db,
          sql`select question_id as id, recent from search_documents
              where question_id = any(${`{${Object.values(recentIds).join(',')}}`}::int[])`,
        )
      ).map((row) => [row.id, row.recent]),
    );
  const sampleOf = (sample: number, recent: boolean) =>
    rankTitlesAndSample(db, same("'wristband'"), filter, {
      limit: 20,
      offset: 0,
      titleIds: [],
      sample,
      recent,
    });

  before(async () => {
    const question = async (title: string, daysAgo: number) =>
      (
        await buildQuestion(db, {
          title,
          body: 'My wristband rubs the skin.',
          publishedAt: new Date(Date.now() - daysAgo * day),
        })
      ).id;
    // The old one first: first in table order, so a sample of one from every document is it.
    recentIds.twoYearsAgo = await question('Itchy wrist', 730);
    recentIds.lastMonth = await question('Rash on the wrist', 30);
    recentIds.lastWeek = await question('Red wrist', 7);
    recentIds.yesterday = await question('Sore wrist', 1);
    await rebuildSearchIndex(db);
  });

  test('are those published in the last RECENT_MONTHS, flagged when written', async () => {
    const flags = await recentFlags();
    assert.equal(flags.get(recentIds.lastMonth!), true);
    assert.equal(flags.get(recentIds.twoYearsAgo!), false);
  });

  test('a sample drawn from them holds only them; one not full says so', async () => {
    const full = await sampleOf(3, true);
    assert.deepEqual(
      full.rows.map((row) => row.id).sort(),
      [recentIds.lastMonth, recentIds.lastWeek, recentIds.yesterday].sort(),
    );
    assert.equal(full.sampled, true);
    assert.deepEqual(
      (await sampleOf(1, false)).rows.map((row) => row.id),
      [recentIds.twoYearsAgo],
      'from every document, the first in table order',
    );
    const yearOf = (daysAgo: number) => yearLexeme(new Date(Date.now() - daysAgo * day).getUTCFullYear());
    const inYears = async (...years: string[]) =>
      (
        await rankTitlesAndSample(db, same("'wristband'"), filter, {
          limit: 20,
          offset: 0,
          titleIds: [],
          sample: 5,
          period: years,
        })
      ).rows.map((row) => row.id);
    assert.deepEqual(await inYears(yearOf(730)), [recentIds.twoYearsAgo], 'a period: its years only');
    assert.ok(!(await inYears(yearOf(1))).includes(recentIds.twoYearsAgo!));
    const short = await sampleOf(5, true);
    assert.equal(short.sampled, false, 'too few recent matches: the provider samples every one');
    assert.deepEqual(
      (await sampleOf(5, false)).rows.map((row) => row.id).sort(),
      Object.values(recentIds).sort(),
    );
  });

  test('the provider samples the recent ones first, and every one when they hold too few', async () => {
    // The statistics as the index is now (the provider's copy is from before these Q&As):
    // `wristband` in 4 of 9 documents, at least 3 of them recent (the others of this file are
    // from 2025-2026), so at least 1.3 recent matches are expected: more than a sample of 1,
    // fewer than one of 5.
    const stats = await termFrequencies(db, Date.now() + 3_600_000);
    assert.ok(stats.documents === 9 && stats.recent! >= 3 && stats.recent! <= 8, JSON.stringify(stats));
    const search = (sample: number, filters: DocumentFilter = filter) =>
      createPostgresSearchProvider(db, { ...DEFAULT_SLICE, threshold: -1, sample }).search({
        query: parseQuery('wristband', createLexicon([])),
        filters,
        limit: 20,
        offset: 0,
      });
    const recentOnly = await search(1);
    assert.deepEqual(
      recentOnly.hits.map((hit) => hit.id),
      [recentIds.lastMonth],
      'the first recent match in table order (from every document, the old one would be)',
    );
    assert.equal(recentOnly.totalCapped, true);
    // Filtered by department: counted as if the department held every match, so from the recent
    // ones first as well.
    const { departmentId } = (
      await queryRows<{ departmentId: number }>(
        db,
        sql`select department_id as "departmentId" from questions where id = ${recentIds.twoYearsAgo!}`,
      )
    )[0]!;
    assert.deepEqual(
      (await search(1, { ...filter, departmentId })).hits.map((hit) => hit.id),
      [recentIds.lastMonth],
    );
    // Filtered by dates (the statistics do not know them): from every document at once.
    assert.deepEqual(
      (await search(1, { ...filter, fromDay: '2000-01-01' })).hits.map((hit) => hit.id),
      [recentIds.twoYearsAgo],
    );
    const every = await search(5);
    assert.deepEqual(every.hits.map((hit) => hit.id).sort(), Object.values(recentIds).sort());
    assert.equal(every.totalCapped, false);
  });

  test('the index of their dates serves the sweep, never a search', async () => {
    // With the planner's other ways closed, a search could only walk it if its predicate allowed.
    const plan = (statement: string) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`set local enable_seqscan = off`);
        await tx.execute(sql`set local enable_bitmapscan = off`);
        const rows = await queryRows<{ line: string }>(
          tx as unknown as Db,
          sql.raw(`explain select question_id from search_documents d where ${statement}`),
        );
        return rows.map((row) => Object.values(row)[0]).join('\n');
      });
    assert.doesNotMatch(
      await plan(`d.recent and d.tsv @@ '''wristband'''::tsquery and d.department_id = 1`),
      /recent_published_idx/,
    );
    assert.match(
      await plan(`d.recent and d.published_at < now() - interval '12 months'`),
      /recent_published_idx/,
    );
  });

  test('the flag is cleared once a document has aged out of the window', async () => {
    await db.execute(
      sql`update search_documents set published_at = now() - interval '13 months'
          where question_id = ${recentIds.lastMonth!}`,
    );
    assert.equal(await expireRecentDocuments(db, 1), 1);
    assert.equal(await expireRecentDocuments(db), 0, 'nothing left to clear');
    assert.equal((await recentFlags()).get(recentIds.lastMonth!), false);
  });
});
