/**
 * Similar Q&A with an embeddings endpoint, on the engine under test, against a local fake
 * OpenAI-compatible server: vectors are stored and re-rank the candidates, a failing endpoint
 * falls back to the lexical ranking, and no provider means no request.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { createTestApp } from '../../../test/app.ts';
import { buildQuestion } from '../../../test/factories.ts';
import { questionEmbeddings } from '../../db/schema.ts';
import { defaultLexicon } from '../search/lexicon/default-lexicon.ts';
import { createSearchProvider } from '../search/search.provider.ts';
import { rebuildSearchIndex } from '../search/search-indexer.ts';
import { createEmbeddingsClient, parseEmbeddingsResponse, vectorCosine } from './embeddings.client.ts';
import { findSimilar } from './similar.service.ts';
import { computeSimilarLists } from './similar-worker.ts';

const DIMENSIONS = 16;

/**
 * Deterministic fake vectors: word hashes spread over dimensions 1–15; any text with "zorblax"
 * or "quintessa" is exactly dimension 0, so those two differently worded questions are identical
 * to the model and orthogonal to everything else.
 */
function fakeVector(text: string): number[] {
  const vector = new Array<number>(DIMENSIONS).fill(0);
  if (/zorblax|quintessa/i.test(text)) {
    vector[0] = 1;
    return vector;
  }
  for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    const hash = createHash('sha1').update(word).digest();
    vector[1 + (hash[0]! % (DIMENSIONS - 1))]! += 1;
  }
  return vector;
}

const fake = { requests: 0, fail: false, lastAuthorization: undefined as string | undefined };
let server: Server;
let baseUrl: string;
let t: Awaited<ReturnType<typeof createTestApp>>;

before(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      fake.requests++;
      fake.lastAuthorization = req.headers.authorization;
      if (fake.fail || req.method !== 'POST' || req.url !== '/v1/embeddings') {
        res.writeHead(fake.fail ? 500 : 404, { 'content-type': 'application/json' });
        res.end('{"error":"unavailable"}');
        return;
      }
      const { model, input } = JSON.parse(body) as { model: string; input: string[] };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          object: 'list',
          model,
          data: input.map((text, index) => ({ object: 'embedding', index, embedding: fakeVector(text) })),
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  t = await createTestApp();
});
after(async () => {
  await t.close();
  await new Promise((resolve) => server.close(resolve));
});

test('the client validates responses and is absent without configuration', () => {
  assert.deepEqual(parseEmbeddingsResponse({ data: [{ embedding: [1, 2] }, { embedding: [3, 4] }] }, 2), [
    [1, 2],
    [3, 4],
  ]);
  assert.deepEqual(
    parseEmbeddingsResponse(
      {
        data: [
          { index: 1, embedding: [3] },
          { index: 0, embedding: [1] },
        ],
      },
      2,
    ),
    [[1], [3]],
    'ordered by index',
  );
  assert.throws(() => parseEmbeddingsResponse({ data: [{ embedding: [1] }] }, 2), /1 vectors for 2 inputs/);
  assert.throws(() => parseEmbeddingsResponse({ data: [{ embedding: ['x'] }] }, 1), /not valid/);
  assert.throws(() => parseEmbeddingsResponse({ error: 'nope' }, 1), /not valid/);
  assert.throws(() => parseEmbeddingsResponse('<html>', 1), /not valid/);
  assert.throws(
    () => parseEmbeddingsResponse({ data: [{ embedding: [1, 2] }, { embedding: [1] }] }, 2),
    /different lengths/,
  );
  assert.equal(createEmbeddingsClient({}), undefined);
  assert.equal(createEmbeddingsClient({ EMBEDDINGS_URL: 'http://127.0.0.1:1/v1' }), undefined);
  assert.equal(createEmbeddingsClient({ EMBEDDINGS_MODEL: 'm' }), undefined);
  assert.equal(vectorCosine([1, 0], [1, 0, 0]), 0);
  assert.ok(Math.abs(vectorCosine([1, 1], [2, 2]) - 1) < 1e-9);
});

test('vectors are stored and re-rank the candidates; a failing endpoint falls back; no provider, no request', async () => {
  const source = await buildQuestion(t.db, {
    title: 'Knee pain when climbing stairs zorblax',
    body: 'My knee hurts when I am climbing stairs. Is it zorblax?',
  });
  const wordy = await buildQuestion(t.db, {
    title: 'Knee pain when climbing stairs every morning',
    body: 'My knee hurts when I am climbing stairs every morning. What is it?',
  });
  const meaning = await buildQuestion(t.db, {
    title: 'Sore knee, quintessa',
    body: 'Is my sore knee quintessa?',
  });
  await rebuildSearchIndex(t.db);
  const provider = createSearchProvider(t.db);
  const lexicon = await defaultLexicon();

  // No provider: lexical only, and no request.
  const lexical = await computeSimilarLists(t.db, provider, lexicon, [source.id], createEmbeddingsClient({}));
  const lexicalIds = lexical.get(source.id)!.map((hit) => hit.id);
  assert.equal(lexicalIds[0], wordy.id, `lexically, shared words win (got ${lexicalIds.join(',')})`);
  assert.ok(!lexicalIds.slice(0, 1).includes(meaning.id));
  assert.equal(fake.requests, 0);
  assert.equal((await t.db.select().from(questionEmbeddings)).length, 0);

  // With the provider: the vectors decide, and every vector used is stored.
  const client = createEmbeddingsClient({
    EMBEDDINGS_URL: baseUrl,
    EMBEDDINGS_MODEL: 'fake-embed',
    EMBEDDINGS_API_KEY: 'secret',
  })!;
  const blended = await computeSimilarLists(t.db, provider, lexicon, [source.id], client);
  const hits = blended.get(source.id)!;
  assert.equal(
    hits[0]?.id,
    meaning.id,
    `the same-meaning question ranks first (got ${hits.map((h) => h.id)})`,
  );
  assert.ok(fake.requests > 0);
  assert.equal(fake.lastAuthorization, 'Bearer secret');
  const stored = await t.db.select().from(questionEmbeddings);
  const storedIds = stored.map((row) => row.questionId);
  for (const id of [source.id, wordy.id, meaning.id])
    assert.ok(storedIds.includes(id), `vector of ${id} stored`);
  const sourceRow = stored.find((row) => row.questionId === source.id)!;
  assert.equal(sourceRow.model, 'fake-embed');
  assert.deepEqual(sourceRow.vector, fakeVector(`${source.title}\n${source.body}`));

  // Stored vectors are reused: recomputing makes no request.
  const before = fake.requests;
  const again = await computeSimilarLists(t.db, provider, lexicon, [source.id], client);
  assert.equal(fake.requests, before);
  assert.deepEqual(
    again.get(source.id)!.map((h) => h.id),
    hits.map((h) => h.id),
  );

  // Free text is embedded too.
  const typed = await findSimilar(
    t.db,
    provider,
    lexicon,
    { text: 'zorblax knee pain climbing stairs', lang: 'en', excludeIds: [source.id], limit: 5 },
    { client },
  );
  assert.equal(typed[0]?.id, meaning.id);

  // A failing endpoint: the answer is the lexical ranking, not an error.
  fake.fail = true;
  try {
    const input = { text: 'Knee pain when climbing stairs, is it zorblax?', lang: 'en' as const, limit: 5 };
    const fallback = await findSimilar(t.db, provider, lexicon, input, { client });
    const plain = await findSimilar(t.db, provider, lexicon, input);
    assert.ok(fallback.length > 0);
    assert.deepEqual(fallback, plain);
  } finally {
    fake.fail = false;
  }
});
