/**
 * Streaming JSONL import of Q&As (format: docs/import-format.md).
 *
 * Lines are validated one by one; good records are written in batches, one transaction per
 * batch. A batch that fails as a whole is retried record by record, so one record the
 * database refuses costs only itself. Records are keyed by externalId: importing a file
 * again updates questions and replaces their answers, which also makes an interrupted
 * import resumable — run the same file again and it finishes the job.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Db } from '../../db/database.ts';
import { ensureCatalogDepartments } from '../departments/departments.repository.ts';
import { queueForIndexing } from '../search/search-index.repository.ts';
import { ImportEntities } from './import-entities.ts';
import {
  type AnswerInsert,
  analyzeImportTables,
  linkDoctorDepartments,
  type QuestionUpsert,
  replaceAnswers,
  upsertQuestions,
} from './transfer.repository.ts';
import { type ImportRecord, importRecordSchema } from './transfer.schema.ts';

/** One line of input: raw JSON text, or an already parsed value (e.g. from a generator). */
export type ImportLine = { line: number; text: string } | { line: number; value: unknown };

/** Plain strings are numbered by their position (1-based). */
export type ImportSource = AsyncIterable<ImportLine | string> | Iterable<ImportLine | string>;

export interface ImportError {
  line: number;
  message: string;
}

export interface ImportSummary {
  /** Non-blank lines read. read = imported + updated + failed. */
  read: number;
  /** New questions created. */
  imported: number;
  /** Existing questions (same externalId) updated. */
  updated: number;
  failed: number;
  /** The first `maxErrors` failures; `failed` counts them all. */
  errors: ImportError[];
  createdDepartments: number;
  createdHospitals: number;
  createdDoctors: number;
}

export type ImportProgress = Omit<ImportSummary, 'errors'> & { bytesRead?: number };

export interface ImportOptions {
  /** Records per transaction (default 500). */
  batchSize?: number;
  /** How many errors to keep in the summary (default 1000). */
  maxErrors?: number;
  /** Called after each batch is written. */
  onProgress?: (progress: ImportProgress) => void;
}

interface Pending {
  line: number;
  record: ImportRecord;
}

/**
 * Imports records into `db`. Invalid lines are reported with their line number and the rest
 * is imported; the promise rejects only when the database cannot be used at all.
 */
export async function importRecords(
  db: Db,
  source: ImportSource,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const batchSize = Math.max(1, options.batchSize ?? 500);
  const maxErrors = options.maxErrors ?? 1000;
  await ensureCatalogDepartments(db);
  const entities = await ImportEntities.load(db);
  const summary: ImportSummary = {
    read: 0,
    imported: 0,
    updated: 0,
    failed: 0,
    errors: [],
    createdDepartments: 0,
    createdHospitals: 0,
    createdDoctors: 0,
  };
  const fail = (line: number, message: string) => {
    summary.failed++;
    if (summary.errors.length < maxErrors) summary.errors.push({ line, message });
  };

  let batch: Pending[] = [];
  const batchIds = new Set<string>();
  // Statistics are refreshed as the tables grow (x4 each time) and at the end: cheap, and the
  // re-import's deletes and the export's reads stay index lookups at any size.
  let analyzeAt = 2000;
  const flush = async () => {
    if (batch.length === 0) return;
    await writeWithFallback(db, entities, batch, summary, fail);
    batch = [];
    batchIds.clear();
    if (summary.imported + summary.updated >= analyzeAt) {
      await analyzeImportTables(db);
      analyzeAt *= 4;
    }
    summary.createdDepartments = entities.created.departments;
    summary.createdHospitals = entities.created.hospitals;
    summary.createdDoctors = entities.created.doctors;
    const { errors: _errors, ...progress } = summary;
    options.onProgress?.(progress);
  };

  let position = 0;
  for await (const item of source) {
    position++;
    const input = typeof item === 'string' ? { line: position, text: item } : item;
    if ('text' in input && input.text.trim() === '') continue;
    summary.read++;
    const parsed = parseRecord(input);
    if (!parsed.ok) {
      fail(input.line, parsed.message);
      continue;
    }
    // One statement cannot upsert the same key twice: a repeated externalId starts a new
    // batch, so the later line wins, as it would have line by line.
    if (batchIds.has(parsed.record.externalId)) await flush();
    batch.push({ line: input.line, record: parsed.record });
    batchIds.add(parsed.record.externalId);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  if (summary.imported + summary.updated > 0) await analyzeImportTables(db);
  return summary;
}

/** Reads a JSONL file line by line; `bytesRead()` tells how far it got (for progress bars). */
export function readJsonLines(path: string): AsyncIterable<ImportLine> & { bytesRead(): number } {
  const stream = createReadStream(path);
  return {
    bytesRead: () => stream.bytesRead,
    async *[Symbol.asyncIterator]() {
      let line = 0;
      // crlfDelay: a \r\n split across two chunks still counts as one line break.
      for await (const text of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
        line++;
        yield { line, text: line === 1 ? text.replace(/^\uFEFF/, '') : text };
      }
    },
  };
}

/** Imports a JSONL file; progress reports include the bytes read so far. */
export async function importFile(db: Db, path: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const lines = readJsonLines(path);
  return importRecords(db, lines, {
    ...options,
    onProgress: (progress) => options.onProgress?.({ ...progress, bytesRead: lines.bytesRead() }),
  });
}

function parseRecord(input: ImportLine): { ok: true; record: ImportRecord } | { ok: false; message: string } {
  let value: unknown;
  if ('text' in input) {
    try {
      value = JSON.parse(input.text);
    } catch (error) {
      return { ok: false, message: `invalid JSON: ${(error as Error).message}` };
    }
  } else {
    value = input.value;
  }
  const result = importRecordSchema.safeParse(value);
  if (result.success) return { ok: true, record: result.data };
  const message = result.error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
  return { ok: false, message };
}

async function writeWithFallback(
  db: Db,
  entities: ImportEntities,
  batch: Pending[],
  summary: ImportSummary,
  fail: (line: number, message: string) => void,
): Promise<void> {
  try {
    entities.begin();
    const result = await db.transaction((tx) => writeBatch(tx as unknown as Db, entities, batch));
    entities.commit();
    apply(result, summary, fail);
    return;
  } catch {
    entities.rollback();
  }
  // The batch failed as a whole (on PostgreSQL one failed statement aborts the transaction):
  // retry each record in its own transaction so only the culprit is lost.
  for (const item of batch) {
    try {
      entities.begin();
      const result = await db.transaction((tx) => writeBatch(tx as unknown as Db, entities, [item]));
      entities.commit();
      apply(result, summary, fail);
    } catch (error) {
      entities.rollback();
      fail(item.line, `could not be saved: ${databaseMessage(error)}`);
    }
  }
}

interface BatchResult {
  inserted: number;
  updated: number;
  rejected: ImportError[];
}

function apply(
  result: BatchResult,
  summary: ImportSummary,
  fail: (line: number, message: string) => void,
): void {
  summary.imported += result.inserted;
  summary.updated += result.updated;
  for (const error of result.rejected) fail(error.line, error.message);
}

/** Writes one batch with the transaction handle only (the outer db would hang on PGlite). */
async function writeBatch(tx: Db, entities: ImportEntities, batch: Pending[]): Promise<BatchResult> {
  const rejected: ImportError[] = [];
  const questions: QuestionUpsert[] = [];
  const answersByExternalId = new Map<string, Omit<AnswerInsert, 'questionId'>[]>();
  const links: { doctorId: number; departmentId: number }[] = [];
  for (const { line, record } of batch) {
    const departmentId = await entities.department(tx, record.department);
    const answers: Omit<AnswerInsert, 'questionId'>[] = [];
    const seen = new Set<number>();
    let duplicate: string | undefined;
    for (const answer of record.answers) {
      const hospitalId = await entities.hospital(tx, answer.hospital);
      const doctorId = await entities.doctor(
        tx,
        answer.doctorName,
        hospitalId,
        record.lang,
        answer.doctorTitle,
      );
      if (seen.has(doctorId)) duplicate = `${answer.doctorName} (${answer.hospital})`;
      seen.add(doctorId);
      const linkedDepartment = answer.department
        ? await entities.department(tx, answer.department)
        : departmentId;
      links.push({ doctorId, departmentId: linkedDepartment });
      answers.push({ doctorId, body: answer.body, answeredAt: toStoredDate(answer.answeredAt) });
    }
    if (duplicate) {
      // answers are unique per (question, doctor): say so rather than let the batch fail.
      rejected.push({ line, message: `answers: ${duplicate} answers more than once` });
      continue;
    }
    questions.push(toQuestionRow(record, departmentId, answers));
    answersByExternalId.set(record.externalId, answers);
  }
  const saved = await upsertQuestions(tx, questions);
  const answerRows = saved.flatMap((row) =>
    (answersByExternalId.get(row.externalId) ?? []).map((answer) => ({ ...answer, questionId: row.id })),
  );
  // New questions have no answers yet; only updated ones need the delete.
  await replaceAnswers(
    tx,
    saved.filter((row) => !row.inserted).map((row) => row.id),
    answerRows,
  );
  await linkDoctorDepartments(tx, entities.newLinks(links));
  // Queued for search in the same transaction; the worker indexes them (search-indexer.ts).
  await queueForIndexing(
    tx,
    saved.map((row) => row.id),
  );
  const inserted = saved.filter((row) => row.inserted).length;
  return { inserted, updated: saved.length - inserted, rejected };
}

function toQuestionRow(
  record: ImportRecord,
  departmentId: number,
  answers: Omit<AnswerInsert, 'questionId'>[],
): QuestionUpsert {
  const askedAt = toStoredDate(record.question.askedAt);
  // ISO strings of one format sort like the instants they name.
  const latest = [askedAt, ...answers.map((answer) => answer.answeredAt)].sort().at(-1)!;
  return {
    externalId: record.externalId,
    departmentId,
    lang: record.lang,
    title: record.question.title,
    body: record.question.body,
    pageTitle: record.title,
    pseudonym: record.question.askerName,
    ageRange: record.question.ageRange,
    gender: record.question.gender,
    askingFor: record.question.askingFor ?? 'self',
    status: record.status,
    moreInfo: record.moreInfo ?? null,
    moreInfoMachine: record.moreInfoMachine ?? false,
    moreInfoReviewed: record.moreInfoReviewed ?? false,
    viewCount: record.viewCount ?? 0,
    askedAt,
    // An imported question past moderation was approved; the source keeps no approval time.
    approvedAt: ['approved', 'answered', 'published'].includes(record.status) ? askedAt : null,
    publishedAt: record.status === 'published' ? latest : null,
  };
}

/**
 * The stored instant of an import date, as an ISO string. A date-only value ("2021-08-05")
 * becomes 12:00 UTC of that day: noon UTC is the same calendar day everywhere from UTC-11 to
 * UTC+11 (Taipei shows 20:00 on the 5th, New York 08:00 on the 5th), so the date a reader sees
 * does not depend on the site's TIMEZONE. Full timestamps are kept as given.
 */
export function toStoredDate(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T12:00:00.000Z`;
  return new Date(value).toISOString();
}

/** The driver's own message (drizzle wraps it in "Failed query: <the whole SQL>"). */
function databaseMessage(error: unknown): string {
  let current: unknown = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return current instanceof Error ? current.message : String(current);
}
