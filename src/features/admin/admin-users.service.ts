/** Granting and revoking the editor and admin roles of existing users (audited). */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { type Role, users } from '../../db/schema.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';

/** Roles an admin grants here; "doctor" comes only from an approved application. */
export const GRANTABLE: readonly Role[] = ['editor', 'admin'];

/** Sets the editor and admin roles of a user, keeping their other roles; audited. */
export async function setGrantedRoles(db: Db, actorUserId: number, userId: number, granted: Role[]) {
  await db.transaction(async (tx) => {
    const [user] = await tx
      .select({ roles: users.roles })
      .from(users)
      .where(eq(users.id, userId))
      .for('update');
    if (!user) throw notFound('user');
    if (userId === actorUserId && user.roles.includes('admin') && !granted.includes('admin')) {
      throw new AppError(409, 'own_admin', 'You cannot take the admin role from your own account.');
    }
    const roles = [...user.roles.filter((r) => !GRANTABLE.includes(r)), ...granted];
    await tx.update(users).set({ roles }).where(eq(users.id, userId));
    await recordAudit(tx as unknown as Db, {
      actorUserId,
      action: 'user.roles',
      targetType: 'user',
      targetId: userId,
      details: { before: user.roles, after: roles },
    });
  });
}
