/**
 * Admin pages for the run-time settings (settings.service: validated and audited) and for
 * granting and revoking the editor and admin roles of existing users (audited).
 */
import { asc, ilike } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { users } from '../../db/schema.ts';
import { requireRole } from '../../lib/access.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import type { AppContext, AppEnv } from '../../web/context.ts';
import { readForm } from '../../web/forms.tsx';
import { render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { viewContext } from '../questions/questions.routes.tsx';
import { getSettings, SETTING_SCHEMAS, setSetting } from '../settings/settings.service.ts';
import { adminMessages } from './admin.messages.ts';
import { AdminField, AdminPage } from './admin.views.tsx';
import { GRANTABLE, setGrantedRoles } from './admin-users.service.ts';

export const adminSettingsRoutes = new Hono<AppEnv>();

async function showSettings(
  c: AppContext,
  values?: Record<string, string>,
  errors: Record<string, string> = {},
) {
  requireRole(c.get('actor'), 'admin');
  const v = viewContext(c);
  const m = adminMessages(v.locale);
  const current = await getSettings(c.get('deps').db);
  const hours = values?.answerTargetHours ?? String(current.answerTargetHours);
  const review = values ? values.reviewAnswers === '1' : current.reviewAnswers;
  return render(
    c,
    { title: m.settings.heading, path: '/admin/settings', noindex: true },
    <AdminPage
      v={v}
      m={m}
      title={m.settings.heading}
      notice={c.req.query('done') ? m.settings.saved : undefined}
    >
      <form method="post" action={urls.adminSettings(v.locale)} novalidate>
        <div class="field">
          <label class="checkbox">
            <input
              type="checkbox"
              name="reviewAnswers"
              value="1"
              checked={review}
              aria-describedby="reviewAnswers-hint"
            />{' '}
            {m.settings.reviewAnswers}
          </label>
          <p class="hint" id="reviewAnswers-hint">
            {m.settings.reviewAnswersHint}
          </p>
        </div>
        <AdminField
          name="answerTargetHours"
          type="number"
          label={m.settings.answerTargetHours}
          hint={m.settings.answerTargetHoursHint}
          value={hours}
          error={errors.answerTargetHours ? m.errors.invalid_number : undefined}
          required
        />
        <button type="submit" class="primary">
          {m.settings.save}
        </button>
      </form>
    </AdminPage>,
    Object.keys(errors).length ? 422 : 200,
  );
}

adminSettingsRoutes.get('/admin/settings', (c) => showSettings(c));

adminSettingsRoutes.post('/admin/settings', async (c) => {
  const actor = c.get('actor');
  requireRole(actor, 'admin');
  const form = await readForm(c.req);
  const hours = SETTING_SCHEMAS.answerTargetHours.safeParse(
    Number(form.answerTargetHours?.trim() || Number.NaN),
  );
  if (!hours.success) return showSettings(c, form, { answerTargetHours: 'invalid_number' });
  const db = c.get('deps').db;
  const current = await getSettings(db);
  const reviewAnswers = form.reviewAnswers === '1';
  // Only what changed is written, so the audit log lists real changes.
  if (current.reviewAnswers !== reviewAnswers)
    await setSetting(db, 'reviewAnswers', reviewAnswers, actor.userId);
  if (current.answerTargetHours !== hours.data)
    await setSetting(db, 'answerTargetHours', hours.data, actor.userId);
  return c.redirect(`${urls.adminSettings(c.get('locale'))}?done=1`, 303);
});

adminSettingsRoutes.get('/admin/users', async (c) => {
  const actor = c.get('actor');
  requireRole(actor, 'admin');
  const v = viewContext(c);
  const m = adminMessages(v.locale);
  const q = (c.req.query('q') ?? '').trim().slice(0, 100);
  const error = c.req.query('error');
  const like = `%${q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  const rows = await c
    .get('deps')
    .db.select({ id: users.id, email: users.email, displayName: users.displayName, roles: users.roles })
    .from(users)
    .where(q ? ilike(users.email, like) : undefined)
    .orderBy(asc(users.email))
    .limit(50);
  return render(
    c,
    { title: m.users.heading, path: '/admin/users', noindex: true },
    <AdminPage v={v} m={m} title={m.users.heading} notice={c.req.query('done') ? m.users.saved : undefined}>
      {error === 'own_admin' ? (
        <p class="form-error" role="alert">
          {m.errors.own_admin}
        </p>
      ) : null}
      <form method="get" action={urls.adminUsers(v.locale)} class="admin-search">
        <label for="q">{m.users.search}</label>
        <input id="q" name="q" type="search" value={q} maxlength={100} />
        <button type="submit">{m.users.searchButton}</button>
      </form>
      {rows.length === 0 ? <p>{m.users.none}</p> : null}
      <table class="admin-table">
        <thead>
          <tr>
            <th>{m.col.account}</th>
            <th>{m.col.roles}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((u) => (
            <tr data-user-id={String(u.id)}>
              <td>
                {u.displayName} &lt;{u.email}&gt;
              </td>
              <td>
                <form
                  method="post"
                  action={`${urls.adminUsers(v.locale)}/${u.id}/roles`}
                  class="inline roles-form"
                >
                  {u.roles
                    .filter((r) => !GRANTABLE.includes(r))
                    .map((r) => (
                      <span class="role">{m.users.roleNames[r] ?? r} </span>
                    ))}
                  {GRANTABLE.map((role) => (
                    <label class="checkbox">
                      <input type="checkbox" name={role} value="1" checked={u.roles.includes(role)} />{' '}
                      {m.users.roleNames[role]}
                    </label>
                  ))}
                  <button type="submit">{m.users.saveRoles}</button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </AdminPage>,
  );
});

adminSettingsRoutes.post('/admin/users/:id/roles', async (c) => {
  const actor = c.get('actor');
  requireRole(actor, 'admin');
  const id = z.coerce.number().int().positive().max(2_147_483_647).safeParse(c.req.param('id'));
  if (!id.success) throw notFound('user');
  const form = await readForm(c.req);
  const granted = GRANTABLE.filter((role) => form[role] === '1');
  const base = urls.adminUsers(c.get('locale'));
  try {
    await setGrantedRoles(c.get('deps').db, actor.userId, id.data, granted);
  } catch (error) {
    if (error instanceof AppError && error.code === 'own_admin')
      return c.redirect(`${base}?error=own_admin`, 303);
    throw error;
  }
  return c.redirect(`${base}?done=1`, 303);
});
