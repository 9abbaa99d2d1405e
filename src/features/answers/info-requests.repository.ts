/** SQL for information requests: a doctor's question to the asker and the asker's answer. */
import { and, asc, desc, eq, isNull, or } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { askers, doctors, informationRequests, questions, users } from '../../db/schema.ts';

export type InfoRequestView = Awaited<ReturnType<typeof listInfoRequests>>[number];

/** A question's requests, oldest first, with the asking doctor's names. */
export async function listInfoRequests(db: Db, questionId: number) {
  return db
    .select({
      id: informationRequests.id,
      message: informationRequests.message,
      response: informationRequests.response,
      respondedAt: informationRequests.respondedAt,
      createdAt: informationRequests.createdAt,
      doctor: { id: doctors.id, nameEn: doctors.nameEn, nameZh: doctors.nameZh },
    })
    .from(informationRequests)
    .innerJoin(doctors, eq(doctors.id, informationRequests.doctorId))
    .where(eq(informationRequests.questionId, questionId))
    .orderBy(asc(informationRequests.createdAt), asc(informationRequests.id));
}

/** The newest request still waiting for the asker's answer. */
export async function findOpenRequest(db: Db, questionId: number) {
  const [row] = await db
    .select()
    .from(informationRequests)
    .where(and(eq(informationRequests.questionId, questionId), isNull(informationRequests.respondedAt)))
    .orderBy(desc(informationRequests.createdAt), desc(informationRequests.id))
    .limit(1);
  return row;
}

/**
 * Moves an approved question to 'needs_info' for `doctorId`, claiming it for them, unless a
 * colleague holds the claim or the status changed meanwhile; returns undefined then.
 */
export async function markNeedsInfo(db: Db, questionId: number, doctorId: number) {
  const now = new Date();
  const [row] = await db
    .update(questions)
    .set({ status: 'needs_info', claimedByDoctorId: doctorId, updatedAt: now })
    .where(
      and(
        eq(questions.id, questionId),
        eq(questions.status, 'approved'),
        or(isNull(questions.claimedByDoctorId), eq(questions.claimedByDoctorId, doctorId)),
      ),
    )
    .returning({ id: questions.id, claimedAt: questions.claimedAt });
  if (row && !row.claimedAt) {
    await db.update(questions).set({ claimedAt: now }).where(eq(questions.id, questionId));
  }
  return row;
}

/** Stores the asker's answer once; returns undefined when it was already answered. */
export async function saveResponse(db: Db, requestId: number, response: string) {
  const [row] = await db
    .update(informationRequests)
    .set({ response, respondedAt: new Date() })
    .where(and(eq(informationRequests.id, requestId), isNull(informationRequests.respondedAt)))
    .returning();
  return row;
}

/** The asker's email and account, when they left them. */
export async function askerContact(db: Db, askerId: number | null) {
  if (askerId === null) return undefined;
  const [row] = await db
    .select({ email: askers.email, userId: askers.userId })
    .from(askers)
    .where(eq(askers.id, askerId));
  return row;
}

/** A doctor's account email, when the profile is linked to an account. */
export async function doctorContact(db: Db, doctorId: number) {
  const [row] = await db
    .select({ email: users.email })
    .from(doctors)
    .innerJoin(users, eq(users.id, doctors.userId))
    .where(eq(doctors.id, doctorId));
  return row;
}
