import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../../../test/db.ts';
import { type Database, queryRows } from '../../db/database.ts';
import { listAudit, recordAudit } from '../audit/audit.service.ts';
import { getSettings, SETTING_DEFAULTS, setSetting } from './settings.service.ts';

let database: Database;
before(async () => {
  database = await createTestDatabase();
});
after(() => database.close());

test('settings start at their defaults, store changes and audit each one', async () => {
  assert.deepEqual(await getSettings(database.db), SETTING_DEFAULTS);
  await setSetting(database.db, 'answerTargetHours', 48, null);
  await setSetting(database.db, 'reviewAnswers', false, null);
  await setSetting(database.db, 'answerTargetHours', 24, null);
  assert.deepEqual(await getSettings(database.db), { reviewAnswers: false, answerTargetHours: 24 });
  const log = await listAudit(database.db, { action: 'setting.change' });
  assert.deepEqual(
    log.map((entry) => [entry.targetId, entry.details.value]),
    [
      ['answerTargetHours', 24],
      ['reviewAnswers', false],
      ['answerTargetHours', 48],
    ],
  );
});

test('a bad value is refused and nothing is stored; a stored value that no longer parses reads as the default', async () => {
  await assert.rejects(setSetting(database.db, 'answerTargetHours', 0, null));
  await assert.rejects(setSetting(database.db, 'answerTargetHours', 1.5, null));
  assert.equal((await getSettings(database.db)).answerTargetHours, 24);
  await database.db.execute(sql`update settings set value = '"soon"'::jsonb where key = 'answerTargetHours'`);
  assert.equal((await getSettings(database.db)).answerTargetHours, SETTING_DEFAULTS.answerTargetHours);
});

test('the audit log filters by action, target and time, newest first', async () => {
  await recordAudit(database.db, {
    actorUserId: null,
    action: 'question.publish',
    targetType: 'question',
    targetId: 7,
  });
  await recordAudit(database.db, {
    actorUserId: null,
    action: 'question.remove',
    targetType: 'question',
    targetId: 7,
    details: { reason: 'asked by the asker' },
  });
  const forSeven = await listAudit(database.db, { targetType: 'question', targetId: '7' });
  assert.deepEqual(
    forSeven.map((e) => e.action),
    ['question.remove', 'question.publish'],
  );
  assert.deepEqual(forSeven[0]!.details, { reason: 'asked by the asker' });
  assert.equal((await listAudit(database.db, { action: 'question.publish' })).length, 1);
  assert.equal((await listAudit(database.db, { from: new Date(Date.now() + 60_000) })).length, 0);
  const rows = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from audit_log`);
  assert.equal(rows[0]?.n, 5);
});
