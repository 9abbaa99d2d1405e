/** The life of a question: asked, approved, claimed, answered, published, and read. */

import { and, eq, isNull, or } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { answers, doctors, hospitals, type Lang, type QuestionStatus, questions } from '../../db/schema.ts';
import type { Jobs } from '../../jobs/queue.ts';
import { type Actor, type Anonymous, requireQuestionAccess, requireRole } from '../../lib/access.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { hashToken, newToken } from '../../lib/tokens.ts';
import { urls } from '../../web/urls.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  checkFindingsBeforePublish,
  findingsAuditDetails,
  lockQuestionTexts,
  scanQuestion,
} from '../deidentify/deidentify.service.ts';
import { findDepartmentBySlug } from '../departments/departments.repository.ts';
import { queueEmail } from '../email/email.service.ts';
import { changeText } from '../revisions/revisions.service.ts';
import { getSettings } from '../settings/settings.service.ts';
import { similarWasComputed, storedSimilar } from '../similar/similar.repository.ts';
import {
  answersFor,
  askerEmail,
  faqsFor,
  findQuestion,
  findQuestionByTokenHash,
  incrementViews,
  insertAskedQuestion,
  listSameDepartment,
  transitionStatus,
} from './questions.repository.ts';
import type { AskForm } from './questions.schema.ts';

export interface ServiceDeps {
  db: Db;
  jobs: Jobs;
  config: Config;
}

const SIMILAR_LIMIT = 4;

/**
 * The Q&A's stored similar list (computed by the worker when it was published); until that has
 * run, the newest Q&As of the same department stand in.
 */
async function similarFor(db: Db, question: { id: number; departmentId: number; lang: Lang }) {
  // Most pages have a stored list: read it first, and ask whether one was computed only when empty.
  const stored = await storedSimilar(db, question.id, SIMILAR_LIMIT);
  if (stored.length > 0 || (await similarWasComputed(db, question.id))) return stored;
  return listSameDepartment(db, question, SIMILAR_LIMIT);
}

/** Everything a Q&A page shows, after the access check. */
export async function loadQuestionPage(
  db: Db,
  actor: Actor | Anonymous,
  id: number,
  options: { tokenHash?: string; countView?: boolean } = {},
) {
  const found = await findQuestion(db, id);
  requireQuestionAccess(actor, 'view', found?.question, options.tokenHash);
  const { question, department } = found!;
  if (options.countView && question.status === 'published') {
    await incrementViews(db, id);
    question.viewCount += 1; // the page shows the count including this view
  }
  const answerMap = await answersFor(db, [id]);
  const published = question.status === 'published';
  const [similar, faqList] = published
    ? [await similarFor(db, question), await faqsFor(db, department.id, question.lang)]
    : [[], []];
  // Machine-written text is public only after a person reviewed it.
  const moreInfo =
    question.moreInfo && (!question.moreInfoMachine || question.moreInfoReviewedAt)
      ? question.moreInfo
      : null;
  return { question, department, answers: answerMap.get(id) ?? [], similar, faqs: faqList, moreInfo };
}

/** Stores a question from the ask form; returns its id and the private status token. */
export async function askQuestion(deps: ServiceDeps, form: AskForm, lang: Lang) {
  const department = await findDepartmentBySlug(deps.db, form.department);
  if (!department) {
    throw new AppError(422, 'invalid_input', 'Unknown department.', { department: 'unknown_department' });
  }
  const token = newToken();
  const email = form.email ? form.email : null;
  const question = await insertAskedQuestion(
    deps.db,
    {
      departmentId: department.id,
      lang,
      title: form.title,
      body: form.body,
      pageTitle: form.title,
      pseudonym: form.pseudonym,
      ageRange: form.ageRange,
      gender: form.gender,
      askingFor: form.askingFor,
      consentToPublish: true,
      status: 'submitted',
      statusTokenHash: hashToken(token),
      askedAt: new Date(),
    },
    email,
  );
  if (email) {
    const outboxId = await queueEmail(deps.db, {
      to: email,
      subject: lang === 'zh-TW' ? '我們已收到您的問題' : 'We received your question',
      text: `${lang === 'zh-TW' ? '您的問題與處理進度：' : 'Your question and its status:'} ${absoluteUrl(deps.config, urls.status(lang, token))}`,
    });
    await deps.jobs.send('send-email', { outboxId });
  }
  return { id: question.id, token };
}

/** The question behind a status link, or 404. */
export async function questionIdForToken(db: Db, token: string) {
  const row = await findQuestionByTokenHash(db, hashToken(token));
  if (!row) throw notFound('question');
  return row.id;
}

async function requireModeratable(db: Db, actor: Actor | Anonymous, id: number) {
  requireRole(actor, 'editor');
  const found = await findQuestion(db, id);
  requireQuestionAccess(actor, 'moderate', found?.question);
  return found!.question;
}

function conflict(): AppError {
  return new AppError(409, 'conflict', 'The question was changed by someone else.');
}

/**
 * Moves a question to another status and records the action in the audit log, in one
 * transaction; 409 when someone else moved it first.
 */
async function auditedTransition(
  db: Db,
  actor: Actor,
  id: number,
  from: QuestionStatus[],
  patch: Parameters<typeof transitionStatus>[3],
  action: string,
  details: Record<string, unknown> = {},
) {
  return db.transaction(async (trx) => {
    const tx = trx as unknown as Db;
    const row = await transitionStatus(tx, id, from, patch);
    if (!row) throw conflict();
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action,
      targetType: 'question',
      targetId: id,
      details,
    });
    return row;
  });
}

export async function approveQuestion(db: Db, actor: Actor | Anonymous, id: number) {
  await requireModeratable(db, actor, id);
  return auditedTransition(
    db,
    actor!,
    id,
    ['submitted'],
    { status: 'approved', approvedAt: new Date() },
    'question.approve',
  );
}

export async function rejectQuestion(db: Db, actor: Actor | Anonymous, id: number, reason: string) {
  await requireModeratable(db, actor, id);
  return auditedTransition(
    db,
    actor!,
    id,
    ['submitted', 'approved', 'needs_info'],
    { status: 'rejected', statusReason: reason },
    'question.reject',
    { reason },
  );
}

/** Every status a question can be taken off the site from (all but removed). */
const REMOVABLE: QuestionStatus[] = [
  'submitted',
  'approved',
  'needs_info',
  'answered',
  'published',
  'rejected',
  'withdrawn',
];

/** Takes a question off the site at once (any state but already removed), recording why. */
export async function removeQuestion(
  deps: ServiceDeps,
  actor: Actor | Anonymous,
  id: number,
  reason: string,
) {
  await requireModeratable(deps.db, actor, id);
  const row = await auditedTransition(
    deps.db,
    actor!,
    id,
    REMOVABLE,
    { status: 'removed', statusReason: reason },
    'question.remove',
    { reason },
  );
  // Search never shows it from now on (results are checked); the job takes it out of the index.
  await deps.jobs.send('search-index', { questionIds: [id] });
  return row;
}

/** The readable page title; the change is kept as a revision and audited. */
export async function setPageTitle(
  deps: ServiceDeps,
  actor: Actor | Anonymous,
  id: number,
  pageTitle: string,
) {
  await requireModeratable(deps.db, actor, id);
  await deps.db.transaction(async (trx) => {
    const tx = trx as unknown as Db;
    const revision = await changeText(tx, {
      entityType: 'question',
      entityId: id,
      field: 'pageTitle',
      after: pageTitle,
      actorUserId: actor!.userId,
    });
    if (!revision) return;
    await recordAudit(tx, {
      actorUserId: actor!.userId,
      action: 'question.edit',
      targetType: 'question',
      targetId: id,
      details: { fields: ['pageTitle'], revisionIds: [revision.id] },
    });
  });
  await deps.jobs.send('search-index', { questionIds: [id] });
}

/** Queues the asker's "your question is answered and published" email (if they left an address). */
async function queueAnsweredEmail(
  tx: Db,
  config: Config,
  question: { id: number; lang: Lang; askerId: number | null },
) {
  const email = await askerEmail(tx, question.askerId);
  if (!email) return undefined;
  const zh = question.lang === 'zh-TW';
  return queueEmail(tx, {
    to: email,
    subject: zh ? '醫師已回覆您的問題' : 'A doctor answered your question',
    text: `${zh ? '醫師的回覆已公開：' : 'The answer is now published:'} ${absoluteUrl(config, urls.question(question.lang, question.id))}`,
  });
}

/**
 * Publishes an answered question and tells the asker, in one transaction. Refuses (400,
 * `personal_data_found`) while the texts have de-identification findings, unless the editor
 * sets `override`, which is audited with the finding types.
 */
export async function publishQuestion(
  deps: ServiceDeps,
  actor: Actor | Anonymous,
  id: number,
  options: { override?: boolean } = {},
) {
  const question = await requireModeratable(deps.db, actor, id);
  const outboxId = await deps.db.transaction(async (trx) => {
    const tx = trx as unknown as Db;
    const row = await transitionStatus(tx, id, ['answered'], {
      status: 'published',
      publishedAt: new Date(),
    });
    if (!row) throw conflict();
    await checkFindingsBeforePublish(tx, actor!.userId, id, options.override === true);
    await recordAudit(tx, {
      actorUserId: actor!.userId,
      action: 'question.publish',
      targetType: 'question',
      targetId: id,
    });
    return queueAnsweredEmail(tx, deps.config, question);
  });
  if (outboxId !== undefined) await deps.jobs.send('send-email', { outboxId });
  await deps.jobs.send('search-index', { questionIds: [id] });
}

/** A doctor of the department takes the question, so colleagues see it is being answered. */
export async function claimQuestion(db: Db, actor: Actor | Anonymous, id: number) {
  requireRole(actor, 'doctor');
  const found = await findQuestion(db, id);
  requireQuestionAccess(actor, 'claim', found?.question);
  const doctorId = actor.doctor!.id;
  const [row] = await db
    .update(questions)
    .set({ claimedByDoctorId: doctorId, claimedAt: new Date() })
    .where(
      and(
        eq(questions.id, id),
        eq(questions.status, 'approved'),
        or(isNull(questions.claimedByDoctorId), eq(questions.claimedByDoctorId, doctorId)),
      ),
    )
    .returning({ id: questions.id });
  if (!row) throw new AppError(409, 'conflict', 'Another doctor has claimed this question.');
}

/** What became of a doctor's reply: waiting for review, published at once, or held for personal data. */
export interface ReplyOutcome {
  published: boolean;
  /** Review is off, but the detector found personal data: the Q&A waits for an editor instead. */
  held: boolean;
}

/**
 * Saves a doctor's reply (or replaces their earlier one, kept as a revision) and marks the
 * question answered; when the site does not review answers (setting `reviewAnswers` off) the
 * Q&A is published at once and the asker is emailed, unless the de-identification detector finds
 * personal data in the question or the answers: then it stays answered, in the editors' queue,
 * and the hold is audited (publishing it anyway is the editor's explicit, logged override). The
 * check reads the texts in the publishing transaction, after locking them. A question claimed by
 * another doctor can be answered by a colleague only once it has an answer.
 */
export async function replyToQuestion(
  deps: ServiceDeps,
  actor: Actor | Anonymous,
  id: number,
  body: string,
): Promise<ReplyOutcome> {
  requireRole(actor, 'doctor');
  const found = await findQuestion(deps.db, id);
  requireQuestionAccess(actor, 'answer', found?.question);
  const question = found!.question;
  const doctorId = actor.doctor!.id;
  if (
    question.status === 'approved' &&
    question.claimedByDoctorId &&
    question.claimedByDoctorId !== doctorId
  ) {
    throw new AppError(409, 'conflict', 'Another doctor has claimed this question.');
  }
  const { reviewAnswers } = await getSettings(deps.db);
  const result = await deps.db.transaction(async (trx) => {
    const tx = trx as unknown as Db;
    const now = new Date();
    // An editor's edit saved meanwhile must not slip past the scan below.
    if (!reviewAnswers) await lockQuestionTexts(tx, id);
    const [earlier] = await tx
      .select({ id: answers.id })
      .from(answers)
      .where(and(eq(answers.questionId, id), eq(answers.doctorId, doctorId)));
    if (earlier) {
      await changeText(tx, {
        entityType: 'answer',
        entityId: earlier.id,
        field: 'body',
        after: body,
        actorUserId: actor.userId,
      });
    } else {
      await tx.insert(answers).values({ questionId: id, doctorId, body, answeredAt: now });
    }
    const claimedByDoctorId = question.claimedByDoctorId ?? doctorId;
    // The texts as they will be published, this reply included.
    const scan = reviewAnswers ? [] : await scanQuestion(tx, id);
    const publish = !reviewAnswers && scan.length === 0;
    const moved = await transitionStatus(
      tx,
      id,
      ['approved', 'answered'],
      publish
        ? { status: 'published', claimedByDoctorId, publishedAt: now }
        : { status: 'answered', claimedByDoctorId },
    );
    if (!moved) throw conflict();
    if (!publish) {
      if (scan.length === 0) return { published: false, held: false, outboxId: undefined };
      await recordAudit(tx, {
        actorUserId: actor.userId,
        action: 'question.publish_held',
        targetType: 'question',
        targetId: id,
        details: { reason: 'personal_data_found', ...findingsAuditDetails(scan) },
      });
      return { published: false, held: true, outboxId: undefined };
    }
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'question.publish',
      targetType: 'question',
      targetId: id,
      details: { automatic: true, reason: 'reviewAnswers off' },
    });
    const outboxId = await queueAnsweredEmail(tx, deps.config, question);
    return { published: true, held: false, outboxId };
  });
  if (result.published) {
    if (result.outboxId !== undefined) await deps.jobs.send('send-email', { outboxId: result.outboxId });
    await deps.jobs.send('search-index', { questionIds: [id] });
  }
  return { published: result.published, held: result.held };
}

/** The signature a doctor's reply is published with. */
export async function doctorSignature(db: Db, doctorId: number) {
  const [row] = await db
    .select({ doctor: doctors, hospital: hospitals })
    .from(doctors)
    .innerJoin(hospitals, eq(hospitals.id, doctors.hospitalId))
    .where(eq(doctors.id, doctorId));
  return row;
}

function absoluteUrl(config: Config, path: string): string {
  const base = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
  return new URL(path, base).toString();
}
