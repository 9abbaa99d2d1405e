/**
 * Doctor verification: a signed-in user with a confirmed email applies with a licence document;
 * an admin approves (the doctor profile is created or linked, verified, and the user gets the
 * doctor role) or rejects with a reason. Every decision is audited in its transaction and the
 * applicant is emailed in the language they applied in.
 */
import { createHash } from 'node:crypto';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import {
  auditLog,
  departments,
  doctorApplications,
  doctors,
  hospitals,
  type Lang,
  licenceDocuments,
  users,
} from '../../db/schema.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { urls } from '../../web/urls.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { queueEmail } from '../email/email.service.ts';
import type { ServiceDeps } from '../questions/questions.service.ts';
import { slugCandidates } from '../transfer/import-entities.ts';
import { doctorApplyMessages } from './doctor-apply.messages.ts';
import {
  addUserRole,
  findApplication,
  findDoctorOfUser,
  hasPendingApplication,
  setDoctorDepartments,
  slugTaken,
} from './doctor-apply.repository.ts';
import type { ApplicationInput } from './doctor-apply.schema.ts';
import { detectLicenceType, sanitizeFileName } from './licence-file.ts';

const invalid = (fields: Record<string, string>) =>
  new AppError(422, 'invalid_input', 'Some fields need attention.', fields);

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** Whether the user confirmed their email address (required before applying). */
export async function emailVerified(db: Db, userId: number): Promise<boolean> {
  const [row] = await db
    .select({ at: users.emailVerifiedAt })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return !!row?.at;
}

/** Checks the file: present, within `maxBytes`, PDF/PNG/JPEG by its bytes. Field errors otherwise. */
export function checkLicenceFile(file: UploadedFile | undefined, maxBytes: number) {
  if (!file || file.bytes.length === 0) return { error: 'file_required' } as const;
  if (file.bytes.length > maxBytes) return { error: 'file_too_large' } as const;
  const type = detectLicenceType(file.bytes);
  if (!type) return { error: 'file_type' } as const;
  return { type, fileName: sanitizeFileName(file.name, type) } as const;
}

/**
 * Stores a new pending application with its document. Throws 422 with field errors (unknown
 * hospital or department, bad file, unconfirmed email, an application already pending).
 */
export async function submitApplication(
  db: Db,
  userId: number,
  input: ApplicationInput,
  file: UploadedFile | undefined,
  options: { maxBytes: number; locale: Lang },
): Promise<number> {
  if (!(await emailVerified(db, userId))) throw invalid({ _: 'email_unverified' });
  const fields: Record<string, string> = {};
  const [hospital] = await db
    .select({ id: hospitals.id })
    .from(hospitals)
    .where(eq(hospitals.id, input.hospitalId));
  if (!hospital) fields.hospitalId = 'unknown_hospital';
  const known = await db
    .select({ id: departments.id })
    .from(departments)
    .where(inArray(departments.id, input.departmentIds));
  if (known.length !== input.departmentIds.length) fields.departmentIds = 'unknown_department';
  const checked = checkLicenceFile(file, options.maxBytes);
  if ('error' in checked) fields.document = checked.error!;
  if (Object.keys(fields).length > 0 || 'error' in checked) throw invalid(fields);
  const bytes = Buffer.from(file!.bytes);
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    // One pending application per user, even when two posts race (the lock ends with the transaction).
    await tx.execute(sql`select pg_advisory_xact_lock(5150, ${userId})`);
    if (await hasPendingApplication(t, userId)) throw invalid({ _: 'pending_exists' });
    const [row] = await tx
      .insert(doctorApplications)
      .values({ userId, ...input })
      .returning({ id: doctorApplications.id });
    await tx.insert(licenceDocuments).values({
      applicationId: row!.id,
      fileName: checked.fileName,
      contentType: checked.type,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      content: bytes,
    });
    await recordAudit(t, {
      actorUserId: userId,
      action: 'doctor_application.submit',
      targetType: 'doctor_application',
      targetId: row!.id,
      // The decision email is written in this language (the applicant's choice when applying).
      details: { locale: options.locale, licenceNumber: input.licenceNumber },
    });
    return row!.id;
  });
}

/** The interface language the applicant used when applying (for the decision email). */
async function applicantLocale(db: Db, applicationId: number): Promise<Lang> {
  const [row] = await db
    .select({ details: auditLog.details })
    .from(auditLog)
    .where(
      and(eq(auditLog.action, 'doctor_application.submit'), eq(auditLog.targetId, String(applicationId))),
    )
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row?.details.locale === 'zh-TW' ? 'zh-TW' : 'en';
}

const absoluteUrl = (config: Config, path: string) =>
  new URL(path, config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).toString();

/** Locks a pending application for a decision; 404 if unknown, 409 if already decided. */
async function pendingForDecision(tx: Db, id: number) {
  const [row] = await tx.select().from(doctorApplications).where(eq(doctorApplications.id, id)).for('update');
  if (!row) throw notFound('application');
  if (row.status !== 'pending') {
    throw new AppError(409, 'conflict', 'This application was decided already.');
  }
  return row;
}

/**
 * Approves: creates the doctor profile (or updates the one linked to the user) with the
 * application's names, hospital, departments and licence number, marks it verified, adds the
 * doctor role, audits and queues the email, all in one transaction.
 */
export async function approveApplication(deps: ServiceDeps, adminUserId: number, id: number) {
  const outboxId = await deps.db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const application = await pendingForDecision(t, id);
    const profile = {
      nameEn: application.nameEn,
      nameZh: application.nameZh,
      hospitalId: application.hospitalId,
      licenceNumber: application.licenceNumber,
      verified: true,
    };
    let doctorId = (await findDoctorOfUser(t, application.userId))?.id;
    if (doctorId) {
      await tx.update(doctors).set(profile).where(eq(doctors.id, doctorId));
    } else {
      let slug: string | undefined;
      for (const candidate of slugCandidates(application.nameEn, 'doctor', String(application.hospitalId))) {
        if (!(await slugTaken(t, candidate))) {
          slug = candidate;
          break;
        }
      }
      if (!slug) throw new AppError(409, 'conflict', 'No free page address for this doctor.');
      const [row] = await tx
        .insert(doctors)
        .values({ ...profile, slug, userId: application.userId })
        .returning({ id: doctors.id });
      doctorId = row!.id;
    }
    await setDoctorDepartments(t, doctorId, application.departmentIds);
    await addUserRole(t, application.userId, 'doctor');
    await tx
      .update(doctorApplications)
      .set({ status: 'approved', reviewedBy: adminUserId, reviewedAt: new Date(), doctorId })
      .where(eq(doctorApplications.id, id));
    await recordAudit(t, {
      actorUserId: adminUserId,
      action: 'doctor_application.approve',
      targetType: 'doctor_application',
      targetId: id,
      details: { doctorId, userId: application.userId, licenceNumber: application.licenceNumber },
    });
    return decisionEmail(t, deps.config, application, 'approved');
  });
  await deps.jobs.send('send-email', { outboxId });
}

/** Rejects with a reason the applicant reads (on the apply page and in the email). */
export async function rejectApplication(deps: ServiceDeps, adminUserId: number, id: number, reason: string) {
  const outboxId = await deps.db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const application = await pendingForDecision(t, id);
    await tx
      .update(doctorApplications)
      .set({ status: 'rejected', reviewReason: reason, reviewedBy: adminUserId, reviewedAt: new Date() })
      .where(eq(doctorApplications.id, id));
    await recordAudit(t, {
      actorUserId: adminUserId,
      action: 'doctor_application.reject',
      targetType: 'doctor_application',
      targetId: id,
      details: { userId: application.userId, reason },
    });
    return decisionEmail(t, deps.config, { ...application, reviewReason: reason }, 'rejected');
  });
  await deps.jobs.send('send-email', { outboxId });
}

async function decisionEmail(
  tx: Db,
  config: Config,
  application: typeof doctorApplications.$inferSelect,
  decision: 'approved' | 'rejected',
): Promise<number> {
  const locale = await applicantLocale(tx, application.id);
  const m = doctorApplyMessages(locale).email;
  const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, application.userId));
  const name = locale === 'zh-TW' ? application.nameZh : application.nameEn;
  const link =
    decision === 'approved'
      ? absoluteUrl(config, urls.doctorArea(locale))
      : absoluteUrl(config, urls.doctorApply(locale));
  return queueEmail(tx, {
    to: user!.email,
    subject: decision === 'approved' ? m.approvedSubject : m.rejectedSubject,
    text:
      decision === 'approved'
        ? m.approvedText(name, link)
        : m.rejectedText(name, application.reviewReason ?? '', link),
  });
}

/** Revokes (or restores) a doctor's verification; unverified doctors can no longer claim or answer. */
export async function setDoctorVerified(
  db: Db,
  adminUserId: number,
  doctorId: number,
  verified: boolean,
  reason: string,
) {
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(doctors)
      .set({ verified })
      .where(eq(doctors.id, doctorId))
      .returning({ id: doctors.id });
    if (updated.length === 0) throw notFound('doctor');
    await recordAudit(tx as unknown as Db, {
      actorUserId: adminUserId,
      action: verified ? 'doctor.verify' : 'doctor.revoke_verification',
      targetType: 'doctor',
      targetId: doctorId,
      details: { reason },
    });
  });
}

export { findApplication };
