/** SQL for the questions an account holds (through askers.user_id). */
import { and, desc, eq, isNull, or } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { askers, departments, questions } from '../../db/schema.ts';

/** The account's questions, newest first, with their department and state. */
export async function listUserQuestions(db: Db, userId: number) {
  return db
    .select({
      id: questions.id,
      lang: questions.lang,
      title: questions.title,
      status: questions.status,
      askedAt: questions.askedAt,
      department: { slug: departments.slug, nameEn: departments.nameEn, nameZh: departments.nameZh },
    })
    .from(questions)
    .innerJoin(askers, eq(askers.id, questions.askerId))
    .innerJoin(departments, eq(departments.id, questions.departmentId))
    .where(eq(askers.userId, userId))
    .orderBy(desc(questions.askedAt), desc(questions.id))
    .limit(500);
}

/** The question's id and asker link, found by the hash of its status token. */
export async function findQuestionAsker(db: Db, where: { tokenHash: string } | { id: number }) {
  const [row] = await db
    .select({ id: questions.id, askerId: questions.askerId, userId: askers.userId })
    .from(questions)
    .leftJoin(askers, eq(askers.id, questions.askerId))
    .where('id' in where ? eq(questions.id, where.id) : eq(questions.statusTokenHash, where.tokenHash))
    .limit(1);
  return row;
}

/**
 * Links the question's asker to the account unless another account holds it already;
 * returns false then. Must run in a transaction (it may insert the asker row).
 */
export async function linkQuestionToUser(
  tx: Db,
  question: { id: number; askerId: number | null },
  userId: number,
): Promise<boolean> {
  if (question.askerId === null) {
    const [asker] = await tx.insert(askers).values({ userId }).returning({ id: askers.id });
    await tx.update(questions).set({ askerId: asker!.id }).where(eq(questions.id, question.id));
    return true;
  }
  const rows = await tx
    .update(askers)
    .set({ userId })
    .where(and(eq(askers.id, question.askerId), or(isNull(askers.userId), eq(askers.userId, userId))))
    .returning({ id: askers.id });
  return rows.length > 0;
}
