/**
 * Export of Q&As in the import format (docs/import-format.md), streamed in id order with
 * keyset pagination so memory stays flat whatever the size of the site.
 */
import type { Db } from '../../db/database.ts';
import type { Lang } from '../../db/schema.ts';
import { findAnswers, findQuestions, type StoredAnswer, type StoredQuestion } from './transfer.repository.ts';
import type { ImportRecord } from './transfer.schema.ts';

export interface ExportOptions {
  /** 'published' (default) exports what the public site shows; 'all' every status. */
  status?: 'published' | 'all';
  /** Questions read per query (default 500). */
  pageSize?: number;
}

/** An exported record: the import record with optional keys only where they carry a value. */
export type ExportRecord = ImportRecord;

/**
 * Yields every matching Q&A as an import record, in id order. Feeding the output back to
 * `importRecords` reproduces the same Q&As, and exporting again gives the same bytes.
 */
export async function* exportRecords(db: Db, options: ExportOptions = {}): AsyncGenerator<ExportRecord> {
  const pageSize = options.pageSize ?? 500;
  const status = (options.status ?? 'published') === 'published' ? 'published' : undefined;
  let afterId = 0;
  for (;;) {
    const questions = await findQuestions(db, { afterId, status }, { limit: pageSize });
    if (questions.length === 0) return;
    const answers = groupByQuestion(
      await findAnswers(
        db,
        questions.map((question) => question.id),
      ),
    );
    for (const question of questions) yield toRecord(question, answers.get(question.id) ?? []);
    afterId = questions[questions.length - 1]!.id;
  }
}

/** The export as JSONL text lines (each ending in "\n"), ready to pipe to a file or stdout. */
export async function* exportJsonLines(db: Db, options: ExportOptions = {}): AsyncGenerator<string> {
  for await (const record of exportRecords(db, options)) yield `${JSON.stringify(record)}\n`;
}

/**
 * The date as the import format writes it: a date-only "2021-08-05" when the instant is
 * exactly 12:00:00.000 UTC (how date-only imports are stored), otherwise the full ISO string.
 */
export function formatExportDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T12:00:00.000Z') ? iso.slice(0, 10) : iso;
}

function groupByQuestion(answers: StoredAnswer[]): Map<number, StoredAnswer[]> {
  const map = new Map<number, StoredAnswer[]>();
  for (const answer of answers) {
    const list = map.get(answer.questionId);
    if (list) list.push(answer);
    else map.set(answer.questionId, [answer]);
  }
  return map;
}

// Names are written in the record's language so that a re-import finds the same rows, and
// keys are always written in the same order so that two exports can be compared byte by byte.
function toRecord(question: StoredQuestion, answers: StoredAnswer[]): ExportRecord {
  const en = question.lang === ('en' satisfies Lang);
  const record: ExportRecord = {
    // Questions asked on the site itself have no external id; give them a stable one.
    externalId: question.externalId ?? `openconsult-${question.id}`,
    lang: question.lang,
    department: en ? question.departmentNameEn : question.departmentNameZh,
    title: question.pageTitle,
    question: {
      title: question.title,
      body: question.body,
      askerName: question.pseudonym,
      ageRange: question.ageRange,
      gender: question.gender,
      askedAt: formatExportDate(question.askedAt),
      askingFor: question.askingFor,
    },
    answers: answers.map((answer) => {
      const title = en ? answer.doctorTitleEn : answer.doctorTitleZh;
      return {
        doctorName: en ? answer.doctorNameEn : answer.doctorNameZh,
        hospital: en ? answer.hospitalNameEn : answer.hospitalNameZh,
        ...(title ? { doctorTitle: title } : {}),
        body: answer.body,
        answeredAt: formatExportDate(answer.answeredAt),
      };
    }),
    status: question.status,
  };
  if (question.moreInfo !== null) record.moreInfo = question.moreInfo;
  if (question.moreInfoMachine) record.moreInfoMachine = true;
  if (question.moreInfoReviewed) record.moreInfoReviewed = true;
  record.viewCount = question.viewCount;
  return record;
}
