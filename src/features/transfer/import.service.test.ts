import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/db.ts';
import { type Database, type Db, queryRows } from '../../db/database.ts';
import { DEPARTMENT_CATALOG } from '../departments/department-catalog.ts';
import { importRecords, toStoredDate } from './import.service.ts';
import { buildRecord, sampleRecords } from './transfer.fixtures.ts';

let database: Database;
let db: Db;

before(async () => {
  database = await createTestDatabase();
  db = database.db;
});
after(() => database.close());
beforeEach(async () => {
  await db.execute(
    sql`truncate answers, doctor_departments, questions, doctors, hospitals, departments restart identity cascade`,
  );
});

const lines = (records: readonly unknown[]) => records.map((record) => JSON.stringify(record));
const count = async (table: string) =>
  (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n;

describe('importRecords', () => {
  test('imports good lines and reports each bad line with its number and reason', async () => {
    const good = buildRecord();
    const badAge = buildRecord();
    (badAge.question as { ageRange: string }).ageRange = '30s';
    const { title: _omit, ...noTitle } = buildRecord();
    const wrongType = { ...buildRecord(), answers: 'none' };
    const input = [
      JSON.stringify(good),
      '',
      JSON.stringify(badAge),
      '{"externalId": "broken"',
      '   ',
      JSON.stringify(noTitle),
      JSON.stringify(wrongType),
      JSON.stringify(buildRecord()),
    ];
    const summary = await importRecords(db, input);
    assert.equal(summary.read, 6, 'blank lines are not counted');
    assert.equal(summary.imported, 2);
    assert.equal(summary.updated, 0);
    assert.equal(summary.failed, 4);
    assert.deepEqual(
      summary.errors.map((error) => error.line),
      [3, 4, 6, 7],
    );
    assert.match(summary.errors[0]!.message, /^question\.ageRange: Invalid option: expected one of "0-9"\|/);
    assert.match(summary.errors[1]!.message, /^invalid JSON: /);
    assert.match(summary.errors[2]!.message, /^title: /);
    assert.match(summary.errors[3]!.message, /^answers: Invalid input: expected array/);
    assert.equal(await count('questions'), 2);
  });

  test('rejects dates without a zone and impossible calendar days', async () => {
    const noZone = buildRecord();
    noZone.question.askedAt = '2021-08-05T10:00:00';
    const feb30 = buildRecord();
    feb30.question.askedAt = '2021-02-30';
    const summary = await importRecords(db, lines([noZone, feb30]));
    assert.equal(summary.failed, 2);
    for (const error of summary.errors) assert.match(error.message, /^question\.askedAt: must be a date/);
  });

  test('re-importing updates questions and replaces answers instead of duplicating', async () => {
    const records = sampleRecords();
    const first = await importRecords(db, lines(records));
    assert.equal(first.imported, records.length);
    assert.equal(first.failed, 0, JSON.stringify(first.errors));
    const answersBefore = await count('answers');

    const second = await importRecords(db, lines(records));
    assert.deepEqual([second.imported, second.updated, second.failed], [0, records.length, 0]);
    assert.deepEqual([second.createdDepartments, second.createdHospitals, second.createdDoctors], [0, 0, 0]);
    assert.equal(await count('questions'), records.length);
    assert.equal(await count('answers'), answersBefore);

    const changed = { ...records[0]!, title: 'A new page title' };
    changed.answers = [
      { doctorName: 'Dr. Zed', hospital: 'Nowhere Clinic', body: 'Replaced.', answeredAt: '2024-01-01' },
    ];
    await importRecords(db, lines([changed]));
    const rows = await queryRows<{ page_title: string; body: string }>(
      db,
      sql`select q.page_title, a.body from questions q join answers a on a.question_id = q.id
          where q.external_id = ${changed.externalId}`,
    );
    assert.deepEqual(rows, [{ page_title: 'A new page title', body: 'Replaced.' }]);
  });

  test('a repeated externalId in one file: the later line wins', async () => {
    const first = buildRecord({ externalId: 'dup' });
    const second = buildRecord({ externalId: 'dup', title: 'Second version' });
    const summary = await importRecords(db, lines([first, buildRecord(), second]));
    assert.deepEqual([summary.imported, summary.updated, summary.failed], [2, 1, 0]);
    const rows = await queryRows<{ page_title: string }>(
      db,
      sql`select page_title from questions where external_id = 'dup'`,
    );
    assert.deepEqual(rows, [{ page_title: 'Second version' }]);
  });

  test('finds departments by slug, names in both languages and aliases; creates unknown ones', async () => {
    const names = [
      'cardiology',
      '  CARDIOLOGY ',
      '心臟內科',
      '心臟血管內科',
      'Obstetrics',
      'Sports Medicine',
      '睡眠醫學科',
    ];
    const summary = await importRecords(db, lines(names.map((department) => buildRecord({ department }))));
    assert.equal(summary.imported, names.length);
    assert.equal(summary.createdDepartments, 2);
    assert.equal(await count('departments'), DEPARTMENT_CATALOG.length + 2);
    const rows = await queryRows<{ slug: string; n: number }>(
      db,
      sql`select d.slug, count(*)::int as n from questions q join departments d on d.id = q.department_id
          group by d.slug order by d.slug`,
    );
    const bySlug = Object.fromEntries(rows.map((row) => [row.slug, row.n]));
    assert.equal(bySlug.cardiology, 4);
    assert.equal(bySlug['obstetrics-gynecology'], 1);
    assert.equal(bySlug['sports-medicine'], 1);
    const chinese = rows.find((row) => row.slug.startsWith('dept-'));
    assert.ok(chinese, `a slug was generated for the Chinese name: ${JSON.stringify(rows)}`);
    assert.match(chinese.slug, /^dept-[0-9a-f]{8}$/);
  });

  test('doctors are identified by name and hospital, and linked to the departments they answer in', async () => {
    const answer = (doctorName: string, hospital: string, department?: string) => ({
      doctorName,
      hospital,
      body: 'Answer.',
      answeredAt: '2021-08-06',
      ...(department ? { department } : {}),
    });
    const summary = await importRecords(
      db,
      lines([
        buildRecord({
          department: 'Cardiology',
          answers: [answer('Dr. Wang', 'Hospital A'), answer('Dr. Lee', 'Hospital A')],
        }),
        buildRecord({ department: 'Neurology', answers: [answer('dr. wang', 'hospital a')] }),
        buildRecord({ department: 'Neurology', answers: [answer('Dr. Wang', 'Hospital B', 'Pediatrics')] }),
      ]),
    );
    assert.equal(summary.failed, 0, JSON.stringify(summary.errors));
    assert.deepEqual([summary.createdHospitals, summary.createdDoctors], [2, 3]);
    const links = await queryRows<{ slug: string; dept: string }>(
      db,
      sql`select doc.slug, d.slug as dept from doctor_departments dd
          join doctors doc on doc.id = dd.doctor_id join departments d on d.id = dd.department_id
          order by doc.id, d.slug`,
    );
    assert.deepEqual(links, [
      { slug: 'dr-wang', dept: 'cardiology' },
      { slug: 'dr-wang', dept: 'neurology' },
      { slug: 'dr-lee', dept: 'cardiology' },
      { slug: links[3]!.slug, dept: 'pediatrics' },
    ]);
    assert.match(links[3]!.slug, /^dr-wang-[0-9a-f]{6}$/, 'a namesake at another hospital gets its own slug');
  });

  test('a record naming the same doctor twice fails alone', async () => {
    const twice = buildRecord();
    twice.answers = [twice.answers![0]!, { ...twice.answers![0]!, body: 'Again.' }];
    const summary = await importRecords(db, lines([buildRecord(), twice, buildRecord()]));
    assert.deepEqual([summary.imported, summary.failed], [2, 1]);
    assert.match(
      summary.errors[0]!.message,
      /^answers: Dr\. Alice Chen \(Taipei General Hospital\) answers more than once/,
    );
  });

  test('a record the database refuses fails alone; the rest of its batch is kept', async () => {
    const records = Array.from({ length: 7 }, () => buildRecord());
    // NUL passes validation but no PostgreSQL text can hold it, so the whole batch fails.
    records[3]!.question.body = 'bad \u0000 byte';
    // ...and it names a new hospital: that row must not survive the rollback.
    records[3]!.answers = [
      { doctorName: 'Dr. Ghost', hospital: 'Ghost Hospital', body: 'x', answeredAt: '2021-01-01' },
    ];
    const summary = await importRecords(db, lines(records), { batchSize: 5 });
    assert.deepEqual([summary.read, summary.imported, summary.failed], [7, 6, 1]);
    assert.equal(summary.errors[0]!.line, 4);
    assert.match(summary.errors[0]!.message, /^could not be saved: /);
    assert.equal(summary.createdHospitals, 1, 'only Taipei General Hospital');
    assert.equal(await count('hospitals'), 1);
    assert.equal(await count('questions'), 6);
  });

  test('stores dates: date-only at 12:00 UTC, timestamps as given; publishedAt is the latest answer', async () => {
    const record = buildRecord({ externalId: 'dates' });
    record.question.askedAt = '2021-08-05';
    record.answers = [
      { doctorName: 'A', hospital: 'H', body: 'first', answeredAt: '2021-08-06T01:30:00+08:00' },
      { doctorName: 'B', hospital: 'H', body: 'second', answeredAt: '2021-08-07' },
    ];
    const draft = buildRecord({ externalId: 'draft', status: 'answered' });
    await importRecords(db, lines([record, draft]));
    const rows = await queryRows<{ external_id: string; asked: string; published: string | null }>(
      db,
      sql`select external_id, to_char(asked_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI') as asked,
            to_char(published_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI') as published
          from questions order by id`,
    );
    assert.deepEqual(rows, [
      { external_id: 'dates', asked: '2021-08-05 12:00', published: '2021-08-07 12:00' },
      { external_id: 'draft', asked: '2021-08-05 12:00', published: null },
    ]);
    const answered = await queryRows<{ at: string }>(
      db,
      sql`select to_char(answered_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI') as at from answers
          where body = 'first'`,
    );
    assert.deepEqual(answered, [{ at: '2021-08-05 17:30' }]);
    assert.equal(toStoredDate('2021-08-05'), '2021-08-05T12:00:00.000Z');
  });

  test('writes in batches and reports progress after each', async () => {
    const progress: number[] = [];
    const records = Array.from({ length: 10 }, () => buildRecord());
    const summary = await importRecords(db, lines(records), {
      batchSize: 4,
      onProgress: (p) => progress.push(p.imported),
    });
    assert.equal(summary.imported, 10);
    assert.deepEqual(progress, [4, 8, 10]);
  });
});
