import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestDatabase } from '../../../test/db.ts';
import type { Database, Db } from '../../db/database.ts';
import { DEPARTMENT_CATALOG } from '../departments/department-catalog.ts';
import { departmentNameKey } from '../departments/departments.repository.ts';
import { exportJsonLines, exportRecords, formatExportDate } from './export.service.ts';
import { importRecords, toStoredDate } from './import.service.ts';
import { sampleRecords } from './transfer.fixtures.ts';
import { type ImportRecord, importRecordSchema } from './transfer.schema.ts';

let databaseA: Database;
let databaseB: Database;

before(async () => {
  databaseA = await createTestDatabase();
  databaseB = await createTestDatabase();
});
after(async () => {
  await databaseA.close();
  await databaseB.close();
});

async function exportText(db: Db, options: Parameters<typeof exportJsonLines>[1] = {}): Promise<string> {
  let text = '';
  for await (const line of exportJsonLines(db, options)) text += line;
  return text;
}

async function collect(db: Db, options: Parameters<typeof exportRecords>[1] = {}): Promise<ImportRecord[]> {
  const records: ImportRecord[] = [];
  for await (const record of exportRecords(db, options)) records.push(record);
  return records;
}

/**
 * What an export of `inputs` must contain, worked out from the documented rules rather than
 * from the code under test: catalog departments by their name in the record's language,
 * dates in canonical form, answers oldest first, a doctor's title once known in a language
 * shown on all their answers in that language, defaults filled in.
 */
function normalize(inputs: unknown[]): ImportRecord[] {
  const records = inputs.map((input) => importRecordSchema.parse(input));
  const date = (value: string) => formatExportDate(new Date(toStoredDate(value)));
  const titles = new Map<string, string>();
  const doctorKey = (lang: string, name: string, hospital: string) =>
    [lang, departmentNameKey(name), departmentNameKey(hospital)].join('|');
  for (const record of records) {
    for (const answer of record.answers) {
      const key = doctorKey(record.lang, answer.doctorName, answer.hospital);
      if (answer.doctorTitle && !titles.has(key)) titles.set(key, answer.doctorTitle);
    }
  }
  return records.map((record) => {
    const entry = DEPARTMENT_CATALOG.find((department) =>
      [department.slug, department.nameEn, department.nameZh, ...(department.aliases ?? [])]
        .map(departmentNameKey)
        .includes(departmentNameKey(record.department)),
    );
    const department = entry
      ? record.lang === 'en'
        ? entry.nameEn
        : entry.nameZh
      : record.department.trim().replace(/\s+/g, ' ');
    const answers = record.answers
      .map(({ department: _linkOnly, doctorTitle: _title, ...answer }) => {
        const title = titles.get(doctorKey(record.lang, answer.doctorName, answer.hospital));
        return { ...answer, ...(title ? { doctorTitle: title } : {}), answeredAt: date(answer.answeredAt) };
      })
      .sort(
        (a, b) =>
          new Date(toStoredDate(a.answeredAt)).getTime() - new Date(toStoredDate(b.answeredAt)).getTime(),
      );
    const normalized: ImportRecord = {
      ...record,
      department,
      question: {
        ...record.question,
        askedAt: date(record.question.askedAt),
        askingFor: record.question.askingFor ?? 'self',
      },
      answers,
      viewCount: record.viewCount ?? 0,
    };
    if (!normalized.moreInfoMachine) delete normalized.moreInfoMachine;
    if (!normalized.moreInfoReviewed) delete normalized.moreInfoReviewed;
    return normalized;
  });
}

describe('exportRecords', () => {
  test('round trip: import, export, import into a fresh database, export again gives the same bytes', async () => {
    const input = sampleRecords();
    const imported = await importRecords(
      databaseA.db,
      input.map((record) => JSON.stringify(record)),
    );
    assert.equal(imported.failed, 0, JSON.stringify(imported.errors));

    const exportA = await exportText(databaseA.db, { status: 'all' });
    assert.equal(exportA.split('\n').filter(Boolean).length, input.length);
    const lines = exportA.split('\n').filter(Boolean);
    const importedB = await importRecords(databaseB.db, lines);
    assert.deepEqual([importedB.imported, importedB.failed], [input.length, 0]);
    const exportB = await exportText(databaseB.db, { status: 'all' });

    assert.equal(exportB, exportA, 'exports of A and B are byte-identical');
    const exported = lines.map((line) => JSON.parse(line) as ImportRecord);
    assert.deepEqual(exported, normalize(input));
  });

  test('exports only published Q&As unless asked for all', async () => {
    const published = await collect(databaseA.db);
    const all = await collect(databaseA.db, { status: 'all' });
    assert.ok(published.length > 0);
    assert.ok(published.every((record) => record.status === 'published'));
    assert.deepEqual(
      published.map((record) => record.externalId),
      all.filter((record) => record.status === 'published').map((record) => record.externalId),
    );
    assert.equal(new Set(all.map((record) => record.status)).size, 6, 'every status is exported with "all"');
  });

  test('pages through the questions by id without losing or repeating any', async () => {
    const small = await exportText(databaseA.db, { status: 'all', pageSize: 2 });
    assert.equal(small, await exportText(databaseA.db, { status: 'all' }));
  });

  test('writes date-only values for 12:00 UTC and full timestamps otherwise', () => {
    assert.equal(formatExportDate(new Date('2021-08-05T12:00:00Z')), '2021-08-05');
    assert.equal(formatExportDate(new Date('2021-08-05T12:00:00.001Z')), '2021-08-05T12:00:00.001Z');
    assert.equal(formatExportDate(new Date('2021-08-05T20:00:00+08:00')), '2021-08-05');
    assert.equal(formatExportDate(new Date('2021-08-05T09:00:00+08:00')), '2021-08-05T01:00:00.000Z');
  });
});
