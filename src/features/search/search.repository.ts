/**
 * Plain substring search over published Q&As. A stand-in until the search feature (tokenized,
 * ranked, bilingual) replaces it; it scans, so it is only meant for small sites.
 */
import { and, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { departments, type Lang, questions } from '../../db/schema.ts';
import { type QuestionSummary, summaryColumns, withAnswers } from '../questions/questions.repository.ts';

export async function searchPublished(
  db: Db,
  query: string,
  lang: Lang,
  page: number,
  pageSize: number,
): Promise<{ items: QuestionSummary[]; total: number }> {
  const terms = query.split(/\s+/).filter(Boolean).slice(0, 5);
  if (terms.length === 0) return { items: [], total: 0 };
  const escapeLike = (term: string) => term.replace(/[\\%_]/g, (ch) => `\\${ch}`);
  const where = and(
    eq(questions.status, 'published'),
    eq(questions.lang, lang),
    ...terms.map((term) =>
      or(ilike(questions.pageTitle, `%${escapeLike(term)}%`), ilike(questions.body, `%${escapeLike(term)}%`)),
    ),
  );
  const rows = await db
    .select(summaryColumns)
    .from(questions)
    .innerJoin(departments, eq(departments.id, questions.departmentId))
    .where(where)
    .orderBy(desc(questions.publishedAt), desc(questions.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(questions).where(where);
  return { items: await withAnswers(db, rows), total: total?.n ?? 0 };
}
