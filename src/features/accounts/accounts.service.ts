/** Accounts: creating users, password sign-in and database-stored sessions. */
import argon2 from 'argon2';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { doctors, type Role } from '../../db/schema.ts';
import type { Actor } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import { hashToken, newToken } from '../../lib/tokens.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  deleteExpiredSessions,
  deleteSession,
  deleteUserSessions,
  findSessionActor,
  findUserByEmail,
  insertSession,
  insertUser,
  updateUser,
} from './accounts.repository.ts';

/** A session lasts this long from sign-in (no sliding renewal); see README "Accounts". */
export const SESSION_DAYS = 30;
/** Verified against when the email is unknown, so both paths take the same time. */
let dummyHash: Promise<string> | undefined;

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

/** Spends the same argon2id work as a real check, for addresses without an account. */
export async function verifyDummyPassword(password: string): Promise<void> {
  dummyHash ??= hashPassword('not-a-real-password');
  await argon2.verify(await dummyHash, password).catch(() => false);
}

export interface NewSession {
  token: string;
  expiresAt: Date;
}

/**
 * Starts a new session for the user. The session the browser held before (if any) is ended,
 * so a sign-in never keeps a token someone may have planted or seen (rotation).
 */
export async function startSession(
  db: Db,
  userId: number,
  previousToken?: string,
  now = new Date(),
): Promise<NewSession> {
  if (previousToken) await deleteSession(db, hashToken(previousToken));
  await deleteExpiredSessions(db, now);
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await insertSession(db, { id: hashToken(token), userId, expiresAt });
  return { token, expiresAt };
}

/** Ends every session of the user, on every device (recorded in the audit log); returns how many. */
export async function signOutEverywhere(db: Db, userId: number): Promise<number> {
  return db.transaction(async (tx) => {
    const ended = await deleteUserSessions(tx, userId);
    await recordAudit(tx, {
      actorUserId: userId,
      action: 'account.sign_out_everywhere',
      targetType: 'user',
      targetId: userId,
      details: { sessionsEnded: ended },
    });
    return ended;
  });
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export async function createUser(
  db: Db,
  input: {
    email: string;
    password: string;
    displayName: string;
    roles: Role[];
    doctorId?: number;
    /** An operator vouches for the address (the CLI, demo accounts): no verification email. */
    emailVerified?: boolean;
  },
) {
  const email = normalizeEmail(input.email);
  if (await findUserByEmail(db, email)) {
    throw new AppError(409, 'conflict', `A user with the email ${email} already exists.`);
  }
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const user = await insertUser(tx, {
      email,
      passwordHash,
      displayName: input.displayName,
      roles: input.roles,
      emailVerifiedAt: input.emailVerified ? new Date() : null,
    });
    if (input.doctorId !== undefined) {
      const linked = await tx
        .update(doctors)
        .set({ userId: user.id })
        .where(eq(doctors.id, input.doctorId))
        .returning({ id: doctors.id });
      if (linked.length === 0) throw new AppError(404, 'not_found', `No doctor with id ${input.doctorId}.`);
    }
    return user;
  });
}

export async function setPassword(db: Db, email: string, password: string) {
  const user = await findUserByEmail(db, normalizeEmail(email));
  if (!user) throw new AppError(404, 'not_found', `No user with the email ${email}.`);
  await updateUser(db, user.id, { passwordHash: await hashPassword(password) });
}

/**
 * Returns a new session, or undefined when email or password is wrong (no hint which, and the
 * same argon2id work either way). `previousToken` is the session cookie sent with the request.
 */
export async function signIn(
  db: Db,
  email: string,
  password: string,
  now = new Date(),
  previousToken?: string,
): Promise<NewSession | undefined> {
  const user = await findUserByEmail(db, normalizeEmail(email));
  if (!user?.passwordHash) {
    await verifyDummyPassword(password);
    return undefined;
  }
  if (!(await argon2.verify(user.passwordHash, password))) return undefined;
  return startSession(db, user.id, previousToken, now);
}

export async function signOut(db: Db, token: string) {
  await deleteSession(db, hashToken(token));
}

/** The actor for a session cookie token, or null. */
export async function actorForSession(
  db: Db,
  token: string | undefined,
  now = new Date(),
): Promise<Actor | null> {
  if (!token) return null;
  const row = await findSessionActor(db, hashToken(token), now);
  if (!row) return null;
  return {
    userId: row.userId,
    displayName: row.displayName,
    roles: row.roles,
    doctor: row.doctorId
      ? { id: row.doctorId, departmentIds: row.departmentIds, verified: row.doctorVerified ?? false }
      : undefined,
  };
}
