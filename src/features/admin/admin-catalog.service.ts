/**
 * Hospitals and departments managed by admins: bilingual names, unique slugs, department
 * descriptions and order, hospital city. Nothing still referenced can be deleted; every change is
 * audited in its transaction.
 */
import { and, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import {
  departments,
  doctorApplications,
  doctorDepartments,
  doctors,
  faqs,
  hospitals,
  questions,
} from '../../db/schema.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { DEPARTMENT_CATALOG } from '../departments/department-catalog.ts';

const name = (max: number) =>
  z
    .string({ message: 'required' })
    .transform((value) => value.replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, 'required').max(max, `too_long:${max}`));
const optionalText = (max: number) =>
  z
    .string()
    .optional()
    .transform((value) => value?.trim() || null)
    .pipe(z.string().max(max, `too_long:${max}`).nullable());
const slug = z
  .string({ message: 'required' })
  .trim()
  .min(1, 'required')
  .max(60, 'too_long:60')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'invalid_slug');

export const hospitalSchema = z.object({ slug, nameEn: name(150), nameZh: name(80), city: optionalText(80) });
export const departmentSchema = z.object({
  slug,
  nameEn: name(100),
  nameZh: name(50),
  descriptionEn: optionalText(2000),
  descriptionZh: optionalText(2000),
  sortOrder: z.coerce
    .number({ message: 'invalid_number' })
    .int('invalid_number')
    .min(0, 'invalid_number')
    .max(100_000, 'invalid_number'),
});

export type CatalogKind = 'hospital' | 'department';
const tables = { hospital: hospitals, department: departments } as const;
const CATALOG_SLUGS = new Set(DEPARTMENT_CATALOG.map((d) => d.slug));

const fieldError = (field: string, code: string) =>
  new AppError(422, 'invalid_input', code, { [field]: code });

async function slugInUse(db: Db, kind: CatalogKind, value: string, exceptId?: number) {
  const table = tables[kind];
  const rows = await db
    .select({ id: table.id })
    .from(table)
    .where(exceptId ? and(eq(table.slug, value), ne(table.id, exceptId)) : eq(table.slug, value))
    .limit(1);
  return rows.length > 0;
}

/** Creates (no id) or updates a hospital or department; 422 with a field error on a taken slug. */
export async function saveCatalogEntry(
  db: Db,
  actorUserId: number,
  kind: CatalogKind,
  id: number | undefined,
  values: z.infer<typeof hospitalSchema> | z.infer<typeof departmentSchema>,
): Promise<number> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const table = tables[kind];
    if (id !== undefined) {
      const [current] = await tx.select({ slug: table.slug }).from(table).where(eq(table.id, id));
      if (!current) throw notFound(kind);
      if (kind === 'department' && CATALOG_SLUGS.has(current.slug) && current.slug !== values.slug) {
        throw fieldError('slug', 'catalog_slug');
      }
    }
    if (await slugInUse(t, kind, values.slug, id)) throw fieldError('slug', 'slug_taken');
    let savedId = id;
    if (id === undefined) {
      const [row] = await tx
        .insert(table)
        .values(values as never)
        .returning({ id: table.id });
      savedId = row!.id;
    } else {
      await tx
        .update(table)
        .set(values as never)
        .where(eq(table.id, id));
    }
    await recordAudit(t, {
      actorUserId,
      action: `${kind}.${id === undefined ? 'create' : 'update'}`,
      targetType: kind,
      targetId: savedId,
      details: values,
    });
    return savedId!;
  });
}

async function count(db: Db, table: PgTable, where: SQL): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table).where(where);
  return Number(row?.n ?? 0);
}

/** What still refers to the entry (deletion is refused while any count is above zero). */
export async function catalogUses(db: Db, kind: CatalogKind, id: number) {
  if (kind === 'hospital') {
    return {
      doctors: await count(db, doctors, eq(doctors.hospitalId, id)),
      applications: await count(db, doctorApplications, eq(doctorApplications.hospitalId, id)),
    };
  }
  return {
    questions: await count(db, questions, eq(questions.departmentId, id)),
    doctors: await count(db, doctorDepartments, eq(doctorDepartments.departmentId, id)),
    faqs: await count(db, faqs, eq(faqs.departmentId, id)),
    applications: await count(db, doctorApplications, sql`${id} = any(${doctorApplications.departmentIds})`),
  };
}

/** Deletes an unreferenced entry; 409 with the uses otherwise (the form says why). */
export async function deleteCatalogEntry(db: Db, actorUserId: number, kind: CatalogKind, id: number) {
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const table = tables[kind];
    const [current] = await tx.select().from(table).where(eq(table.id, id)).for('update');
    if (!current) throw notFound(kind);
    if (kind === 'department' && CATALOG_SLUGS.has(current.slug)) {
      throw new AppError(409, 'catalog_delete', 'catalog_delete');
    }
    const uses = await catalogUses(t, kind, id);
    if (Object.values(uses).some((n) => n > 0)) {
      throw new AppError(409, 'in_use', JSON.stringify(uses));
    }
    await tx.delete(table).where(eq(table.id, id));
    await recordAudit(t, {
      actorUserId,
      action: `${kind}.delete`,
      targetType: kind,
      targetId: id,
      details: { slug: current.slug, nameEn: current.nameEn, nameZh: current.nameZh },
    });
  });
}
