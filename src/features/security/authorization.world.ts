/**
 * The world the authorization suite runs in: one person for every role, questions in every
 * status (each with a unique marker in its title, body, answer and information request), a
 * doctor application with its licence document, a report, an audit entry and the askers' own
 * data, each marked so that a response can be searched for what it must not show.
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { createTestApp } from '../../../test/app.ts';
import { buildDoctor, buildQuestion, buildUser, departmentId } from '../../../test/factories.ts';
import type { Db } from '../../db/database.ts';
import {
  askers,
  doctorApplications,
  doctors,
  informationRequests,
  licenceDocuments,
  type QuestionStatus,
  questions,
  reports,
} from '../../db/schema.ts';
import { type Actor, canAccessQuestion } from '../../lib/access.ts';
import { actorForSession } from '../accounts/accounts.service.ts';
import { SESSION_COOKIE } from '../accounts/session-cookie.ts';
import { recordAudit } from '../audit/audit.service.ts';

export const ROLE_NAMES = [
  'anonymous',
  'asker',
  'otherAsker',
  'doctor',
  'otherDoctor',
  'unverifiedDoctor',
  'editor',
  'admin',
] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** A marker string no page would contain by chance. */
const marker = (what: string) => `zq${what}${randomBytes(3).toString('hex')}`;

/** The questions of the world, by name, with the status each is in. */
const QUESTION_PLAN = {
  published: { status: 'published', department: 'neurology', owner: 'otherAsker' },
  submitted: { status: 'submitted', department: 'neurology', owner: 'asker' },
  approved: { status: 'approved', department: 'neurology', owner: 'otherAsker' },
  needsInfo: { status: 'needs_info', department: 'neurology', owner: 'asker' },
  answered: { status: 'answered', department: 'neurology', owner: 'asker' },
  rejected: { status: 'rejected', department: 'neurology', owner: 'asker' },
  removed: { status: 'removed', department: 'neurology', owner: 'asker' },
  withdrawn: { status: 'withdrawn', department: 'neurology', owner: 'asker' },
  dermApproved: { status: 'approved', department: 'dermatology', owner: 'otherAsker' },
} as const satisfies Record<string, { status: QuestionStatus; department: string; owner: RoleName }>;
export type QuestionName = keyof typeof QUESTION_PLAN;

export async function buildWorld(t: TestApp) {
  const db = t.db;
  const neuro = await buildDoctor(db, { departments: ['neurology'], name: 'Neuro Doctor' });
  const derm = await buildDoctor(db, { departments: ['dermatology'], name: 'Derm Doctor' });
  const pending = await buildDoctor(db, { departments: ['neurology'], name: 'Pending Doctor' });
  await db.update(doctors).set({ verified: false }).where(eq(doctors.id, pending.id));
  const users = {
    asker: await buildUser(db, { roles: ['asker'] }),
    otherAsker: await buildUser(db, { roles: ['asker'] }),
    doctor: await buildUser(db, { roles: ['doctor'], doctorId: neuro.id }),
    otherDoctor: await buildUser(db, { roles: ['doctor'], doctorId: derm.id }),
    unverifiedDoctor: await buildUser(db, { roles: ['doctor'], doctorId: pending.id }),
    editor: await buildUser(db, { roles: ['editor'] }),
    admin: await buildUser(db, { roles: ['admin'] }),
  };
  const cookies: Record<RoleName, string | undefined> = { anonymous: undefined } as Record<
    RoleName,
    string | undefined
  >;
  const actors: Record<RoleName, Actor | null> = { anonymous: null } as Record<RoleName, Actor | null>;
  for (const [role, user] of Object.entries(users) as [Exclude<RoleName, 'anonymous'>, { email: string }][]) {
    cookies[role] = await t.signIn(user.email);
    actors[role] = await actorForSession(db, cookies[role]!.slice(SESSION_COOKIE.length + 1));
  }

  const askerIds: Partial<Record<RoleName, number>> = {};
  for (const role of ['asker', 'otherAsker'] as const) {
    const [row] = await db
      .insert(askers)
      .values({ email: users[role].email, userId: users[role].id })
      .returning();
    askerIds[role] = row!.id;
  }
  const qs = {} as Record<
    QuestionName,
    { id: number; token: string; marker: string; status: QuestionStatus; owner: RoleName }
  >;
  for (const [name, plan] of Object.entries(QUESTION_PLAN) as [
    QuestionName,
    (typeof QUESTION_PLAN)[QuestionName],
  ][]) {
    const m = marker(name);
    const token = `tok-${m}`;
    const answered = plan.status === 'answered' || plan.status === 'published';
    const q = await buildQuestion(db, {
      status: plan.status,
      department: plan.department,
      title: `Title ${m}`,
      body: `My eyelid has been twitching for weeks, what should I do? ${m}-body`,
      token,
      answeredBy: answered ? neuro.id : undefined,
    });
    await db.update(questions).set({ askerId: askerIds[plan.owner] }).where(eq(questions.id, q.id));
    if (plan.status === 'needs_info') {
      await db
        .insert(informationRequests)
        .values({ questionId: q.id, doctorId: neuro.id, message: `How long exactly? ${m}-info` });
    }
    qs[name] = { id: q.id, token, marker: m, status: plan.status, owner: plan.owner };
  }

  // A pending application of the unverified doctor, with its licence document.
  const licence = marker('licence');
  const document = marker('document');
  const [application] = await db
    .insert(doctorApplications)
    .values({
      userId: users.unverifiedDoctor.id,
      nameEn: 'Pending Doctor',
      nameZh: '待審醫師',
      licenceNumber: licence,
      hospitalId: pending.hospitalId,
      departmentIds: [await departmentId(db, 'neurology')],
    })
    .returning();
  const pdf = Buffer.from(`%PDF-1.4\n% ${document}\n%%EOF\n`);
  await db.insert(licenceDocuments).values({
    applicationId: application!.id,
    fileName: 'licence.pdf',
    contentType: 'application/pdf',
    size: pdf.length,
    sha256: 'x'.repeat(64),
    content: pdf,
  });
  const reportMarker = marker('report');
  const [report] = await db
    .insert(reports)
    .values({
      questionId: qs.published.id,
      reason: 'other',
      details: `Please look ${reportMarker}`,
      reporterUserId: users.asker.id,
    })
    .returning();
  const auditMarker = marker('audit');
  await recordAudit(db, {
    actorUserId: users.admin.id,
    action: 'test.marker',
    targetType: 'test',
    targetId: '1',
    details: { note: auditMarker },
  });

  /** Markers each role may see somewhere; every other marker must appear in none of its answers. */
  const secrets: { text: string; visibleTo: (role: RoleName) => boolean; what: string }[] = [];
  for (const [name, q] of Object.entries(qs)) {
    const facts = {
      status: q.status,
      departmentId: await departmentId(db, QUESTION_PLAN[name as QuestionName].department),
      statusTokenHash: null,
      askerUserId: users[q.owner as 'asker'].id,
    };
    secrets.push({
      text: q.marker,
      what: `question ${name}`,
      visibleTo: (role) => canAccessQuestion(actors[role], 'view', facts),
    });
  }
  secrets.push(
    { text: licence, what: 'licence number', visibleTo: (r) => r === 'admin' || r === 'unverifiedDoctor' },
    { text: document, what: 'licence document', visibleTo: (r) => r === 'admin' || r === 'unverifiedDoctor' },
    { text: reportMarker, what: 'report details', visibleTo: (r) => r === 'editor' || r === 'admin' },
    { text: auditMarker, what: 'audit log', visibleTo: (r) => r === 'admin' },
    { text: users.asker.email, what: "asker's email", visibleTo: (r) => r === 'asker' || r === 'admin' },
    {
      text: users.otherAsker.email,
      what: "other asker's email",
      visibleTo: (r) => r === 'otherAsker' || r === 'admin',
    },
  );

  let fresh = 0;
  /** A new question only for one request, so that actions of allowed roles change nothing shared. */
  async function freshQuestion(status: QuestionStatus, owner: 'asker' | 'otherAsker' = 'asker') {
    fresh++;
    const token = `fresh-${fresh}-${randomBytes(4).toString('hex')}`;
    const q = await buildQuestion(db, {
      status,
      department: 'neurology',
      token,
      title: `Fresh question ${fresh}`,
      answeredBy: status === 'answered' || status === 'published' ? neuro.id : undefined,
    });
    await db.update(questions).set({ askerId: askerIds[owner] }).where(eq(questions.id, q.id));
    return { id: q.id, token };
  }
  async function questionRow(id: number) {
    const [row] = await db.select().from(questions).where(eq(questions.id, id));
    return row;
  }

  /** Another session of a role's user (for signing out without ending the shared one). */
  const newSession = (role: Exclude<RoleName, 'anonymous'>) => t.signIn(users[role].email);
  /** A session of a new user with no role (for "sign out everywhere"). */
  const throwawaySession = async () => t.signIn((await buildUser(db, { roles: [] })).email);

  return {
    db: db as Db,
    newSession,
    throwawaySession,
    users,
    cookies,
    actors,
    doctors: { neuro, derm, pending },
    qs,
    application: application!,
    report: report!,
    secrets,
    freshQuestion,
    questionRow,
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;
