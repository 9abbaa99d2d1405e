/**
 * Similar Q&A with an embeddings endpoint (EMBEDDINGS_URL, EMBEDDINGS_MODEL):
 * - every vector used is stored in question_embeddings (plain real[], all engines) and reused
 *   until its Q&A changes or the model does;
 * - with pgvector (vector-search.ts), the Q&As nearest to the question's vector by cosine
 *   distance become candidates too, merged with the lexical candidates;
 * - every candidate is then scored as 0.5 × lexical score + 0.5 × cosine of the vectors.
 * Without pgvector the vectors only re-rank the lexical candidates. Any endpoint failure leaves
 * the lexical ranking as it is (with a warning in the log).
 */
import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { type Lang, questionEmbeddings, questions } from '../../db/schema.ts';
import { logger } from '../../lib/logger.ts';
import { type EmbeddingsClient, vectorCosine } from './embeddings.client.ts';
import { ensureVectorIndex, hasVectorSearch, nearestQuestions } from './vector-search.ts';

/** With embeddings, how similar Q&A finds and scores candidates. */
export interface EmbeddingsOptions {
  client: EmbeddingsClient;
  /** The Q&A whose text is the input's text: its stored vector is used (and stored when missing). */
  sourceId?: number;
  /** false: never ask pgvector for candidates (plain-array re-ranking only). Default: when installed. */
  vectorSearch?: boolean;
}

/** Weight of the embeddings cosine in the final score (the lexical score has 1 − this). */
export const EMBEDDING_WEIGHT = 0.5;
/** How many nearest neighbours pgvector adds to the lexical candidates. */
export const VECTOR_CANDIDATES = 40;
/** Longest text sent to the embeddings endpoint (characters), to stay within model limits. */
const MAX_EMBED_CHARS = 8000;
/** Texts per embeddings request. */
const EMBED_BATCH = 64;

/**
 * Stored vectors of `ids` for `client.model`, embedding (and storing) those missing or older
 * than the Q&A's last update. `texts` gives each id's text.
 */
export async function questionVectors(
  db: Db,
  client: EmbeddingsClient,
  texts: ReadonlyMap<number, string>,
): Promise<Map<number, number[]>> {
  const ids = [...texts.keys()];
  const vectors = new Map<number, number[]>();
  if (ids.length === 0) return vectors;
  const stored = await db
    .select({ id: questionEmbeddings.questionId, vector: questionEmbeddings.vector })
    .from(questionEmbeddings)
    .innerJoin(questions, eq(questions.id, questionEmbeddings.questionId))
    .where(
      and(
        inArray(questionEmbeddings.questionId, ids),
        eq(questionEmbeddings.model, client.model),
        gte(questionEmbeddings.createdAt, questions.updatedAt),
      ),
    );
  for (const row of stored) vectors.set(row.id, row.vector);
  const missing = ids.filter((id) => !vectors.has(id));
  for (let i = 0; i < missing.length; i += EMBED_BATCH) {
    const batch = missing.slice(i, i + EMBED_BATCH);
    const embedded = await client.embed(batch.map((id) => texts.get(id)!.slice(0, MAX_EMBED_CHARS)));
    const rows = batch.map((id, j) => ({ questionId: id, model: client.model, vector: embedded[j]! }));
    await db
      .insert(questionEmbeddings)
      .values(rows)
      .onConflictDoUpdate({
        target: questionEmbeddings.questionId,
        set: { model: client.model, vector: sql.raw('excluded."vector"'), createdAt: new Date() },
      });
    for (const row of rows) vectors.set(row.questionId, row.vector);
  }
  if (missing.length > 0) {
    const dimensions = vectors.get(missing[0]!)!.length;
    await ensureVectorIndex(db, client.model, dimensions).catch((error: unknown) => {
      logger.warn({ err: error }, 'could not check the vector index');
    });
  }
  return vectors;
}

export interface SemanticQuery {
  /** The question's vector. */
  vector: number[];
  /** Nearest published Q&As by cosine distance (pgvector), nearest first; [] without it. */
  neighbours: number[];
}

/**
 * The question's vector and, where pgvector is installed, its nearest published Q&As. Undefined
 * (with a warning) when the endpoint fails: the caller keeps the lexical ranking.
 */
export async function semanticQuery(
  db: Db,
  input: { text: string; lang?: Lang; excludeIds?: readonly number[] },
  embeddings: EmbeddingsOptions,
): Promise<SemanticQuery | undefined> {
  const { client, sourceId } = embeddings;
  try {
    const vector =
      sourceId !== undefined
        ? (await questionVectors(db, client, new Map([[sourceId, input.text]]))).get(sourceId)!
        : (await client.embed([input.text.slice(0, MAX_EMBED_CHARS)]))[0]!;
    const search = embeddings.vectorSearch !== false && (await hasVectorSearch(db));
    const neighbours = search
      ? await nearestQuestions(db, {
          model: client.model,
          vector,
          lang: input.lang,
          excludeIds: input.excludeIds,
          limit: VECTOR_CANDIDATES,
        })
      : [];
    return { vector, neighbours };
  } catch (error) {
    logger.warn({ err: error }, 'embeddings unavailable; similar Q&A uses the lexical ranking');
    return undefined;
  }
}

/** Re-scores hits: (1 − EMBEDDING_WEIGHT) × lexical + EMBEDDING_WEIGHT × cosine; best first. */
export async function blendWithEmbeddings<Hit extends { id: number; score: number }>(
  db: Db,
  client: EmbeddingsClient,
  query: readonly number[],
  hits: readonly Hit[],
  texts: ReadonlyMap<number, string>,
): Promise<{ id: number; score: number }[]> {
  const vectors = await questionVectors(db, client, texts);
  return hits
    .map((hit) => {
      const vector = vectors.get(hit.id);
      const semantic = vector ? Math.max(0, vectorCosine(query, vector)) : 0;
      return { id: hit.id, score: (1 - EMBEDDING_WEIGHT) * hit.score + EMBEDDING_WEIGHT * semantic };
    })
    .sort((a, b) => b.score - a.score || a.id - b.id);
}
