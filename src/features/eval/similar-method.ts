/**
 * The contract a similar-question method implements to be measured by `evaluateSimilar`
 * (`openconsult eval similar`). The plain TF-IDF baseline and the shipped search engine both
 * implement it, so the two are measured the same way on the same questions.
 */
import type { Lang } from '../../db/schema.ts';

/** One distinct question of the evaluation set. */
export interface EvalDoc {
  /** Assigned by the harness, stable within one run ("q1", "q2", ...). */
  id: string;
  text: string;
  lang: Lang;
}

export interface SimilarMethod {
  /** Shown in the report ("baseline", "shipped"). */
  readonly name: string;
  /** Called once, with every distinct question of the set, before any `rank` or `score`. */
  index(docs: readonly EvalDoc[]): Promise<void>;
  /**
   * Ids of indexed docs most similar to the query, best first, at most `k`, never `queryId`
   * itself. `queryId` is an indexed doc; `text` and `lang` are its text and language.
   */
  rank(queryId: string, text: string, lang: Lang, k: number): Promise<string[]>;
  /** Similarity of two indexed docs; higher means more alike. Any scale: only the order matters. */
  score(aId: string, bId: string): Promise<number>;
  /** Releases what `index` built (a temporary database). Optional. */
  close?(): Promise<void>;
}
