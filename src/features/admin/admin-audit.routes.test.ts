/**
 * The audit log reads as words in both languages: each action's name (its code kept, small, and
 * as the cell's title), details as key: value lines (escaped, never raw JSON), and an asker who
 * acted through the status link named as such instead of "system".
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createTestApp } from '../../../test/app.ts';
import { buildQuestion, buildUser } from '../../../test/factories.ts';
import { LOCALES } from '../../web/i18n/index.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { adminMessages } from './admin.messages.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: string;
let adminUser: Awaited<ReturnType<typeof buildUser>>;

before(async () => {
  t = await createTestApp();
  adminUser = await buildUser(t.db, { roles: ['admin'] });
  admin = await t.signIn(adminUser.email);
});
after(() => t.close());

const auditPage = async (locale: string, query: string) =>
  (await t.request(`/${locale}/admin/audit?${query}`, { cookie: admin })).text();

/** The table row of one action on a filtered page. */
const rowOf = (html: string) => {
  const rows = html.match(/<tr data-audit-id="\d+">[\s\S]*?<\/tr>/g) ?? [];
  assert.equal(rows.length, 1, 'one row');
  return rows[0]!;
};

test('actions have readable labels with their code kept small; details are key: value lines, escaped', async () => {
  await recordAudit(t.db, {
    actorUserId: adminUser.id,
    action: 'doctor_application.approve',
    targetType: 'doctor_application',
    targetId: 12,
    details: { doctorId: 34, note: '<b>checked</b> licence', departments: ['neurology', 'family-medicine'] },
  });
  const expected = {
    en: { label: 'Doctor application approved' },
    'zh-TW': { label: '核准醫師申請' },
  } as const;
  for (const locale of LOCALES) {
    const html = await auditPage(locale, 'action=doctor_application.approve');
    const row = rowOf(html);
    assert.match(row, new RegExp(`<span class="audit-action">${expected[locale].label}</span>`), locale);
    assert.match(
      row,
      /<code class="audit-code">doctor_application\.<wbr\/>approve<\/code>/,
      `${locale}: code kept`,
    );
    assert.match(row, /title="doctor_application.approve"/, `${locale}: code as title`);
    assert.match(row, /<dt>doctorId:<\/dt> <dd dir="auto">34<\/dd>/, `${locale}: key: value`);
    assert.match(row, /<dt>departments:<\/dt> <dd dir="auto">neurology, family-medicine<\/dd>/);
    assert.match(row, /&lt;b&gt;checked&lt;\/b&gt; licence/, `${locale}: details escaped`);
    assert.doesNotMatch(row, /\{&quot;|\{"/, `${locale}: no raw JSON`);
    assert.ok(row.includes(adminUser.email), `${locale}: the admin's email as actor`);
    // The filter names actions the same way and still filters by code.
    assert.match(
      html,
      new RegExp(
        `<option value="doctor_application.approve" selected="">${expected[locale].label} \\(doctor_application.approve\\)</option>`,
      ),
    );
  }
});

test('an asker acting through the status link is named as such; jobs are "system"', async () => {
  await buildQuestion(t.db, { status: 'approved', token: 'audit-asker-1' });
  const withdrawn = await t.post('/en/status/audit-asker-1/withdraw', { reason: 'saw_doctor' });
  assert.equal(withdrawn.status, 303);
  await recordAudit(t.db, {
    actorUserId: null,
    action: 'question.escalate',
    targetType: 'question',
    targetId: 1,
  });
  // A reply to a doctor logged before details carried its origin.
  await recordAudit(t.db, {
    actorUserId: null,
    action: 'question.info_reply',
    targetType: 'question',
    targetId: 2,
    details: { requestId: 9 },
  });
  const names = { en: ['asker (status link)', 'system'], 'zh-TW': ['提問者（狀態連結）', '系統'] } as const;
  for (const locale of LOCALES) {
    const [asker, system] = names[locale];
    const actorOf = async (action: string) =>
      /<td>([^<]*)<\/td><td title=/.exec(rowOf(await auditPage(locale, `action=${action}`)))?.[1];
    assert.equal(await actorOf('question.withdraw'), asker, `${locale}: withdraw`);
    assert.equal(await actorOf('question.info_reply'), asker, `${locale}: older info reply`);
    assert.equal(await actorOf('question.escalate'), system, `${locale}: escalation job`);
  }
});

test('every audit action the code records has a label in both languages', () => {
  const root = join(import.meta.dirname, '..');
  const prefixes =
    /'((?:question|answer|account|doctor|doctor_application|lexicon|setting|revision|user|report|hospital|department)\.[a-z_]+)'/g;
  const found = new Set<string>(
    ['hospital', 'department'].flatMap((kind) => ['create', 'update', 'delete'].map((a) => `${kind}.${a}`)),
  );
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  for (const file of walk(root)) {
    if (!/\.tsx?$/.test(file) || file.includes('.test.')) continue;
    const source = readFileSync(file, 'utf8');
    if (!/recordAudit\(|auditedTransition\(/.test(source)) continue;
    for (const match of source.matchAll(prefixes)) found.add(match[1]!);
  }
  assert.ok(found.size > 25, `found the recorded actions (${found.size})`);
  for (const locale of LOCALES) {
    const missing = [...found].filter((code) => !adminMessages(locale).audit.actions[code]);
    assert.deepEqual(missing, [], `${locale}: actions without a label`);
  }
});
