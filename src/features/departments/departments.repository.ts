/**
 * Department rows: seeding the catalog and finding a department by any of its names.
 * SQL only; callers pass the database or a transaction handle as `db`.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { departments } from '../../db/schema.ts';
import { DEPARTMENT_CATALOG } from './department-catalog.ts';

export type DepartmentRow = typeof departments.$inferSelect;

/** The key under which names are compared: trimmed, inner spaces collapsed, lower-cased. */
export function departmentNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Inserts the catalog departments that are missing (matched by slug), with sortOrder = the
 * catalog position. Existing rows are left alone, so admins' edits survive. Returns how many
 * were inserted; running it again inserts nothing.
 */
export async function ensureCatalogDepartments(db: Db): Promise<number> {
  const inserted = await db
    .insert(departments)
    .values(
      DEPARTMENT_CATALOG.map((entry, index) => ({
        slug: entry.slug,
        nameEn: entry.nameEn,
        nameZh: entry.nameZh,
        sortOrder: index,
      })),
    )
    .onConflictDoNothing({ target: departments.slug })
    .returning({ id: departments.id });
  return inserted.length;
}

/** All departments, in display order. */
export async function listDepartments(db: Db): Promise<DepartmentRow[]> {
  return db.select().from(departments).orderBy(asc(departments.sortOrder), asc(departments.id));
}

export async function findDepartmentBySlug(db: Db, slug: string): Promise<DepartmentRow | undefined> {
  const [row] = await db.select().from(departments).where(eq(departments.slug, slug)).limit(1);
  return row;
}

/**
 * A lookup table from every name a department is known by (slug, English name, Chinese name
 * and the catalog aliases) to its row, keyed by `departmentNameKey`. The table is small (tens
 * of rows), so matching in memory keeps the rules identical to the importer's cache.
 * When two departments share a name, the first in display order wins; slugs always win over
 * names because they are unique.
 */
export function buildDepartmentIndex(rows: readonly DepartmentRow[]): Map<string, DepartmentRow> {
  const index = new Map<string, DepartmentRow>();
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  const add = (name: string, row: DepartmentRow) => {
    const key = departmentNameKey(name);
    if (key && !index.has(key)) index.set(key, row);
  };
  for (const row of rows) index.set(departmentNameKey(row.slug), row);
  for (const row of rows) {
    add(row.nameEn, row);
    add(row.nameZh, row);
  }
  for (const entry of DEPARTMENT_CATALOG) {
    const row = bySlug.get(entry.slug);
    if (row) for (const alias of entry.aliases ?? []) add(alias, row);
  }
  return index;
}

/**
 * Finds a department by slug, English name, Chinese name or catalog alias; case-insensitive
 * and trimmed. Returns undefined when nothing matches.
 */
export async function findDepartmentByName(db: Db, nameOrSlug: string): Promise<DepartmentRow | undefined> {
  const key = departmentNameKey(nameOrSlug);
  if (!key) return undefined;
  return buildDepartmentIndex(await listDepartments(db)).get(key);
}

/** Inserts a department; returns undefined when the slug is taken (the caller picks another). */
export async function insertDepartment(
  db: Db,
  values: { slug: string; nameEn: string; nameZh: string; sortOrder?: number },
): Promise<DepartmentRow | undefined> {
  const [row] = await db
    .insert(departments)
    .values(values)
    .onConflictDoNothing({ target: departments.slug })
    .returning();
  return row;
}

/** Number of departments (used by tests and the admin dashboard). */
export async function countDepartments(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(departments);
  return row?.n ?? 0;
}
