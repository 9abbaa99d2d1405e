/**
 * Loads generated demo content into a database: the Q&As through the regular importer (so
 * demo data exercises the same path as real imports), then what the import format does not
 * carry — doctors' titles, bios and Chinese names, hospitals' Chinese names and cities, the
 * doctors' second departments — and the department FAQs.
 *
 * Safe to run again: the importer upserts by externalId, profile fields are only filled while
 * empty (or still the importer's placeholder), and FAQs are skipped where a department already
 * has some in that language.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { departments, doctorDepartments, doctors, faqs, hospitals } from '../../db/schema.ts';
import { type ImportOptions, type ImportSummary, importRecords } from '../transfer/import.service.ts';
import type { ImportRecord } from '../transfer/transfer.schema.ts';
import {
  type DemoData,
  type DemoDoctor,
  type DemoFaq,
  type DemoHospital,
  generateDemoData,
} from './demo-generator.ts';

export interface LoadDemoOptions {
  /** Number of demo questions. */
  questions: number;
  /** Same seed, same content (default 1). */
  seed?: number;
  /** Passed to the importer (progress bars). */
  onProgress?: ImportOptions['onProgress'];
}

export interface DemoLoadSummary {
  import: ImportSummary;
  hospitalsUpdated: number;
  doctorsUpdated: number;
  faqsInserted: number;
}

/** Generates `questions` demo Q&As and loads them with profiles and FAQs. */
export async function loadDemoData(db: Db, options: LoadDemoOptions): Promise<DemoLoadSummary> {
  const data: DemoData = generateDemoData({ count: options.questions, seed: options.seed ?? 1 });
  // The importer runs its own transactions (one per batch), so it gets the outer handle.
  const summary = await importRecords(db, inAskedOrder(data.records), { onProgress: options.onProgress });
  // Everything below uses the transaction handle only: the outer db would hang on PGlite.
  const profiles = await db.transaction(async (txHandle) => {
    const tx = txHandle as unknown as Db;
    const hospitalsUpdated = await updateHospitals(tx, data.hospitals);
    const doctorsUpdated = await updateDoctors(tx, data.doctors);
    return { hospitalsUpdated, doctorsUpdated };
  });
  const faqsInserted = await db.transaction((tx) => insertFaqs(tx as unknown as Db, data.faqs));
  return { import: summary, ...profiles, faqsInserted };
}

/**
 * The records in the order they were asked (ties in generation order), each with its place in
 * the generated list as its line (`record 123` in an error is demo-000123). A site numbers its
 * questions as they arrive, so its ids, and the order of its tables on disk, follow the dates;
 * the generator spreads the dates at random, so the demo is loaded in that order to look the
 * same (the newest Q&As of a search's time window are then neighbours on disk, as on a site).
 */
export function inAskedOrder(records: readonly ImportRecord[]): { line: number; value: ImportRecord }[] {
  return records
    .map((value, index) => ({ line: index + 1, value, at: Date.parse(value.question.askedAt) }))
    .sort((a, b) => a.at - b.at || a.line - b.line)
    .map(({ line, value }) => ({ line, value }));
}

/** Sets the Chinese name and city of each demo hospital the importer created by its English name. */
async function updateHospitals(tx: Db, list: readonly DemoHospital[]): Promise<number> {
  let updated = 0;
  for (const hospital of list) {
    const rows = await tx
      .update(hospitals)
      .set({
        // The importer stores the one name it knows in both columns; keep a name an admin changed.
        nameZh: sql`case when ${hospitals.nameZh} = ${hospitals.nameEn} then ${hospital.nameZh} else ${hospitals.nameZh} end`,
        city: sql`coalesce(${hospitals.city}, ${hospital.city})`,
      })
      .where(eq(hospitals.nameEn, hospital.name))
      .returning({ id: hospitals.id });
    updated += rows.length;
  }
  return updated;
}

/** Fills titles, bios and Chinese names, and links each doctor to all of their departments. */
async function updateDoctors(tx: Db, list: readonly DemoDoctor[]): Promise<number> {
  const departmentIds = new Map(
    (await tx.select({ id: departments.id, slug: departments.slug }).from(departments)).map((row) => [
      row.slug,
      row.id,
    ]),
  );
  let updated = 0;
  for (const doctor of list) {
    const atHospital = tx
      .select({ id: hospitals.id })
      .from(hospitals)
      .where(eq(hospitals.nameEn, doctor.hospital));
    const rows = await tx
      .update(doctors)
      .set({
        nameZh: sql`case when ${doctors.nameZh} = ${doctors.nameEn} then ${doctor.nameZh} else ${doctors.nameZh} end`,
        titleEn: sql`coalesce(${doctors.titleEn}, ${doctor.titleEn})`,
        titleZh: sql`coalesce(${doctors.titleZh}, ${doctor.titleZh})`,
        bioEn: sql`coalesce(${doctors.bioEn}, ${doctor.bioEn})`,
        bioZh: sql`coalesce(${doctors.bioZh}, ${doctor.bioZh})`,
      })
      .where(and(eq(doctors.nameEn, doctor.name), inArray(doctors.hospitalId, atHospital)))
      .returning({ id: doctors.id });
    updated += rows.length;
    const links = rows.flatMap((row) =>
      doctor.departments.flatMap((slug) => {
        const departmentId = departmentIds.get(slug);
        return departmentId === undefined ? [] : [{ doctorId: row.id, departmentId }];
      }),
    );
    if (links.length > 0) await tx.insert(doctorDepartments).values(links).onConflictDoNothing();
  }
  return updated;
}

/** Inserts each department's FAQs in each language, unless that department already has some. */
async function insertFaqs(tx: Db, list: readonly DemoFaq[]): Promise<number> {
  const departmentIds = new Map(
    (await tx.select({ id: departments.id, slug: departments.slug }).from(departments)).map((row) => [
      row.slug,
      row.id,
    ]),
  );
  const existing = new Set(
    (await tx.selectDistinct({ departmentId: faqs.departmentId, lang: faqs.lang }).from(faqs)).map(
      (row) => `${row.departmentId}:${row.lang}`,
    ),
  );
  const rows: (typeof faqs.$inferInsert)[] = [];
  const position = new Map<string, number>();
  for (const faq of list) {
    const departmentId = departmentIds.get(faq.departmentSlug);
    if (departmentId === undefined) continue;
    const key = `${departmentId}:${faq.lang}`;
    if (existing.has(key)) continue;
    const sortOrder = position.get(key) ?? 0;
    position.set(key, sortOrder + 1);
    rows.push({ departmentId, lang: faq.lang, question: faq.question, answer: faq.answer, sortOrder });
  }
  if (rows.length > 0) await tx.insert(faqs).values(rows);
  return rows.length;
}
