/** SQL for users and sessions. */
import { and, eq, gt, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import {
  authTokens,
  doctorDepartments,
  doctors,
  type Role,
  sessions,
  type TokenPurpose,
  users,
} from '../../db/schema.ts';

export async function insertUser(
  db: Db,
  user: {
    email: string;
    passwordHash: string | null;
    displayName: string;
    roles: Role[];
    emailVerifiedAt?: Date | null;
  },
) {
  const [row] = await db.insert(users).values(user).returning();
  return row!;
}

/** Inserts unless the email is taken (a concurrent sign-up); returns undefined then. */
export async function insertUserIfNew(
  db: Db,
  user: { email: string; passwordHash: string; displayName: string; roles: Role[] },
) {
  const [row] = await db.insert(users).values(user).onConflictDoNothing({ target: users.email }).returning();
  return row;
}

export async function findUserById(db: Db, id: number) {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
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

export async function deleteUserSessions(db: Db, userId: number) {
  const rows = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return rows.length;
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

/**
 * Stores a one-time link token (its hash); earlier unused tokens of the same purpose stop
 * working, and tokens of anyone that expired before `now` are cleared away.
 */
export async function insertAuthToken(
  db: Db,
  token: { id: string; userId: number; purpose: TokenPurpose; expiresAt: Date },
  now: Date,
) {
  await db
    .delete(authTokens)
    .where(
      or(
        and(
          eq(authTokens.userId, token.userId),
          eq(authTokens.purpose, token.purpose),
          isNull(authTokens.usedAt),
        ),
        lt(authTokens.expiresAt, now),
      ),
    );
  await db.insert(authTokens).values(token);
}

/** The user id of a usable (unused, unexpired) token, without using it. */
export async function findUsableAuthToken(db: Db, id: string, purpose: TokenPurpose, now: Date) {
  const [row] = await db
    .select({ userId: authTokens.userId })
    .from(authTokens)
    .where(
      and(
        eq(authTokens.id, id),
        eq(authTokens.purpose, purpose),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, now),
      ),
    )
    .limit(1);
  return row;
}

/**
 * Marks a usable token used and returns its user id, in one conditional UPDATE, so two
 * requests racing with the same link cannot both succeed.
 */
export async function useAuthToken(db: Db, id: string, purpose: TokenPurpose, now: Date) {
  const [row] = await db
    .update(authTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(authTokens.id, id),
        eq(authTokens.purpose, purpose),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, now),
      ),
    )
    .returning({ userId: authTokens.userId });
  return row;
}

/** Records that the owner proved the address (first time only). */
export async function markEmailVerified(db: Db, userId: number, now: Date) {
  await db
    .update(users)
    .set({ emailVerifiedAt: now })
    .where(and(eq(users.id, userId), isNull(users.emailVerifiedAt)));
}
