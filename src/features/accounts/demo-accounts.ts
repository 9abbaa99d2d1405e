/**
 * Accounts created together with demo content, so a newcomer can try every role at once.
 * Only ever created by `npm start` on an empty database with DEMO_QUESTIONS > 0.
 */
import argon2 from 'argon2';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { doctorDepartments, doctors, questions } from '../../db/schema.ts';
import { findUserByEmail } from './accounts.repository.ts';
import { createUser } from './accounts.service.ts';

export interface DemoAccount {
  role: 'editor' | 'doctor' | 'admin';
  email: string;
  password: string;
  note: string;
}

/**
 * The demo accounts that still exist with their demo password, so every start can remind a
 * developer how to sign in, and stops doing so once an admin changed or removed them.
 */
export async function activeDemoAccounts(db: Db): Promise<DemoAccount[]> {
  const active: DemoAccount[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const user = await findUserByEmail(db, account.email);
    if (user?.passwordHash && (await argon2.verify(user.passwordHash, account.password))) {
      active.push({ ...account, note: account.role === 'doctor' ? `(Dr. ${user.displayName})` : '' });
    }
  }
  return active;
}

const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { role: 'admin', email: 'admin@demo.openconsult.test', password: 'demo-admin-pass', note: '' },
  { role: 'editor', email: 'editor@demo.openconsult.test', password: 'demo-editor-pass', note: '' },
  { role: 'doctor', email: 'doctor@demo.openconsult.test', password: 'demo-doctor-pass', note: '' },
];

/** Creates the demo accounts; the doctor account is linked to the busiest demo doctor. */
export async function ensureDemoAccounts(db: Db): Promise<void> {
  // The demo doctor is the unlinked doctor whose departments have the most approved questions waiting.
  const [busiest] = await db
    .select({ id: doctors.id, name: doctors.nameEn, waiting: sql<number>`count(${questions.id})::int` })
    .from(doctors)
    .innerJoin(doctorDepartments, eq(doctorDepartments.doctorId, doctors.id))
    .leftJoin(
      questions,
      and(
        eq(questions.departmentId, doctorDepartments.departmentId),
        inArray(questions.status, ['approved']),
      ),
    )
    .where(isNull(doctors.userId))
    .groupBy(doctors.id, doctors.nameEn)
    .orderBy(sql`count(${questions.id}) desc`, asc(doctors.id))
    .limit(1);
  for (const account of DEMO_ACCOUNTS) {
    if (account.role === 'doctor' && !busiest) continue;
    if (await findUserByEmail(db, account.email)) continue;
    await createUser(db, {
      email: account.email,
      password: account.password,
      displayName: account.role === 'doctor' && busiest ? busiest.name : `Demo ${account.role}`,
      roles: [account.role],
      doctorId: account.role === 'doctor' ? busiest?.id : undefined,
      emailVerified: true,
    });
  }
}
