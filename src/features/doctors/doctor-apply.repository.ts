/** SQL for doctor applications and their licence documents. */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import {
  departments,
  doctorApplications,
  doctorDepartments,
  doctors,
  hospitals,
  licenceDocuments,
  users,
} from '../../db/schema.ts';

export type ApplicationRow = typeof doctorApplications.$inferSelect;

/** The user's newest application, with its document's name (no content). */
export async function findLatestApplication(db: Db, userId: number) {
  const [row] = await db
    .select({ application: doctorApplications, fileName: licenceDocuments.fileName })
    .from(doctorApplications)
    .leftJoin(licenceDocuments, eq(licenceDocuments.applicationId, doctorApplications.id))
    .where(eq(doctorApplications.userId, userId))
    .orderBy(desc(doctorApplications.createdAt), desc(doctorApplications.id))
    .limit(1);
  return row;
}

export async function hasPendingApplication(db: Db, userId: number): Promise<boolean> {
  const rows = await db
    .select({ id: doctorApplications.id })
    .from(doctorApplications)
    .where(and(eq(doctorApplications.userId, userId), eq(doctorApplications.status, 'pending')))
    .limit(1);
  return rows.length > 0;
}

/** Pending applications, oldest first, with the applicant and hospital. */
export async function listPendingApplications(db: Db, limit = 200) {
  return db
    .select({
      id: doctorApplications.id,
      nameEn: doctorApplications.nameEn,
      nameZh: doctorApplications.nameZh,
      licenceNumber: doctorApplications.licenceNumber,
      createdAt: doctorApplications.createdAt,
      email: users.email,
      hospital: { nameEn: hospitals.nameEn, nameZh: hospitals.nameZh },
    })
    .from(doctorApplications)
    .innerJoin(users, eq(users.id, doctorApplications.userId))
    .innerJoin(hospitals, eq(hospitals.id, doctorApplications.hospitalId))
    .where(eq(doctorApplications.status, 'pending'))
    .orderBy(asc(doctorApplications.createdAt), asc(doctorApplications.id))
    .limit(limit);
}

/** One application with everything the review page shows (the document without its content). */
export async function findApplication(db: Db, id: number) {
  const [row] = await db
    .select({
      application: doctorApplications,
      email: users.email,
      displayName: users.displayName,
      hospital: hospitals,
      document: {
        fileName: licenceDocuments.fileName,
        contentType: licenceDocuments.contentType,
        size: licenceDocuments.size,
        sha256: licenceDocuments.sha256,
      },
    })
    .from(doctorApplications)
    .innerJoin(users, eq(users.id, doctorApplications.userId))
    .innerJoin(hospitals, eq(hospitals.id, doctorApplications.hospitalId))
    .leftJoin(licenceDocuments, eq(licenceDocuments.applicationId, doctorApplications.id))
    .where(eq(doctorApplications.id, id))
    .limit(1);
  if (!row) return undefined;
  const depts = row.application.departmentIds.length
    ? await db
        .select({ id: departments.id, nameEn: departments.nameEn, nameZh: departments.nameZh })
        .from(departments)
        .where(inArray(departments.id, row.application.departmentIds))
        .orderBy(asc(departments.sortOrder))
    : [];
  return { ...row, departments: depts };
}

/** The stored document with the applicant's id (to decide who may read it). */
export async function findDocument(db: Db, applicationId: number) {
  const [row] = await db
    .select({ document: licenceDocuments, userId: doctorApplications.userId })
    .from(licenceDocuments)
    .innerJoin(doctorApplications, eq(doctorApplications.id, licenceDocuments.applicationId))
    .where(eq(licenceDocuments.applicationId, applicationId))
    .limit(1);
  return row;
}

export async function findDoctorOfUser(db: Db, userId: number) {
  const [row] = await db.select().from(doctors).where(eq(doctors.userId, userId)).limit(1);
  return row;
}

/** Replaces a doctor's departments. */
export async function setDoctorDepartments(db: Db, doctorId: number, departmentIds: readonly number[]) {
  await db.delete(doctorDepartments).where(eq(doctorDepartments.doctorId, doctorId));
  for (const departmentId of departmentIds) {
    await db.insert(doctorDepartments).values({ doctorId, departmentId });
  }
}

/** Adds a role to a user's roles unless they hold it already. */
export async function addUserRole(db: Db, userId: number, role: string) {
  await db
    .update(users)
    .set({ roles: sql`array_append(${users.roles}, ${role}::text)` })
    .where(and(eq(users.id, userId), sql`not (${role}::text = any(${users.roles}))`));
}

export async function slugTaken(db: Db, slug: string): Promise<boolean> {
  const rows = await db.select({ id: doctors.id }).from(doctors).where(eq(doctors.slug, slug)).limit(1);
  return rows.length > 0;
}
