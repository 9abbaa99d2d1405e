/** SQL for users and sessions. */
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { doctorDepartments, doctors, type Role, sessions, users } from '../../db/schema.ts';

export async function insertUser(
  db: Db,
  user: { email: string; passwordHash: string | null; displayName: string; roles: Role[] },
) {
  const [row] = await db.insert(users).values(user).returning();
  return row!;
}

export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return row;
}

export async function updateUser(db: Db, id: number, patch: Partial<typeof users.$inferInsert>) {
  const [row] = await db.update(users).set(patch).where(eq(users.id, id)).returning();
  return row;
}

export async function insertSession(db: Db, session: { id: string; userId: number; expiresAt: Date }) {
  await db.insert(sessions).values(session);
}

export async function deleteSession(db: Db, id: string) {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteExpiredSessions(db: Db, now: Date) {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

/** The signed-in user behind a session, with the doctor profile and its departments if any. */
export async function findSessionActor(db: Db, sessionId: string, now: Date) {
  const [row] = await db
    .select({
      userId: users.id,
      displayName: users.displayName,
      roles: users.roles,
      doctorId: doctors.id,
      doctorVerified: doctors.verified,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(doctors, eq(doctors.userId, users.id))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, now)))
    .limit(1);
  if (!row) return undefined;
  const departmentIds = row.doctorId
    ? (
        await db
          .select({ id: doctorDepartments.departmentId })
          .from(doctorDepartments)
          .where(eq(doctorDepartments.doctorId, row.doctorId))
      ).map((d) => d.id)
    : [];
  return { ...row, departmentIds };
}
