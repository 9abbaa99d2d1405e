/**
 * Client of an OpenAI-compatible embeddings endpoint (OpenAI, Ollama, llama.cpp, vLLM, …):
 * POST `${EMBEDDINGS_URL}/embeddings` with `{ model, input }`. Optional: without EMBEDDINGS_URL
 * and EMBEDDINGS_MODEL there is no client and similar Q&A uses no model at all. No retries here:
 * the worker's job queue retries, and the web falls back to the lexical ranking.
 */
import { z } from 'zod';
import type { Config } from '../../config.ts';

export interface EmbeddingsClient {
  readonly model: string;
  /** One vector per text, in order. Throws an Error naming the endpoint on any failure. */
  embed(texts: readonly string[]): Promise<number[][]>;
}

export type EmbeddingsConfig = Pick<Config, 'EMBEDDINGS_URL' | 'EMBEDDINGS_MODEL' | 'EMBEDDINGS_API_KEY'>;

const TIMEOUT_MS = 10_000;

const responseSchema = z.object({
  data: z
    .array(z.object({ embedding: z.array(z.number()).min(1), index: z.number().int().min(0).optional() }))
    .min(1),
});

/** The validated vectors of an embeddings response for `count` inputs (ordered by `index` when given). */
export function parseEmbeddingsResponse(body: unknown, count: number): number[][] {
  const parsed = responseSchema.safeParse(body);
  if (!parsed.success) {
    throw new Error(`embeddings response is not valid: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
  }
  const { data } = parsed.data;
  if (data.length !== count) {
    throw new Error(`embeddings response has ${data.length} vectors for ${count} inputs`);
  }
  const ordered = data.every((item) => item.index !== undefined)
    ? [...data].sort((a, b) => a.index! - b.index!)
    : data;
  const dimensions = ordered[0]!.embedding.length;
  if (ordered.some((item) => item.embedding.length !== dimensions)) {
    throw new Error('embeddings response has vectors of different lengths');
  }
  return ordered.map((item) => item.embedding);
}

/** The configured client, or undefined when EMBEDDINGS_URL or EMBEDDINGS_MODEL is not set. */
export function createEmbeddingsClient(config: EmbeddingsConfig): EmbeddingsClient | undefined {
  const { EMBEDDINGS_URL: baseUrl, EMBEDDINGS_MODEL: model, EMBEDDINGS_API_KEY: apiKey } = config;
  if (!baseUrl || !model) return undefined;
  const url = `${baseUrl.replace(/\/+$/, '')}/embeddings`;
  return {
    model,
    async embed(texts) {
      if (texts.length === 0) return [];
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (apiKey) headers.authorization = `Bearer ${apiKey}`;
      let res: Response;
      try {
        res = await fetch(url, {
          method: 'POST',
          headers,
          body: JSON.stringify({ model, input: texts }),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
      } catch (error) {
        throw new Error(`embeddings request to ${url} failed: ${(error as Error).message}`, { cause: error });
      }
      if (!res.ok) {
        const detail = (await res.text().catch(() => '')).slice(0, 200);
        throw new Error(`embeddings endpoint ${url} answered ${res.status}${detail ? `: ${detail}` : ''}`);
      }
      const body: unknown = await res.json().catch(() => {
        throw new Error(`embeddings endpoint ${url} did not answer JSON`);
      });
      return parseEmbeddingsResponse(body, texts.length);
    },
  };
}

/** Cosine of two vectors; 0 when their lengths differ or either is zero. */
export function vectorCosine(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
