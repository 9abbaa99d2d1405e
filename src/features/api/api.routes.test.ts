import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestApp } from '../../../test/app.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { type Database, queryRows } from '../../db/database.ts';
import { importRecords } from '../transfer/import.service.ts';
import { buildRecord, sampleRecords } from '../transfer/transfer.fixtures.ts';
import { API_PAGE_SIZE, type ApiQuestion, createApiRoutes } from './api.routes.ts';

let database: Database;
let app: ReturnType<typeof createApiRoutes>;
const ids = new Map<string, number>();

before(async () => {
  database = await createTestDatabase();
  app = createApiRoutes(() => database.db);
  // 25 extra published cardiology Q&As so that lists have a second page.
  const extra = Array.from({ length: 25 }, (_, i) =>
    buildRecord({ externalId: `page-${i}`, department: 'Cardiology' }),
  );
  const summary = await importRecords(
    database.db,
    [...sampleRecords(), ...extra].map((record) => JSON.stringify(record)),
  );
  assert.equal(summary.failed, 0);
  const rows = await queryRows<{ id: number; external_id: string }>(
    database.db,
    sql`select id, external_id from questions`,
  );
  for (const row of rows) ids.set(row.external_id, row.id);
});
after(() => database.close());

/** Any body the API sends: a Q&A, a page of them, or an error. */
type ApiBody = ApiQuestion & {
  results: ApiQuestion[];
  page: number;
  total: number;
  error: { code: string; message: string; fields: Record<string, string> };
};

async function getJson(path: string): Promise<{ status: number; body: ApiBody }> {
  const response = await app.request(path);
  assert.match(response.headers.get('content-type') ?? '', /application\/json/);
  return { status: response.status, body: (await response.json()) as ApiBody };
}

const HIDDEN = [
  'sample-submitted',
  'sample-approved',
  'sample-answered',
  'sample-rejected',
  'sample-removed',
];

describe('GET /questions/:id', () => {
  test('returns a published Q&A with its answers, names in its language', async () => {
    const id = ids.get('sample-zh-1')!;
    const { status, body } = await getJson(`/questions/${id}`);
    assert.equal(status, 200);
    const question: ApiQuestion = body;
    assert.equal(question.id, id);
    assert.equal(question.externalId, 'sample-zh-1');
    assert.equal(question.url, `/zh-TW/questions/${id}`);
    assert.equal(question.title, '手抖是巴金森氏症嗎？');
    assert.deepEqual(question.department, {
      slug: 'family-medicine',
      nameEn: 'Family Medicine',
      nameZh: '家庭醫學科',
    });
    assert.equal(question.lang, 'zh-TW');
    assert.equal(question.askedAt, '2020-03-01T01:15:00.000Z');
    assert.deepEqual(question.question, {
      title: '手抖',
      body: '最近拿筷子時手會抖，尤其是緊張的時候。\n\n請問需要看哪一科？',
      askerName: '王小姐',
      ageRange: '60-69',
      gender: 'female',
    });
    assert.equal(question.answers.length, 2);
    assert.equal(question.answers[0]!.doctor.name, '林大明');
    assert.match(question.answers[0]!.doctor.slug, /^doctor-[0-9a-f]{8}$/);
    assert.equal(question.answers[0]!.hospital, '臺大醫院');
    assert.equal(question.answers[0]!.answeredAt, '2020-03-02T12:00:00.000Z');
    assert.equal(question.answers[1]!.answeredAt, '2020-03-03T18:30:00.000Z');
  });

  test('answers 404 for unpublished and unknown questions alike', async () => {
    for (const externalId of HIDDEN) {
      const { status, body } = await getJson(`/questions/${ids.get(externalId)}`);
      assert.equal(status, 404, externalId);
      assert.equal(body.error.code, 'not_found');
      assert.equal(typeof body.error.message, 'string');
    }
    const unknown = await getJson('/questions/999999');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, 'not_found');
  });

  test('answers 400 with the field for an id that is not a positive integer', async () => {
    for (const bad of ['abc', '0', '1.5', '99999999999']) {
      const { status, body } = await getJson(`/questions/${bad}`);
      assert.equal(status, 400, bad);
      assert.equal(body.error.code, 'invalid_input');
      assert.equal(typeof body.error.fields.id, 'string');
    }
  });
});

describe('GET /questions', () => {
  test('lists published Q&As only, 20 per page, with the total', async () => {
    const published = 4 + 25; // sampleRecords has 4 published records
    const first = await getJson('/questions');
    assert.equal(first.status, 200);
    assert.equal(first.body.total, published);
    assert.equal(first.body.page, 1);
    assert.equal(first.body.results.length, API_PAGE_SIZE);
    const second = await getJson('/questions?page=2');
    assert.equal(second.body.results.length, published - API_PAGE_SIZE);
    const all = [...first.body.results, ...second.body.results];
    assert.equal(new Set(all.map((q) => q.id)).size, published, 'no Q&A is on two pages');
    assert.ok(
      all.every((q) => !HIDDEN.includes(q.externalId!)),
      'no unpublished Q&A is listed',
    );
    const empty = await getJson('/questions?page=3');
    assert.deepEqual([empty.body.results.length, empty.body.total], [0, published]);
  });

  test('filters by externalId and by department slug or name', async () => {
    const byId = await getJson('/questions?externalId=sample-en-1');
    assert.deepEqual(
      byId.body.results.map((q) => q.externalId),
      ['sample-en-1'],
    );
    const hidden = await getJson('/questions?externalId=sample-answered');
    assert.deepEqual([hidden.body.results.length, hidden.body.total], [0, 0]);
    for (const department of ['family-medicine', '家醫科', 'Family Medicine']) {
      const { body } = await getJson(`/questions?department=${encodeURIComponent(department)}`);
      assert.deepEqual(
        body.results.map((q) => q.externalId),
        ['sample-zh-1'],
        department,
      );
    }
    const cardiology = await getJson('/questions?department=cardiology&page=2');
    assert.equal(cardiology.body.total, 26);
    assert.equal(cardiology.body.results.length, 6);
  });

  test('answers 400 naming each invalid parameter', async () => {
    const badPage = await getJson('/questions?page=0');
    assert.equal(badPage.status, 400);
    assert.equal(badPage.body.error.code, 'invalid_input');
    assert.deepEqual(Object.keys(badPage.body.error.fields), ['page']);
    const several = await getJson('/questions?page=x&externalId=');
    assert.deepEqual(Object.keys(several.body.error.fields).sort(), ['externalId', 'page']);
    const unknownDepartment = await getJson('/questions?department=astrology');
    assert.equal(unknownDepartment.status, 400);
    assert.equal(unknownDepartment.body.error.fields.department, 'unknown department');
  });
});

describe('mounted in the web app at /api/v1', () => {
  test('answers JSON for Q&As, bad input and unknown API paths', async () => {
    const web = await createTestApp();
    try {
      await importRecords(web.db, [JSON.stringify(buildRecord({ externalId: 'mounted' }))]);
      const list = await web.request('/api/v1/questions?externalId=mounted');
      assert.equal(list.status, 200);
      const { results } = (await list.json()) as { results: ApiQuestion[] };
      assert.equal(results.length, 1);
      const one = await web.request(`/api/v1/questions/${results[0]!.id}`);
      assert.equal(((await one.json()) as ApiQuestion).externalId, 'mounted');
      const bad = await web.request('/api/v1/questions/abc');
      assert.equal(bad.status, 400);
      assert.equal(((await bad.json()) as { error: { code: string } }).error.code, 'invalid_input');
      const unknown = await web.request('/api/v1/answers');
      assert.equal(unknown.status, 404);
      assert.equal(((await unknown.json()) as { error: { code: string } }).error.code, 'not_found');
    } finally {
      await web.close();
    }
  });
});
