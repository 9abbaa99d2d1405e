/** SQL for search-engine files: the published Q&As in id order, in fixed-size chunks. */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { questions } from '../../db/schema.ts';

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
