/**
 * The shipped similar-question method, measured through the real code path: a temporary
 * in-memory PGlite database, the evaluation questions imported as published Q&As by the
 * importer, indexed for search, and ranked by the same `findSimilar` the site uses (candidates
 * from the search index, re-ranked by concept-normalized vectors and question asks). Nothing
 * is written to the site's database.
 */
import { inArray } from 'drizzle-orm';
import { type Database, migrateDatabase, openDatabase } from '../../db/database.ts';
import { type Lang, questions } from '../../db/schema.ts';
import { defaultLexicon } from '../search/lexicon/default-lexicon.ts';
import type { Lexicon } from '../search/lexicon/lexicon.ts';
import { type SearchProvider, searchProviderFor } from '../search/search.provider.ts';
import { rebuildSearchIndex } from '../search/search-indexer.ts';
import { documentFrequencies, type QuestionFeatures, questionFeatures } from '../similar/question-vector.ts';
import { findSimilar, pairScore } from '../similar/similar.service.ts';
import { type ImportLine, importRecords } from '../transfer/import.service.ts';
import type { ImportRecordInput } from '../transfer/transfer.schema.ts';
import type { EvalDoc, SimilarMethod } from './similar-method.ts';

const TITLE_MAX_CHARS = 120;

/** The asker's title of an evaluation question: its first sentence, as askers usually write it. */
export function titleOf(text: string): string {
  const first = /^.+?(?:[.?!](?=\s|$)|[。？！])/su.exec(text)?.[0] ?? text;
  const title = first.trim();
  return title.length > TITLE_MAX_CHARS ? `${title.slice(0, TITLE_MAX_CHARS - 1)}…` : title;
}

/** The import record of one evaluation question: published, no answers, neutral metadata. */
export function toImportRecord(doc: EvalDoc): ImportRecordInput {
  const title = titleOf(doc.text);
  return {
    externalId: `eval-${doc.id}`,
    lang: doc.lang,
    // One department for all: the set does not say which one a question belongs to, and the
    // similar-question lookup must not get a hint the evaluated text does not contain.
    department: 'family-medicine',
    title,
    question: {
      title,
      body: doc.text,
      askerName: 'eval',
      ageRange: '30-39',
      gender: 'other',
      askedAt: '2024-01-01',
    },
    status: 'published',
  };
}

export function createShippedMethod(): SimilarMethod {
  let database: Database | undefined;
  /** Evaluation id -> question id, and back. */
  const questionIdOf = new Map<string, number>();
  const evalIdOf = new Map<number, string>();
  let provider: SearchProvider | undefined;
  let lexicon: Lexicon | undefined;
  const features = new Map<string, { lang: Lang; bag: QuestionFeatures }>();
  const statsByLang = new Map<Lang, ReturnType<typeof documentFrequencies>>();

  return {
    name: 'shipped',

    async index(docs: readonly EvalDoc[]) {
      database = await openDatabase({});
      await migrateDatabase(database);
      const lines: ImportLine[] = docs.map((doc, i) => ({ line: i + 1, value: toImportRecord(doc) }));
      const summary = await importRecords(database.db, lines);
      if (summary.failed > 0) {
        const first = summary.errors[0];
        throw new Error(
          `shipped: ${summary.failed} question(s) not imported (q${first?.line}: ${first?.message})`,
        );
      }
      const externalIds = docs.map((doc) => `eval-${doc.id}`);
      const rows = await database.db
        .select({ id: questions.id, externalId: questions.externalId })
        .from(questions)
        .where(inArray(questions.externalId, externalIds));
      for (const row of rows) {
        const evalId = row.externalId!.slice('eval-'.length);
        questionIdOf.set(evalId, row.id);
        evalIdOf.set(row.id, evalId);
      }
      if (questionIdOf.size !== docs.length) {
        throw new Error(`shipped: ${docs.length} questions imported but ${questionIdOf.size} found`);
      }
      await rebuildSearchIndex(database.db);
      provider = searchProviderFor(database.db);
      lexicon = await defaultLexicon();
      for (const doc of docs)
        features.set(doc.id, { lang: doc.lang, bag: questionFeatures(doc.text, lexicon) });
      for (const lang of new Set(docs.map((doc) => doc.lang))) {
        const bags = [...features.values()].filter((f) => f.lang === lang).map((f) => f.bag);
        statsByLang.set(lang, documentFrequencies(bags));
      }
    },

    async rank(queryId: string, text: string, lang: Lang, k: number) {
      const hits = await findSimilar(database!.db, provider!, lexicon!, {
        text,
        lang,
        excludeIds: [questionIdOf.get(queryId)!],
        limit: k,
      });
      return hits.map((hit) => evalIdOf.get(hit.id)!).filter((id) => id !== queryId);
    },

    /** The same pairwise similarity the lookup re-ranks with, over the whole set's statistics. */
    async score(aId: string, bId: string) {
      const a = features.get(aId)!;
      const b = features.get(bId)!;
      return pairScore(a.bag, b.bag, statsByLang.get(a.lang)!);
    },

    async close() {
      await database?.close();
      database = undefined;
    },
  };
}
