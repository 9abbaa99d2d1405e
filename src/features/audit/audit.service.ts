/**
 * The audit log: every privileged action (approve, reject, publish, remove, redact, override,
 * verify a doctor, change a setting, revert, …) is recorded here, in the same transaction as the
 * action, so the log and the data never disagree. Admins read it at /{locale}/admin/audit.
 */
import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { auditLog } from '../../db/schema.ts';

export interface AuditEntry {
  /** The signed-in user who acted; null for the system or an anonymous asker. */
  actorUserId: number | null;
  /** Dotted verb, e.g. `question.publish`, `doctor.verify`, `setting.change`. */
  action: string;
  targetType?: string;
  targetId?: string | number;
  details?: Record<string, unknown>;
}

/** Records one action. Pass the transaction handle when the action is part of one. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorUserId: entry.actorUserId,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId == null ? null : String(entry.targetId),
    details: entry.details ?? {},
  });
}

export interface AuditFilter {
  action?: string;
  actorUserId?: number;
  targetType?: string;
  targetId?: string;
  from?: Date;
  /** Exclusive. */
  to?: Date;
}

/** Newest first, `limit` rows after skipping `offset`. */
export async function listAudit(db: Db, filter: AuditFilter, limit = 50, offset = 0) {
  const where: SQL[] = [];
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.actorUserId != null) where.push(eq(auditLog.actorUserId, filter.actorUserId));
  if (filter.targetType) where.push(eq(auditLog.targetType, filter.targetType));
  if (filter.targetId) where.push(eq(auditLog.targetId, filter.targetId));
  if (filter.from) where.push(gte(auditLog.createdAt, filter.from));
  if (filter.to) where.push(lt(auditLog.createdAt, filter.to));
  return db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit)
    .offset(offset);
}
