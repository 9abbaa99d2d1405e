/** SQL for scanning several questions at once (a page of the review queue): only their texts. */
import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { answers, questions } from '../../db/schema.ts';

/** The scannable texts of the given questions and their answers, by question id; two queries. */
export async function textsOfQuestions(db: Db, questionIds: readonly number[]) {
  const ids = [...new Set(questionIds)];
  const byQuestion = new Map<
    number,
    {
      question: { title: string; pageTitle: string; body: string; moreInfo: string | null };
      answers: { id: number; body: string }[];
    }
  >();
  if (ids.length === 0) return byQuestion;
  const rows = await db
    .select({
      id: questions.id,
      title: questions.title,
      pageTitle: questions.pageTitle,
      body: questions.body,
      moreInfo: questions.moreInfo,
    })
    .from(questions)
    .where(inArray(questions.id, ids));
  for (const { id, ...question } of rows) byQuestion.set(id, { question, answers: [] });
  const answerRows = await db
    .select({ questionId: answers.questionId, id: answers.id, body: answers.body })
    .from(answers)
    .where(inArray(answers.questionId, ids))
    .orderBy(asc(answers.answeredAt), asc(answers.id));
  for (const { questionId, ...answer } of answerRows) byQuestion.get(questionId)?.answers.push(answer);
  return byQuestion;
}
