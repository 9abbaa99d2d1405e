/**
 * The shipped similar-question method, measured through the real code path: a temporary
 * in-memory PGlite database, the evaluation questions imported as published Q&As by the
 * importer (which also indexes them for search), and the search engine's similar-question
 * lookup. Nothing is written to the site's database.
 */
import { inArray } from 'drizzle-orm';
import { type Database, migrateDatabase, openDatabase } from '../../db/database.ts';
import { questions } from '../../db/schema.ts';
import { type ImportLine, importRecords } from '../transfer/import.service.ts';
import type { ImportRecordInput } from '../transfer/transfer.schema.ts';
import type { EvalDoc, SimilarMethod } from './similar-method.ts';

export class ShippedMethodUnavailableError extends Error {
  constructor() {
    super('shipped method not available yet: the search engine has no similar-question lookup to call');
  }
}

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
    },

    // TODO(search): wire the search engine's similar-question lookup here once it exists. First
    // make sure `index` leaves the imported Q&As searchable (imports queue them for indexing:
    // process that queue, or call rebuildSearchIndex, before the first lookup). Then:
    //   const hits = await findSimilar(database.db, { questionId: questionIdOf.get(queryId), lang, limit: k });
    //   return hits.map((hit) => evalIdOf.get(hit.id)).filter(...)  // best first, without queryId
    // and `score` as that lookup's score of bId for aId (0 when bId is not among its candidates).
    async rank() {
      throw new ShippedMethodUnavailableError();
    },

    async score() {
      throw new ShippedMethodUnavailableError();
    },

    async close() {
      await database?.close();
      database = undefined;
    },
  };
}
