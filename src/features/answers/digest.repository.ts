/** SQL for the doctors' daily digest: who subscribed, and which day each was already sent. */
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { digestSends, doctorDepartments, doctors, type Lang, users } from '../../db/schema.ts';

export async function isSubscribed(db: Db, doctorId: number): Promise<boolean> {
  const [row] = await db.select({ on: doctors.dailyDigest }).from(doctors).where(eq(doctors.id, doctorId));
  return row?.on ?? false;
}

/** Turns the digest on or off; `lang` becomes the digest's language. */
export async function setDailyDigest(db: Db, doctorId: number, on: boolean, lang: Lang) {
  await db.update(doctors).set({ dailyDigest: on, digestLang: lang }).where(eq(doctors.id, doctorId));
}

/** Subscribed doctors whose profile is linked to an account (its email), with their departments. */
export async function digestSubscribers(db: Db) {
  const rows = await db
    .select({
      doctorId: doctors.id,
      email: users.email,
      lang: doctors.digestLang,
      departmentIds: sql<
        number[]
      >`coalesce(array_agg(${doctorDepartments.departmentId}) filter (where ${doctorDepartments.departmentId} is not null), '{}')`,
    })
    .from(doctors)
    .innerJoin(users, eq(users.id, doctors.userId))
    .leftJoin(doctorDepartments, eq(doctorDepartments.doctorId, doctors.id))
    .where(and(eq(doctors.dailyDigest, true), eq(doctors.verified, true), isNotNull(doctors.userId)))
    .groupBy(doctors.id, users.email, doctors.digestLang)
    .orderBy(doctors.id);
  return rows.map((r) => ({ ...r, departmentIds: (r.departmentIds ?? []).map(Number) }));
}

/**
 * Claims (doctor, day) for a digest; false when that day's digest was already written. Runs in the
 * transaction that queues the message, so the claim and the message commit together.
 */
export async function claimDigestDay(db: Db, doctorId: number, day: string): Promise<boolean> {
  const rows = await db
    .insert(digestSends)
    .values({ doctorId, day })
    .onConflictDoNothing()
    .returning({ doctorId: digestSends.doctorId });
  return rows.length > 0;
}

export async function recordDigestOutbox(db: Db, doctorId: number, day: string, outboxId: number) {
  await db
    .update(digestSends)
    .set({ outboxId })
    .where(and(eq(digestSends.doctorId, doctorId), eq(digestSends.day, day)));
}
