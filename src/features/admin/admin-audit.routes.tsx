/**
 * /{locale}/admin/audit: the audit log for admins, newest first, filtered by action, actor
 * (email or user id), target and date range (dates in the site's time zone), 50 per page.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { auditLog, users } from '../../db/schema.ts';
import { requireRole } from '../../lib/access.ts';
import type { AppEnv } from '../../web/context.ts';
import { render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { type AuditFilter, listAudit } from '../audit/audit.service.ts';
import { viewContext } from '../questions/questions.routes.tsx';
import { adminMessages } from './admin.messages.ts';
import { AdminField, AdminPage } from './admin.views.tsx';
import { AuditAction, AuditActor, AuditDetails, auditActionLabel } from './admin-audit.views.tsx';

const PAGE_SIZE = 50;
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
  .optional()
  .catch(undefined);
const querySchema = z.object({
  action: z.string().trim().max(100).optional().catch(undefined),
  actor: z.string().trim().max(200).optional().catch(undefined),
  targetType: z.string().trim().max(100).optional().catch(undefined),
  targetId: z.string().trim().max(100).optional().catch(undefined),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** Midnight of a YYYY-MM-DD day in `timeZone`, as an instant. */
export function startOfDay(value: string, timeZone: string): Date {
  const utc = new Date(`${value}T00:00:00Z`);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(utc);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return new Date(utc.getTime() - (shown - utc.getTime()));
}

export const adminAuditRoutes = new Hono<AppEnv>();

adminAuditRoutes.get('/admin/audit', async (c) => {
  requireRole(c.get('actor'), 'admin');
  const v = viewContext(c);
  const m = adminMessages(v.locale);
  const db = c.get('deps').db;
  const q = querySchema.parse(c.req.query());
  const filter: AuditFilter = {
    action: q.action || undefined,
    targetType: q.targetType || undefined,
    targetId: q.targetId || undefined,
  };
  let noActor = false;
  if (q.actor) {
    if (/^\d+$/.test(q.actor)) filter.actorUserId = Number(q.actor);
    else {
      const [user] = await db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.email, q.actor.toLowerCase()));
      if (user) filter.actorUserId = user.id;
      else noActor = true;
    }
  }
  if (q.from) filter.from = startOfDay(q.from, v.timeZone);
  if (q.to) filter.to = new Date(startOfDay(q.to, v.timeZone).getTime() + 86_400_000);
  const rows = noActor ? [] : await listAudit(db, filter, PAGE_SIZE + 1, (q.page - 1) * PAGE_SIZE);
  const hasNext = rows.length > PAGE_SIZE;
  const entries = rows.slice(0, PAGE_SIZE);
  const actorIds = [...new Set(entries.map((e) => e.actorUserId).filter((id): id is number => id != null))];
  const emails = new Map(
    actorIds.length
      ? (
          await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, actorIds))
        ).map((u) => [u.id, u.email])
      : [],
  );
  const actions = await db
    .selectDistinct({ action: auditLog.action })
    .from(auditLog)
    .orderBy(asc(auditLog.action))
    .limit(200);
  const params = new URLSearchParams(
    Object.entries({
      action: q.action,
      actor: q.actor,
      targetType: q.targetType,
      targetId: q.targetId,
      from: q.from,
      to: q.to,
    }).filter((entry): entry is [string, string] => !!entry[1]),
  );
  const pageHref = (page: number) => {
    const p = new URLSearchParams(params);
    p.set('page', String(page));
    return `${urls.adminAudit(v.locale)}?${p}`;
  };
  const time = new Intl.DateTimeFormat(v.locale, {
    timeZone: v.timeZone,
    dateStyle: 'short',
    timeStyle: 'medium',
  });
  return render(
    c,
    { title: m.audit.heading, path: '/admin/audit', noindex: true },
    <AdminPage v={v} m={m} title={m.audit.heading} current={urls.adminAudit(v.locale)}>
      <form method="get" action={urls.adminAudit(v.locale)} class="audit-filters">
        <div class="field">
          <label for="action">{m.audit.action}</label>
          <select id="action" name="action">
            <option value="">{m.audit.anyAction}</option>
            {actions.map((a) => (
              <option value={a.action} selected={a.action === q.action}>
                {auditActionLabel(m, a.action) === a.action
                  ? a.action
                  : `${auditActionLabel(m, a.action)} (${a.action})`}
              </option>
            ))}
          </select>
        </div>
        <AdminField name="actor" label={m.audit.actor} value={q.actor} max={200} />
        <AdminField name="targetType" label={m.audit.targetType} value={q.targetType} max={100} />
        <AdminField name="targetId" label={m.audit.targetId} value={q.targetId} max={100} />
        <AdminField name="from" type="date" label={m.audit.from} value={q.from} />
        <AdminField name="to" type="date" label={m.audit.to} value={q.to} />
        <button type="submit">{m.audit.filter}</button>
      </form>
      {entries.length === 0 ? <p>{m.audit.none}</p> : null}
      {entries.length > 0 ? (
        <div class="table-scroll">
          <table class="admin-table audit-table">
            <thead>
              <tr>
                <th>{m.col.when}</th>
                <th>{m.col.actor}</th>
                <th>{m.col.action}</th>
                <th>{m.col.target}</th>
                <th>{m.col.details}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr data-audit-id={String(e.id)}>
                  <td>{time.format(e.createdAt)}</td>
                  <td>
                    <AuditActor
                      m={m}
                      entry={e}
                      email={e.actorUserId == null ? undefined : emails.get(e.actorUserId)}
                    />
                  </td>
                  <td title={e.action}>
                    <AuditAction m={m} code={e.action} />
                  </td>
                  <td>{[e.targetType, e.targetId].filter(Boolean).join(' #')}</td>
                  <td>
                    <AuditDetails details={e.details} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <nav class="pager" aria-label={v.t.pager.label}>
        {q.page > 1 ? (
          <a rel="prev" href={pageHref(q.page - 1)}>
            {v.t.pager.previous}
          </a>
        ) : null}
        {hasNext ? (
          <a rel="next" href={pageHref(q.page + 1)}>
            {v.t.pager.next}
          </a>
        ) : null}
      </nav>
    </AdminPage>,
  );
});
