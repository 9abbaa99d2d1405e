import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count, isNotNull, sql } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/db.ts';
import type { Database } from '../../db/database.ts';
import { AGE_RANGES, doctorDepartments, doctors, faqs, hospitals, questions } from '../../db/schema.ts';
import { DEPARTMENT_CATALOG } from '../departments/department-catalog.ts';
import { importRecordSchema } from '../transfer/transfer.schema.ts';
import { loadDemoData } from './demo.service.ts';
import { generateDemoData } from './demo-generator.ts';
import { DEMO_ROSTER } from './demo-people.ts';

const data = generateDemoData({ count: 2000 });
const { records } = data;
const en = records.filter((r) => r.lang === 'en');
const zh = records.filter((r) => r.lang === 'zh-TW');
const slugByName = new Map(
  DEPARTMENT_CATALOG.flatMap((d) => [[d.nameEn, d.slug] as const, [d.nameZh, d.slug] as const]),
);
const share = (part: number) => part / records.length;

/** Every piece of text a record carries. */
function texts(record: (typeof records)[number]): string[] {
  return [
    record.title,
    record.question.title,
    record.question.body,
    record.question.askerName,
    record.moreInfo ?? '',
    ...record.answers.map((a) => a.body),
  ];
}

describe('generateDemoData', () => {
  test('is deterministic, depends on the seed, and record N does not depend on the count', () => {
    assert.deepEqual(generateDemoData({ count: 300, seed: 7 }), generateDemoData({ count: 300, seed: 7 }));
    assert.notDeepEqual(
      generateDemoData({ count: 50, seed: 7 }).records,
      generateDemoData({ count: 50, seed: 8 }).records,
    );
    assert.deepEqual(generateDemoData({ count: 50 }).records, records.slice(0, 50));
  });

  test('every record passes the import schema', () => {
    for (const record of records) {
      const result = importRecordSchema.safeParse(record);
      assert.ok(result.success, `${record.externalId}: ${result.error?.message}`);
    }
    assert.equal(new Set(records.map((r) => r.externalId)).size, records.length);
    assert.equal(records[122]!.externalId, 'demo-000123');
  });

  test('covers all 29 departments, named in the record language', () => {
    assert.equal(DEPARTMENT_CATALOG.length, 29);
    const seen = new Set(records.map((r) => slugByName.get(r.department)));
    assert.deepEqual([...seen].sort(), DEPARTMENT_CATALOG.map((d) => d.slug).sort());
    for (const r of en)
      assert.ok(
        DEPARTMENT_CATALOG.some((d) => d.nameEn === r.department),
        r.department,
      );
    for (const r of zh)
      assert.ok(
        DEPARTMENT_CATALOG.some((d) => d.nameZh === r.department),
        r.department,
      );
    // Even a small load shows every department.
    const small = new Set(generateDemoData({ count: 29 }).records.map((r) => slugByName.get(r.department)));
    assert.equal(small.size, 29);
  });

  test('is about half English and half Traditional Chinese', () => {
    assert.ok(share(en.length) > 0.45 && share(en.length) < 0.55, `English share ${share(en.length)}`);
  });

  test('has varied askers: every age band, both genders, some asking for a relative', () => {
    assert.deepEqual(new Set(records.map((r) => r.question.ageRange)), new Set(AGE_RANGES));
    const genders = records.map((r) => r.question.gender);
    assert.ok(genders.filter((g) => g === 'female').length > 800, 'many women');
    assert.ok(genders.filter((g) => g === 'male').length > 600, 'many men');
    assert.ok(genders.filter((g) => g === 'other').length < 60, 'few other');
    const others = records.filter((r) => r.question.askingFor === 'other').length;
    assert.ok(share(others) > 0.15 && share(others) < 0.45, `asking for others ${share(others)}`);
    const pediatrics = records.filter((r) => slugByName.get(r.department) === 'pediatrics');
    const forChild = pediatrics.filter((r) => r.question.askingFor === 'other').length;
    assert.ok(forChild / pediatrics.length > 0.7, 'pediatric questions are mostly asked by a parent');
    assert.ok(new Set(records.map((r) => r.question.askerName)).size > 60, 'varied pseudonyms');
  });

  test('never greets a woman as Mr. / 先生, nor a man as Ms. / 小姐', () => {
    for (const record of records) {
      const { gender, askingFor, askerName } = record.question;
      for (const answer of record.answers) {
        const greeting = answer.body.split('\n')[0]!;
        if (gender === 'female') assert.doesNotMatch(answer.body, /Mr\.|先生/, record.externalId);
        if (gender === 'male' && askingFor === 'self')
          assert.doesNotMatch(greeting, /Ms\.|小姐|太太/, record.externalId);
        if (gender === 'other') assert.doesNotMatch(greeting, /Mr\.|Ms\.|先生|小姐/, record.externalId);
        if (/^(Anonymous|匿名)$/.test(askerName)) assert.match(greeting, /^(Hello,|您好：)$/);
      }
    }
  });

  test('zh records use Traditional characters only (no common Simplified-only characters)', () => {
    const simplified =
      /[这们说医诊发为时个会过还么问题药检头脑觉应该吗请谢难热气经痒疗给让现样实与关开动东长门见间体后儿妈岁压晕肤肠肾脏护从复紧张陈刘黄吴郑杨许养营齿节伤结变严况处办饭减轻边]/;
    const zhTexts = [
      ...zh.flatMap(texts),
      ...data.faqs.filter((f) => f.lang === 'zh-TW').flatMap((f) => [f.question, f.answer]),
      ...data.doctors.flatMap((d) => [d.nameZh, d.titleZh, d.bioZh]),
      ...data.hospitals.map((h) => h.nameZh),
    ];
    for (const text of zhTexts) assert.doesNotMatch(text, simplified, text);
  });

  test('every answer gives general information and recommends an in-person visit, then closes', () => {
    for (const record of records) {
      for (const answer of record.answers) {
        const paragraphs = answer.body.split('\n\n');
        assert.ok(paragraphs.length >= 3, record.externalId);
        if (record.lang === 'en') assert.match(answer.body, /in person/, record.externalId);
        else assert.match(answer.body, /親自|當面/, record.externalId);
        assert.doesNotMatch(answer.body, /you have (a|an) |您得了|確診為/, 'no diagnosis');
        assert.match(paragraphs.at(-1)!, /[.!。！]$/);
      }
    }
  });

  test('question bodies vary in length, some beyond 280 characters', () => {
    const lengths = records.map((r) => r.question.body.length).sort((a, b) => a - b);
    assert.ok(lengths[0]! >= 40, `shortest ${lengths[0]}`);
    assert.ok(lengths.at(-1)! <= 1000, `longest ${lengths.at(-1)}`);
    assert.ok(lengths.filter((l) => l > 280).length > 200, 'some bodies exceed 280 characters');
    assert.ok(lengths.filter((l) => l < 150).length > 200, 'some bodies are short');
    assert.ok(new Set(records.map((r) => r.question.body)).size > 1990, 'bodies are (almost) all different');
    assert.ok(new Set(records.map((r) => r.title)).size > 300, 'page titles vary');
  });

  test('fills every template slot', () => {
    for (const record of records) {
      for (const text of texts(record)) assert.doesNotMatch(text, /\{[^}\s]{1,12}\}/, record.externalId);
    }
  });

  test('mostly published, with a little work waiting in each queue', () => {
    const byStatus = (status: string) => records.filter((r) => r.status === status);
    assert.ok(share(byStatus('published').length) > 0.9, 'mostly published');
    for (const status of ['submitted', 'approved', 'answered']) {
      const n = byStatus(status).length;
      assert.ok(n >= 15 && n <= 80, `${status}: ${n}`);
    }
    for (const r of [...byStatus('submitted'), ...byStatus('approved')]) assert.equal(r.answers.length, 0);
    for (const r of [...byStatus('answered'), ...byStatus('published')])
      assert.ok(r.answers.length >= 1, r.externalId);
    for (const r of records.filter((r) => r.status !== 'published')) {
      assert.equal(r.moreInfo, undefined);
      assert.equal(r.viewCount, 0);
    }
  });

  test('about 10% have a second answer by another doctor of the same department', () => {
    const published = records.filter((r) => r.answers.length > 0);
    const two = published.filter((r) => r.answers.length === 2);
    assert.ok(
      two.length / published.length > 0.06 && two.length / published.length < 0.14,
      `${two.length} with two answers`,
    );
    for (const record of published) {
      const slug = slugByName.get(record.department)!;
      const names = record.answers.map((a) => a.doctorName);
      assert.equal(new Set(names).size, names.length);
      for (const answer of record.answers) {
        const entry = DEMO_ROSTER.find((d) => d.name === answer.doctorName);
        assert.ok(entry?.departments.includes(slug), `${answer.doctorName} does not work in ${slug}`);
        assert.equal(answer.department, record.department);
      }
    }
  });

  test('about 30% of published records have More Info, half of it machine-written and reviewed', () => {
    const published = records.filter((r) => r.status === 'published');
    const withInfo = published.filter((r) => r.moreInfo);
    assert.ok(
      withInfo.length / published.length > 0.25 && withInfo.length / published.length < 0.35,
      `${withInfo.length} with More Info`,
    );
    const machine = withInfo.filter((r) => r.moreInfoMachine);
    assert.ok(
      machine.length / withInfo.length > 0.4 && machine.length / withInfo.length < 0.6,
      `${machine.length} machine-written`,
    );
    for (const r of machine) assert.equal(r.moreInfoReviewed, true);
    for (const r of withInfo) {
      assert.match(r.moreInfo!, /^## /);
      assert.match(r.moreInfo!, /see a doctor in person|請親自就醫/);
    }
  });

  test('dates, views and titles are plausible', () => {
    const from = Date.parse('2019-01-01');
    const to = Date.parse('2026-10-31');
    const years = new Set(records.map((r) => r.question.askedAt.slice(0, 4)));
    assert.ok(years.size >= 7, `years ${[...years]}`);
    for (const record of records) {
      const asked = Date.parse(record.question.askedAt);
      assert.ok(asked >= from && asked <= to, record.externalId);
      for (const answer of record.answers) {
        const answered = Date.parse(answer.answeredAt);
        assert.ok(
          answered >= asked && answered <= asked + 6 * 86_400_000 && answered <= to,
          record.externalId,
        );
      }
      assert.ok(record.viewCount! >= 0 && record.viewCount! <= 5000, record.externalId);
      assert.ok(record.title.length <= 300 && record.question.title.length <= 300, record.externalId);
    }
    const views = records.map((r) => r.viewCount!).sort((a, b) => a - b);
    assert.ok(views[Math.floor(views.length / 2)]! < 1500, 'view counts are skewed toward low numbers');
  });

  test('returns ~60 doctors at ~12 hospitals, each in 1-2 departments, and 2-4 FAQs per department and language', () => {
    assert.ok(data.doctors.length >= 55, `${data.doctors.length} doctors`);
    assert.equal(data.hospitals.length, 12);
    const used = new Set(records.flatMap((r) => r.answers.map((a) => `${a.doctorName}|${a.hospital}`)));
    assert.deepEqual(new Set(data.doctors.map((d) => `${d.name}|${d.hospital}`)), used);
    for (const doctor of data.doctors) {
      assert.ok(doctor.departments.length >= 1 && doctor.departments.length <= 2, doctor.name);
      for (const field of [doctor.titleEn, doctor.titleZh, doctor.bioEn, doctor.bioZh])
        assert.ok(field.length >= 2, `${doctor.name}: ${field}`);
    }
    for (const department of DEPARTMENT_CATALOG) {
      for (const lang of ['en', 'zh-TW']) {
        const n = data.faqs.filter((f) => f.departmentSlug === department.slug && f.lang === lang).length;
        assert.ok(n >= 2 && n <= 4, `${department.slug} ${lang}: ${n} FAQs`);
      }
    }
  });
});

describe('loadDemoData', () => {
  let database: Database;
  before(async () => {
    database = await createTestDatabase();
  });
  after(async () => {
    await database.close();
  });

  test('loads 200 questions with doctor profiles, hospital names and FAQs, and can run again', async () => {
    const { db } = database;
    const first = await loadDemoData(db, { questions: 200 });
    assert.equal(first.import.imported, 200);
    assert.equal(first.import.failed, 0, JSON.stringify(first.import.errors.slice(0, 3)));
    assert.ok(first.doctorsUpdated > 30, `${first.doctorsUpdated} doctors updated`);
    assert.ok(first.faqsInserted >= 29 * 2 * 2, `${first.faqsInserted} FAQs`);

    const [questionCount] = await db.select({ n: count() }).from(questions);
    assert.equal(Number(questionCount!.n), 200);
    // Numbered in the order they were asked, as a site numbers its questions.
    const asked = await db
      .select({ id: questions.id, askedAt: questions.askedAt })
      .from(questions)
      .orderBy(questions.id);
    for (const [i, row] of asked.entries())
      if (i > 0)
        assert.ok(
          row.askedAt >= asked[i - 1]!.askedAt,
          `question ${row.id} asked before ${asked[i - 1]!.id}`,
        );
    const byExternal = generateDemoData({ count: 200 }).records.map((r) => r.question.askedAt);
    assert.notDeepEqual(
      byExternal,
      [...byExternal].sort(),
      'the generator alone spreads the dates at random',
    );
    const [faqCount] = await db.select({ n: count() }).from(faqs);
    assert.equal(Number(faqCount!.n), first.faqsInserted);
    const [withBio] = await db.select({ n: count() }).from(doctors).where(isNotNull(doctors.bioZh));
    assert.equal(Number(withBio!.n), first.doctorsUpdated);
    const renamed = await db
      .select({ nameZh: doctors.nameZh })
      .from(doctors)
      .where(sql`${doctors.nameEn} = 'Lin Wei-chen'`);
    if (renamed.length > 0) assert.equal(renamed[0]!.nameZh, '林維真');
    const hospitalNames = await db
      .select({ nameEn: hospitals.nameEn, nameZh: hospitals.nameZh })
      .from(hospitals);
    assert.ok(hospitalNames.length > 0 && hospitalNames.length <= 12, `${hospitalNames.length} hospitals`);
    for (const h of hospitalNames) assert.notEqual(h.nameZh, h.nameEn);
    const [links] = await db.select({ n: count() }).from(doctorDepartments);
    assert.ok(Number(links!.n) >= first.doctorsUpdated, 'doctor-department links');

    const again = await loadDemoData(db, { questions: 200 });
    assert.equal(again.import.imported, 0);
    assert.equal(again.import.updated, 200);
    assert.equal(again.faqsInserted, 0);
    const [faqCountAgain] = await db.select({ n: count() }).from(faqs);
    assert.equal(Number(faqCountAgain!.n), first.faqsInserted);
  });
});
