/** Search on a real database (the engine under test): matching, expansion, filters, ranking, safety. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/db.ts';
import { buildDoctor, buildHospital, buildQuestion } from '../../../test/factories.ts';
import type { Database, Db } from '../../db/database.ts';
import { answers, questions, searchDocuments } from '../../db/schema.ts';
import { importRecords } from '../transfer/import.service.ts';
import { createLexicon } from './lexicon/lexicon.ts';
import { TEST_LEXICON_GROUPS } from './lexicon/test-lexicon.ts';
import { searchProviderFor } from './search.provider.ts';
import { type SearchInput, searchQuestions } from './search.service.ts';
import { indexQueued, rebuildSearchIndex } from './search-indexer.ts';

let database: Database;
let db: Db;
const ids: Record<string, number> = {};
let doctorA: { id: number; slug: string };
let hospitalB: { id: number; slug: string };
const lexicon = createLexicon(TEST_LEXICON_GROUPS);
const options = { timeZone: 'Asia/Taipei', lexicon };

/** A published Q&A answered by `doctorId` with `answer` (the factory's answer talks about twitching). */
async function answered(doctorId: number, answer: string, options: Parameters<typeof buildQuestion>[1]) {
  const question = await buildQuestion(db, options);
  await db.insert(answers).values({ questionId: question.id, doctorId, body: answer });
  return question.id;
}

async function search(q: string, extra: Partial<SearchInput> = {}) {
  return searchQuestions(db, { q, page: 1, ...extra }, options);
}
const found = async (q: string, extra: Partial<SearchInput> = {}) =>
  (await search(q, extra)).items.map((item) => item.summary.id);

before(async () => {
  database = await createTestDatabase();
  db = database.db;
  doctorA = await buildDoctor(db, { departments: ['neurology'] });
  hospitalB = await buildHospital(db);
  const doctorB = await buildDoctor(db, { departments: ['cardiology'], hospitalId: hospitalB.id });
  const zh = { lang: 'zh-TW' as const };
  ids.twitchZh = await answered(doctorA.id, '多半和疲勞有關。', {
    ...zh,
    title: '眼皮一直跳',
    body: '最近兩個星期肌肉跳動很頻繁，晚上睡不好。',
    publishedAt: new Date('2024-05-10T04:00:00Z'),
  });
  ids.twitchEn = (
    await buildQuestion(db, {
      title: 'Eyelid keeps twitching',
      body: 'My left eyelid is twitching a lot.',
      answeredBy: doctorA.id,
    })
  ).id;
  ids.hypertension = await answered(doctorB.id, 'Keep taking it and measure at home.', {
    department: 'cardiology',
    title: 'Medication question',
    body: 'I was diagnosed with hypertension last year and take amlodipine.',
    publishedAt: new Date('2023-01-15T04:00:00Z'),
  });
  ids.spasm = (
    await buildQuestion(db, { ...zh, title: '小腿問題', body: '晚上睡覺時小腿痙攣，痛到醒過來。' })
  ).id;
  ids.infarct = (
    await buildQuestion(db, {
      ...zh,
      department: 'cardiology',
      title: '心肌梗塞後的運動',
      body: '爸爸去年心肌梗塞，現在可以運動嗎？',
    })
  ).id;
  ids.titleHit = (
    await buildQuestion(db, { title: 'Insomnia every night', body: 'I cannot fall asleep.' })
  ).id;
  ids.bodyHit = (
    await buildQuestion(db, {
      title: 'Tired all day',
      body: 'Maybe because of insomnia, I feel tired. Insomnia again, insomnia every week.',
    })
  ).id;
  ids.unpublished = (await buildQuestion(db, { status: 'answered', title: 'Secret insomnia question' })).id;
  await rebuildSearchIndex(db);
});
after(() => database.close());

describe('matching', () => {
  test('a two-character word finds it at the start and inside a longer word', async () => {
    assert.deepEqual(await found('肌肉'), [ids.twitchZh]);
    assert.deepEqual(await found('跳動'), [ids.twitchZh]);
    assert.deepEqual(await found('肌肉跳動'), [ids.twitchZh]);
  });

  test('Simplified Chinese finds Traditional text', async () => {
    assert.deepEqual(await found('肌肉跳动'), [ids.twitchZh]);
  });

  test('a phrase matches only as a whole substring', async () => {
    assert.deepEqual(await found('肌跳'), []);
  });

  test('one CJK character finds every word containing it', async () => {
    assert.ok((await found('跳')).includes(ids.twitchZh!));
  });

  test('English words are stemmed: "twitches" finds "twitching"', async () => {
    assert.deepEqual(await found('twitches'), [ids.twitchEn]);
    assert.deepEqual(await found('TWITCHED eyelids'), [ids.twitchEn]);
  });

  test('mixed-language queries match each part', async () => {
    const question = await buildQuestion(db, {
      lang: 'zh-TW',
      title: '做了MRI檢查',
      body: 'MRI 檢查報告說正常。',
    });
    await searchProviderFor(db).index([question.id]);
    assert.deepEqual(await found('MRI 檢查'), [question.id]);
    // One term must match as adjacent tokens: only the relaxed search (any token) finds it.
    assert.equal((await search('mri报告')).relaxed, true);
    assert.deepEqual(await found('mri 报告'), [question.id]);
  });
});

describe('lexicon expansion', () => {
  test('a lay English phrase finds the clinical word', async () => {
    assert.deepEqual(await found('high blood pressure'), [ids.hypertension]);
  });

  test('a lay Chinese word finds the clinical one', async () => {
    assert.deepEqual(await found('抽筋'), [ids.spasm]);
    assert.deepEqual(await found('小腿抽筋'), [ids.spasm]);
  });

  test('expansion crosses languages when every language is searched', async () => {
    assert.deepEqual(await found('heart attack'), [ids.infarct]);
    assert.deepEqual(await found('heart attack', { lang: 'en' }), []);
  });

  test('a lone concept that finds nothing is searched once (relaxed it is the same query)', async () => {
    const provider = searchProviderFor(db);
    const queries: string[][] = [];
    const counting = {
      ...provider,
      search: (request: Parameters<typeof provider.search>[0]) => {
        queries.push(request.query.groups.map((group) => String(group.phrases.length)));
        return provider.search(request);
      },
    };
    const nothing = await searchQuestions(
      db,
      { q: 'heart attack', lang: 'en', page: 1 },
      { ...options, provider: counting },
    );
    assert.deepEqual(
      { total: nothing.total, relaxed: nothing.relaxed, searches: queries.length },
      {
        total: 0,
        relaxed: false,
        searches: 1,
      },
    );
    // Two words that are not one concept still relax to "either word".
    const either = await searchQuestions(
      db,
      { q: 'insomnia zebra', page: 1 },
      { ...options, provider: counting },
    );
    assert.equal(either.relaxed, true);
    assert.equal(queries.length, 3);
  });
});

describe('filters', () => {
  test('department, doctor, hospital and language', async () => {
    assert.deepEqual(await found('twitching', { department: 'cardiology' }), []);
    assert.deepEqual(await found('twitching', { department: 'neurology' }), [ids.twitchEn]);
    assert.deepEqual((await found('', { doctor: doctorA.slug })).sort(), [ids.twitchZh, ids.twitchEn].sort());
    assert.deepEqual(await found('', { hospital: hospitalB.slug }), [ids.hypertension]);
    assert.deepEqual(await found('跳動', { lang: 'en' }), []);
  });

  test('date range in the site time zone, both days included', async () => {
    assert.deepEqual(await found('hypertension', { from: '2023-01-15', to: '2023-01-15' }), [
      ids.hypertension,
    ]);
    assert.deepEqual(await found('hypertension', { from: '2023-01-16' }), []);
    assert.deepEqual(await found('肌肉', { to: '2024-05-09' }), []);
  });

  test('a filter naming nothing is reported and ignored', async () => {
    const results = await search('twitching', { department: 'no-such-department', doctor: 'nobody' });
    assert.deepEqual(results.unknown, ['department', 'doctor']);
    assert.deepEqual(
      results.items.map((item) => item.summary.id),
      [ids.twitchEn],
    );
  });
});

describe('ranking and results', () => {
  test('a title match ranks above a body-only match, even one with the word three times', async () => {
    assert.deepEqual(await found('insomnia'), [ids.titleHit, ids.bodyHit]);
  });

  test('results carry highlighted title and snippet', async () => {
    const [item] = (await search('肌肉')).items;
    assert.deepEqual(
      item!.snippet.filter((s) => s.match).map((s) => s.text),
      ['肌肉'],
    );
    const [en] = (await search('twitches')).items;
    assert.deepEqual(
      en!.title.filter((s) => s.match).map((s) => s.text),
      ['twitching'],
    );
  });

  test('when no Q&A has every word, the ones with some are shown (relaxed)', async () => {
    const results = await search('insomnia zebra');
    assert.equal(results.relaxed, true);
    assert.ok(results.items.length >= 2);
  });

  test('an empty query lists the newest Q&As; pagination counts them', async () => {
    const first = await searchQuestions(db, { q: '', page: 1 }, { ...options, pageSize: 3 });
    assert.equal(first.items.length, 3);
    assert.ok(first.total >= 8 && first.pages >= 3);
    const second = await searchQuestions(db, { q: '', page: 2 }, { ...options, pageSize: 3 });
    assert.equal(
      second.items.some((item) => first.items.some((f) => f.summary.id === item.summary.id)),
      false,
    );
  });
});

describe('only published Q&As', () => {
  test('an unpublished Q&A is never indexed or found', async () => {
    assert.equal((await found('secret')).length, 0);
    const rows = await db
      .select()
      .from(searchDocuments)
      .where(eq(searchDocuments.questionId, ids.unpublished!));
    assert.equal(rows.length, 0);
  });

  test('a removed Q&A disappears at once, and from the index when its job runs', async () => {
    const question = await buildQuestion(db, { title: 'Vertigo when standing up' });
    const provider = searchProviderFor(db);
    await provider.index([question.id]);
    assert.deepEqual(await found('vertigo'), [question.id]);
    await db.update(questions).set({ status: 'removed' }).where(eq(questions.id, question.id));
    assert.deepEqual(await found('vertigo'), []); // results are checked before they are shown
    await provider.index([question.id]);
    const rows = await db.select().from(searchDocuments).where(eq(searchDocuments.questionId, question.id));
    assert.equal(rows.length, 0);
  });
});

describe('odd input', () => {
  test('hostile and nonsense queries answer without errors', async () => {
    const inputs = [
      "'; drop table questions; --",
      "' or 1=1 --",
      '<script>alert(1)</script>',
      '!!! ??? ...',
      '\\ \' " & | ! ( ) :* <->',
      '的 the of',
      'x'.repeat(2000),
      '肌'.repeat(2000),
      '𠀀𠀁 emoji 😀 \u0000',
    ];
    for (const q of inputs) {
      const results = await search(q);
      assert.ok(results.total >= 0, q);
    }
    assert.equal((await search('!!! ???')).total, 0);
  });
});

describe('imports', () => {
  test('imported Q&As are queued and become searchable when the queue is indexed', async () => {
    const summary = await importRecords(db, [
      JSON.stringify({
        externalId: 'imp-1',
        lang: 'zh-TW',
        department: 'neurology',
        title: '手一直抖',
        question: {
          title: '手抖',
          body: '拿筷子的時候手會抖。',
          askerName: '王',
          ageRange: '60-69',
          gender: 'female',
          askedAt: '2020-03-01',
        },
        answers: [
          { doctorName: '林醫師', hospital: '測試醫院', body: '震顫的原因很多。', answeredAt: '2020-03-02' },
        ],
        status: 'published',
      }),
    ]);
    assert.equal(summary.imported, 1, JSON.stringify(summary.errors));
    assert.equal((await found('拿筷子')).length, 0);
    assert.equal(await indexQueued(db), 1);
    const [id] = await found('拿筷子');
    assert.ok(id);
    assert.deepEqual(await found('tremor'), [id]); // the answer's 震顫 via the lexicon
  });
});
