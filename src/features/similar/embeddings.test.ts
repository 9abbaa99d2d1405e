/**
 * Similar Q&A with an embeddings endpoint, on the engine under test, against a local fake
 * OpenAI-compatible server: vectors are stored and re-rank the candidates, a failing endpoint
 * falls back to the lexical ranking, and no provider means no request. With pgvector (always on
 * PGlite; on PostgreSQL when the server has it) the nearest vectors join the candidates; with
 * it turned off (or absent) they only re-rank.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp } from '../../../test/app.ts';
import { testEngine } from '../../../test/db.ts';
import { buildQuestion } from '../../../test/factories.ts';
import { questionEmbeddings } from '../../db/schema.ts';
import { defaultLexicon } from '../search/lexicon/default-lexicon.ts';
import { searchProviderFor } from '../search/search.provider.ts';
import { rebuildSearchIndex } from '../search/search-indexer.ts';
import { createEmbeddingsClient, parseEmbeddingsResponse, vectorCosine } from './embeddings.client.ts';
import { findSimilar } from './similar.service.ts';
import { computeSimilarLists } from './similar-worker.ts';
import {
  ensureVectorIndex,
  hasVectorSearch,
  nearestQuestions,
  nearestQuestionsQuery,
  vectorIndexName,
} from './vector-search.ts';

const DIMENSIONS = 16;

/**
 * Deterministic fake vectors: word hashes spread over dimensions 2–15; any text with "zorblax"
 * or "quintessa" is exactly dimension 0 (and "florbix" or "glimmerand" dimension 1), so those
 * differently worded questions are identical to the model and orthogonal to everything else.
 */
function fakeVector(text: string): number[] {
  const vector = new Array<number>(DIMENSIONS).fill(0);
  if (/zorblax|quintessa/i.test(text)) {
    vector[0] = 1;
    return vector;
  }
  if (/florbix|glimmerand/i.test(text)) {
    vector[1] = 1;
    return vector;
  }
  for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    const hash = createHash('sha1').update(word).digest();
    vector[2 + (hash[0]! % (DIMENSIONS - 2))]! += 1;
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
  const provider = searchProviderFor(t.db);
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

/** Two questions with no word in common that the fake model finds identical (dimension 1). */
async function florbixPair() {
  const asked = await buildQuestion(t.db, {
    title: 'Florbix in my left ear since Monday',
    body: 'A florbix has been ringing in my left ear since Monday. Should I see someone?',
  });
  const twin = await buildQuestion(t.db, {
    department: 'ophthalmology',
    title: 'Glimmerand',
    body: 'Could this be glimmerand, doctor?',
  });
  await rebuildSearchIndex(t.db);
  return { asked, twin, text: `${asked.title}\n${asked.body}` };
}

const fakeClient = () => createEmbeddingsClient({ EMBEDDINGS_URL: baseUrl, EMBEDDINGS_MODEL: 'fake-embed' })!;
let pair: Awaited<ReturnType<typeof florbixPair>>;

test('without pgvector (or with it turned off) the vectors only re-rank the lexical candidates', async () => {
  const available = await t.db.execute(sql`select 1 from pg_available_extensions where name = 'vector'`);
  const serverHasIt = (available as unknown as { rows: unknown[] }).rows.length > 0;
  assert.equal(await hasVectorSearch(t.db), testEngine === 'pglite' ? true : serverHasIt);

  pair = await florbixPair();
  const provider = searchProviderFor(t.db);
  const lexicon = await defaultLexicon();
  const client = fakeClient();
  // The twin's vector is stored (as the worker does for every published Q&A).
  await computeSimilarLists(t.db, provider, lexicon, [pair.twin.id], client);
  const requests = fake.requests;
  const input = { text: pair.text, lang: 'en' as const, excludeIds: [pair.asked.id], limit: 8 };
  const plain = await findSimilar(t.db, provider, lexicon, input, {
    client,
    sourceId: pair.asked.id,
    vectorSearch: false,
  });
  assert.ok(fake.requests > requests, 'the vectors were used');
  assert.ok(!plain.some((hit) => hit.id === pair.twin.id), 'no shared word: not a lexical candidate');
  if (!(await hasVectorSearch(t.db))) {
    // No pgvector on this server: the default is the plain-array path, and it answers the same.
    assert.deepEqual(
      await findSimilar(t.db, provider, lexicon, input, { client, sourceId: pair.asked.id }),
      plain,
    );
  }
});

test('with pgvector, the nearest vectors join the candidates, filtered and indexed per model', async (ctx) => {
  if (!(await hasVectorSearch(t.db))) {
    ctx.skip('pgvector is not installed on this PostgreSQL server');
    return;
  }
  const provider = searchProviderFor(t.db);
  const lexicon = await defaultLexicon();
  const client = fakeClient();
  const { asked, twin } = pair;

  // Stored Q&A: the twin, which shares no word with it, comes first.
  const lists = await computeSimilarLists(t.db, provider, lexicon, [asked.id], client);
  assert.equal(lists.get(asked.id)![0]?.id, twin.id, 'the nearest vector is a candidate and ranks first');
  // Typed text too (not stored).
  const typed = await findSimilar(
    t.db,
    provider,
    lexicon,
    { text: 'florbix?', lang: 'en', excludeIds: [asked.id], limit: 5 },
    { client },
  );
  assert.equal(typed[0]?.id, twin.id);

  // Nearest first; excluded ids, other languages and unpublished Q&As are left out.
  const florbix = fakeVector('florbix');
  const near = await nearestQuestions(t.db, { model: 'fake-embed', vector: florbix, limit: 5 });
  assert.deepEqual(near.slice(0, 2).sort(), [asked.id, twin.id].sort());
  const others = await nearestQuestions(t.db, {
    model: 'fake-embed',
    vector: florbix,
    excludeIds: [asked.id],
    limit: 5,
  });
  assert.equal(others[0], twin.id);
  assert.ok(!others.includes(asked.id));
  assert.deepEqual(
    await nearestQuestions(t.db, { model: 'fake-embed', vector: florbix, lang: 'zh-TW', limit: 5 }),
    [],
  );
  assert.deepEqual(await nearestQuestions(t.db, { model: 'other-model', vector: florbix, limit: 5 }), []);
  assert.deepEqual(
    await nearestQuestions(t.db, { model: 'fake-embed', vector: [0, 1, 0], limit: 5 }),
    [],
    'other length',
  );
  const draft = await buildQuestion(t.db, {
    status: 'submitted',
    title: 'Glimmerand draft',
    body: 'glimmerand',
  });
  await t.db
    .insert(questionEmbeddings)
    .values({ questionId: draft.id, model: 'fake-embed', vector: florbix });
  assert.ok(
    !(await nearestQuestions(t.db, { model: 'fake-embed', vector: florbix, limit: 10 })).includes(draft.id),
  );

  // The HNSW index of this model and length: built once there are enough rows, and used.
  assert.equal(
    await ensureVectorIndex(t.db, 'fake-embed', DIMENSIONS, { minRows: 1_000_000, force: true }),
    false,
  );
  assert.equal(await ensureVectorIndex(t.db, 'fake-embed', DIMENSIONS, { minRows: 1, force: true }), true);
  const name = vectorIndexName('fake-embed', DIMENSIONS);
  const plan = await t.db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    const query = nearestQuestionsQuery({
      model: 'fake-embed',
      vector: florbix,
      excludeIds: [asked.id],
      limit: 5,
    });
    const result = await tx.execute(sql`explain ${query}`);
    return (result as unknown as { rows: Record<string, string>[] }).rows
      .map((row) => Object.values(row)[0])
      .join('\n');
  });
  assert.match(plan, new RegExp(name), plan);
  assert.equal(
    (
      await nearestQuestions(t.db, { model: 'fake-embed', vector: florbix, excludeIds: [asked.id], limit: 5 })
    )[0],
    twin.id,
  );
});
