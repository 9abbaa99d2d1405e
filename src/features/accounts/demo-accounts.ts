/**
 * Accounts created together with demo content, so a newcomer can try every role at once.
 * Only ever created by `npm start` on an empty database with DEMO_QUESTIONS > 0.
 */
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

export async function ensureDemoAccounts(db: Db): Promise<DemoAccount[]> {
  const accounts: DemoAccount[] = [
    { role: 'admin', email: 'admin@demo.openconsult.test', password: 'demo-admin-pass', note: '' },
    { role: 'editor', email: 'editor@demo.openconsult.test', password: 'demo-editor-pass', note: '' },
  ];
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
  if (busiest) {
    accounts.push({
      role: 'doctor',
      email: 'doctor@demo.openconsult.test',
      password: 'demo-doctor-pass',
      note: `(Dr. ${busiest.name})`,
    });
  }
  for (const account of accounts) {
    if (await findUserByEmail(db, account.email)) continue;
    await createUser(db, {
      email: account.email,
      password: account.password,
      displayName: account.role === 'doctor' && busiest ? busiest.name : `Demo ${account.role}`,
      roles: [account.role],
      doctorId: account.role === 'doctor' ? busiest?.id : undefined,
    });
  }
  return accounts;
}
