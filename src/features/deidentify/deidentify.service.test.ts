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
import { buildDoctor, buildQuestion, buildUser } from '../../../test/factories.ts';
import { getConfig } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { answers, auditLog, questions, revisions } from '../../db/schema.ts';
import type { Actor } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import { publishQuestion } from '../questions/questions.service.ts';
import { redactAllFindings, redactFinding, scanQuestion } from './deidentify.service.ts';

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
