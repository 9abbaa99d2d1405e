/**
 * Everything that works through a one-time emailed link: sign-up with email verification,
 * sign-in links and password reset. Only the SHA-256 of a link's token is stored; a token is
 * used at most once (one conditional UPDATE) and expires (TOKEN_LIFETIME_MS).
 *
 * No account enumeration: every request queues exactly one email and answers the same page
 * whether or not the address has an account (sign-up with a taken address emails its owner;
 * a link for an unknown address says there is no account), and sign-up hashes the password
 * on both paths.
 */
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import type { Lang, TokenPurpose } from '../../db/schema.ts';
import { hashToken, newToken } from '../../lib/tokens.ts';
import { urls } from '../../web/urls.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { queueEmail } from '../email/email.service.ts';
import type { ServiceDeps } from '../questions/questions.service.ts';
import { type AccountEmailKind, accountEmail } from './account-emails.ts';
import {
  deleteUserSessions,
  findUsableAuthToken,
  findUserByEmail,
  findUserById,
  insertAuthToken,
  insertUserIfNew,
  markEmailVerified,
  updateUser,
  useAuthToken,
} from './accounts.repository.ts';
import { hashPassword, type NewSession, normalizeEmail, startSession } from './accounts.service.ts';

const MINUTE = 60_000;
/** How long an emailed link works (README "Accounts" lists the same numbers). */
export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  'verify-email': 48 * 60 * MINUTE,
  'sign-in': 15 * MINUTE,
  'reset-password': 60 * MINUTE,
};

/**
 * Links in emails are built on PUBLIC_URL, never on the request's Host header: a stranger
 * could otherwise have a reset link that points at their own server sent to someone else.
 */
export function emailLink(config: Config, path: string): string {
  return new URL(path, config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).toString();
}

async function issueToken(tx: Db, userId: number, purpose: TokenPurpose, now: Date): Promise<string> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]);
  await insertAuthToken(tx, { id: hashToken(token), userId, purpose, expiresAt }, now);
  return token;
}

function queueAccountEmail(
  tx: Db,
  config: Config,
  message: { kind: AccountEmailKind; to: string; lang: Lang; path: string },
) {
  return queueEmail(
    tx,
    accountEmail({ ...message, siteName: config.SITE_NAME, link: emailLink(config, message.path) }),
  );
}

export interface SignUpInput {
  email: string;
  displayName: string;
  password: string;
}

/** Creates an asker account (unverified) and emails the verification link. */
export async function signUp(deps: ServiceDeps, input: SignUpInput, lang: Lang, now = new Date()) {
  const email = normalizeEmail(input.email);
  // Hashed on both paths, so a taken address answers no faster than a new one.
  const passwordHash = await hashPassword(input.password);
  const outboxId = await deps.db.transaction(async (tx) => {
    const user = await insertUserIfNew(tx, {
      email,
      passwordHash,
      displayName: input.displayName,
      roles: ['asker'],
    });
    if (!user) {
      return queueAccountEmail(tx, deps.config, {
        kind: 'sign-up-existing',
        to: email,
        lang,
        path: urls.signIn(lang),
      });
    }
    const token = await issueToken(tx, user.id, 'verify-email', now);
    return queueAccountEmail(tx, deps.config, {
      kind: 'verify-email',
      to: email,
      lang,
      path: urls.verifyEmail(lang, token),
    });
  });
  await deps.jobs.send('send-email', { outboxId });
}

/** Sends a new verification link to a signed-in, unverified account; false when already verified. */
export async function resendVerification(deps: ServiceDeps, userId: number, lang: Lang, now = new Date()) {
  const outboxId = await deps.db.transaction(async (tx) => {
    const user = await findUserById(tx, userId);
    if (!user || user.emailVerifiedAt) return undefined;
    const token = await issueToken(tx, user.id, 'verify-email', now);
    return queueAccountEmail(tx, deps.config, {
      kind: 'verify-email',
      to: user.email,
      lang,
      path: urls.verifyEmail(lang, token),
    });
  });
  if (outboxId === undefined) return false;
  await deps.jobs.send('send-email', { outboxId });
  return true;
}

/** Emails a sign-in or password-reset link, or (unknown address) a note that there is no account. */
export async function requestEmailLink(
  deps: ServiceDeps,
  rawEmail: string,
  purpose: 'sign-in' | 'reset-password',
  lang: Lang,
  now = new Date(),
) {
  const email = normalizeEmail(rawEmail);
  const outboxId = await deps.db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, email);
    if (!user) {
      return queueAccountEmail(tx, deps.config, {
        kind: 'no-account',
        to: email,
        lang,
        path: urls.signUp(lang),
      });
    }
    const token = await issueToken(tx, user.id, purpose, now);
    const path = purpose === 'sign-in' ? urls.signInLink(lang, token) : urls.passwordReset(lang, token);
    return queueAccountEmail(tx, deps.config, { kind: purpose, to: user.email, lang, path });
  });
  await deps.jobs.send('send-email', { outboxId });
}

/** Whether an emailed link still works (for the confirm page; using it is a POST). */
export async function isUsableLink(db: Db, token: string, purpose: TokenPurpose, now = new Date()) {
  return !!(await findUsableAuthToken(db, hashToken(token), purpose, now));
}

/**
 * Uses a verify-email or sign-in link: the address is verified and a new session starts.
 * Undefined when the link is unknown, used or expired.
 */
export async function signInWithLink(
  db: Db,
  token: string,
  purpose: 'verify-email' | 'sign-in',
  previousSession?: string,
  now = new Date(),
): Promise<NewSession | undefined> {
  return db.transaction(async (tx) => {
    const used = await useAuthToken(tx, hashToken(token), purpose, now);
    if (!used) return undefined;
    await markEmailVerified(tx, used.userId, now);
    return startSession(tx, used.userId, previousSession, now);
  });
}

/**
 * Sets a new password through a reset link: the address counts as verified, every session of
 * the account ends, this browser gets a new one, and the owner is told by email.
 */
export async function resetPassword(
  deps: ServiceDeps,
  token: string,
  password: string,
  lang: Lang,
  now = new Date(),
): Promise<NewSession | undefined> {
  const passwordHash = await hashPassword(password);
  const result = await deps.db.transaction(async (tx) => {
    const used = await useAuthToken(tx, hashToken(token), 'reset-password', now);
    if (!used) return undefined;
    const user = await updateUser(tx, used.userId, { passwordHash });
    await markEmailVerified(tx, used.userId, now);
    const ended = await deleteUserSessions(tx, used.userId);
    const session = await startSession(tx, used.userId, undefined, now);
    const outboxId = await queueAccountEmail(tx, deps.config, {
      kind: 'password-changed',
      to: user!.email,
      lang,
      path: urls.passwordForgot(lang),
    });
    await recordAudit(tx, {
      actorUserId: used.userId,
      action: 'account.password_reset',
      targetType: 'user',
      targetId: used.userId,
      details: { sessionsEnded: ended },
    });
    return { session, outboxId };
  });
  if (!result) return undefined;
  await deps.jobs.send('send-email', { outboxId: result.outboxId });
  return result.session;
}
