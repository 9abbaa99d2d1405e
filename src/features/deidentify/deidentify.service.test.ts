/**
 * Redaction and the publishing check on a real database (the engine under test): a redaction
 * is a revision plus an audit entry in one transaction; publishing refuses unresolved findings
 * unless overridden, and the override is audited with the finding types.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { RecordedJobs } from '../../../test/app.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { buildDoctor, buildQuestion, buildUser, departmentId } from '../../../test/factories.ts';
import { getConfig } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { answers, askers, auditLog, outbox, questions, revisions } from '../../db/schema.ts';
import type { Actor } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import { publishQuestion, replyToQuestion } from '../questions/questions.service.ts';
import { setSetting } from '../settings/settings.service.ts';
import { findingCountsFor, redactAllFindings, redactFinding, scanQuestion } from './deidentify.service.ts';

let database: Database;
let deps: { db: Database['db']; jobs: RecordedJobs; config: ReturnType<typeof getConfig> };
let editor: Actor;
let doctorId: number;

before(async () => {
  database = await createTestDatabase();
  deps = { db: database.db, jobs: new RecordedJobs(), config: getConfig() };
  const user = await buildUser(database.db, { roles: ['editor'] });
  editor = { userId: user.id, displayName: 'Editor', roles: ['editor'] };
  doctorId = (await buildDoctor(database.db, { departments: ['neurology'] })).id;
});
after(() => database.close());

const body = 'My eyelid twitches every afternoon. Call me at 0912-345-678.\nThanks, Mary';
const answered = () => buildQuestion(database.db, { status: 'answered', body, answeredBy: doctorId });

async function auditOf(questionId: number, action: string) {
  return database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, String(questionId))));
}

describe('de-identification service', () => {
  test('finds personal data in the question and its answers', async () => {
    const q = await answered();
    await database.db
      .update(answers)
      .set({ body: 'Dear asker, please email a.b@example.com.' })
      .where(eq(answers.questionId, q.id));
    const scan = await scanQuestion(database.db, q.id);
    assert.deepEqual(
      scan.map((s) => [s.field, s.findings.map((f) => `${f.type}:${f.text}`)]),
      [
        ['body', ['phone:0912-345-678', 'name:Mary']],
        ['answer', ['email:a.b@example.com']],
      ],
    );
  });

  test('redacting one finding writes the text, a revision and an audit entry without the personal data', async () => {
    const q = await answered();
    const [phone] = (await scanQuestion(database.db, q.id))[0]!.findings;
    await redactFinding(deps, editor, q.id, { field: 'body', ...phone!, answerId: undefined });
    const [row] = await database.db.select().from(questions).where(eq(questions.id, q.id));
    assert.equal(row!.body, 'My eyelid twitches every afternoon. Call me at [phone].\nThanks, Mary');
    const [revision] = await database.db.select().from(revisions).where(eq(revisions.entityId, q.id));
    assert.deepEqual(
      [revision!.field, revision!.before, revision!.after, revision!.actorUserId],
      ['body', body, row!.body, editor.userId],
    );
    const [audit] = await auditOf(q.id, 'question.redact');
    assert.deepEqual(audit!.details, { field: 'body', types: ['phone'], revisionIds: [revision!.id] });
    assert.ok(!JSON.stringify(audit!.details).includes('0912'));

    // The same finding again is stale now: 409, nothing written.
    await assert.rejects(
      redactFinding(deps, editor, q.id, { field: 'body', ...phone!, answerId: undefined }),
      (error: AppError) => error.status === 409,
    );
    assert.equal((await auditOf(q.id, 'question.redact')).length, 1);
  });

  test('only editors redact; others get 404 or 401 and nothing changes', async () => {
    const q = await answered();
    const [phone] = (await scanQuestion(database.db, q.id))[0]!.findings;
    const doctor: Actor = { userId: 999_999, displayName: 'D', roles: ['doctor'] };
    await assert.rejects(
      redactFinding(deps, doctor, q.id, { field: 'body', ...phone!, answerId: undefined }),
      AppError,
    );
    await assert.rejects(redactAllFindings(deps, null, q.id), AppError);
    const [row] = await database.db.select().from(questions).where(eq(questions.id, q.id));
    assert.equal(row!.body, body);
  });

  test('publishing refuses unresolved findings (400) and leaves the question answered', async () => {
    const q = await answered();
    await assert.rejects(publishQuestion(deps, editor, q.id), (error: AppError) => {
      assert.equal(error.status, 400);
      assert.equal(error.code, 'personal_data_found');
      return true;
    });
    const [row] = await database.db.select().from(questions).where(eq(questions.id, q.id));
    assert.equal(row!.status, 'answered');
    assert.equal((await auditOf(q.id, 'question.publish')).length, 0);
  });

  test('the override publishes and is audited with the finding types, in the same transaction', async () => {
    const q = await answered();
    await publishQuestion(deps, editor, q.id, { override: true });
    const [row] = await database.db.select().from(questions).where(eq(questions.id, q.id));
    assert.equal(row!.status, 'published');
    const [override] = await auditOf(q.id, 'question.publish_override');
    assert.deepEqual(override!.details, { findingTypes: { phone: 1, name: 1 }, fields: ['body'] });
    assert.equal((await auditOf(q.id, 'question.publish')).length, 1);
  });

  test('after redact all, publishing needs no override', async () => {
    const q = await answered();
    assert.equal(await redactAllFindings(deps, editor, q.id), 1);
    const [row] = await database.db.select().from(questions).where(eq(questions.id, q.id));
    assert.equal(row!.body, 'My eyelid twitches every afternoon. Call me at [phone].\nThanks, [name]');
    const [audit] = await auditOf(q.id, 'question.redact');
    assert.deepEqual((audit!.details as { findingTypes: unknown }).findingTypes, { phone: 1, name: 1 });
    await publishQuestion(deps, editor, q.id);
    assert.equal((await auditOf(q.id, 'question.publish_override')).length, 0);
  });
});

describe('auto-publish (reviewAnswers off) and personal data', () => {
  let doctor: Actor;
  before(async () => {
    const user = await buildUser(database.db, { roles: ['doctor'], doctorId });
    doctor = {
      userId: user.id,
      displayName: 'Dr',
      roles: ['doctor'],
      doctor: { id: doctorId, departmentIds: [await departmentId(database.db, 'neurology')], verified: true },
    };
    await setSetting(database.db, 'reviewAnswers', false, null);
  });
  after(() => setSetting(database.db, 'reviewAnswers', true, null));

  const cleanReply =
    'Hello, eyelid twitching is common with tiredness and caffeine. See a clinic if it lasts.';
  /** An approved question whose asker left an email address, so publication queues a notice. */
  async function approvedWithAsker(questionBody?: string) {
    const q = await buildQuestion(database.db, { status: 'approved', body: questionBody });
    const [asker] = await database.db
      .insert(askers)
      .values({ email: `asker-${q.id}@example.test` })
      .returning();
    await database.db.update(questions).set({ askerId: asker!.id }).where(eq(questions.id, q.id));
    return q;
  }
  const statusOf = async (id: number) =>
    (await database.db.select().from(questions).where(eq(questions.id, id)))[0]!.status;
  const mailsTo = async (id: number) =>
    (
      await database.db
        .select()
        .from(outbox)
        .where(eq(outbox.to, `asker-${id}@example.test`))
    ).length;

  test('personal data in the question: the reply is held in the queue and the hold is audited; nothing is sent', async () => {
    const q = await approvedWithAsker(body);
    deps.jobs.sent.length = 0;
    assert.deepEqual(await replyToQuestion(deps, doctor, q.id, cleanReply), { published: false, held: true });
    assert.equal(await statusOf(q.id), 'answered');
    const [held] = await auditOf(q.id, 'question.publish_held');
    assert.equal(held!.actorUserId, doctor!.userId);
    assert.deepEqual(held!.details, {
      reason: 'personal_data_found',
      findingTypes: { phone: 1, name: 1 },
      fields: ['body'],
    });
    assert.ok(!JSON.stringify(held!.details).includes('0912'));
    assert.equal((await auditOf(q.id, 'question.publish')).length, 0);
    assert.equal(await mailsTo(q.id), 0);
    assert.deepEqual(deps.jobs.sent, []);

    // The editor then needs the explicit override (audited), and only then is the asker told.
    await assert.rejects(
      publishQuestion(deps, editor, q.id),
      (e: AppError) => e.code === 'personal_data_found',
    );
    await publishQuestion(deps, editor, q.id, { override: true });
    assert.equal(await statusOf(q.id), 'published');
    assert.equal((await auditOf(q.id, 'question.publish_override')).length, 1);
    assert.equal(await mailsTo(q.id), 1);
  });

  test('personal data in the reply itself is caught: the check reads the texts inside the publishing transaction', async () => {
    const q = await approvedWithAsker();
    const reply = `${cleanReply} You can also reach my clinic nurse at nurse.lin@example.com.`;
    assert.deepEqual(await replyToQuestion(deps, doctor, q.id, reply), { published: false, held: true });
    assert.equal(await statusOf(q.id), 'answered');
    const [answer] = await database.db.select().from(answers).where(eq(answers.questionId, q.id));
    const [held] = await auditOf(q.id, 'question.publish_held');
    assert.deepEqual(held!.details, {
      reason: 'personal_data_found',
      findingTypes: { email: 1 },
      fields: [`answer:${answer!.id}`],
    });
    assert.equal(await mailsTo(q.id), 0);

    // The doctor fixes the reply: with no findings left, it publishes at once as usual.
    assert.deepEqual(await replyToQuestion(deps, doctor, q.id, cleanReply), { published: true, held: false });
    assert.equal(await statusOf(q.id), 'published');
    assert.equal(await mailsTo(q.id), 1);
  });

  test('without findings the reply publishes at once, audited as automatic, with no hold', async () => {
    const q = await approvedWithAsker();
    deps.jobs.sent.length = 0;
    assert.deepEqual(await replyToQuestion(deps, doctor, q.id, cleanReply), { published: true, held: false });
    assert.equal(await statusOf(q.id), 'published');
    assert.equal((await auditOf(q.id, 'question.publish_held')).length, 0);
    const [published] = await auditOf(q.id, 'question.publish');
    assert.equal(published!.details.automatic, true);
    assert.equal(await mailsTo(q.id), 1);
    assert.deepEqual(
      deps.jobs.sent.map((j) => j.name),
      ['send-email', 'search-index'],
    );
  });

  test('with review on, a reply with findings simply waits for review (no hold entry)', async () => {
    await setSetting(database.db, 'reviewAnswers', true, null);
    try {
      const q = await approvedWithAsker(body);
      assert.deepEqual(await replyToQuestion(deps, doctor, q.id, cleanReply), {
        published: false,
        held: false,
      });
      assert.equal(await statusOf(q.id), 'answered');
      assert.equal((await auditOf(q.id, 'question.publish_held')).length, 0);
    } finally {
      await setSetting(database.db, 'reviewAnswers', false, null);
    }
  });
});

describe('finding counts for a page of queue items', () => {
  test('counts by type per question, answers included; {} for a clean question or an unknown id', async () => {
    const withData = await answered();
    await database.db
      .update(answers)
      .set({ body: 'Dear asker, see https://clinic.example.org or call 02-2345-6789.' })
      .where(eq(answers.questionId, withData.id));
    const clean = await buildQuestion(database.db, { status: 'submitted' });
    const counts = await findingCountsFor(database.db, [withData.id, clean.id, 2_000_000_000]);
    assert.deepEqual(Object.fromEntries(counts), {
      [withData.id]: { phone: 2, name: 1, url: 1 },
      [clean.id]: {},
      2000000000: {},
    });
    assert.deepEqual(await findingCountsFor(database.db, []), new Map());
  });
});
