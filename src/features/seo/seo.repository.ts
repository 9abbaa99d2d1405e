/** SQL for search-engine files: the published Q&As in id order, in fixed-size chunks. */
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { questions } from '../../db/schema.ts';

export async function countPublished(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(questions)
    .where(eq(questions.status, 'published'));
  return row?.n ?? 0;
}

/** The `chunk`-th block of published questions in id order. */
export async function publishedChunk(db: Db, chunk: number, size: number) {
  return db
    .select({ id: questions.id, lang: questions.lang, updatedAt: questions.updatedAt })
    .from(questions)
    .where(eq(questions.status, 'published'))
    .orderBy(asc(questions.id))
    .limit(size)
    .offset(chunk * size);
}
