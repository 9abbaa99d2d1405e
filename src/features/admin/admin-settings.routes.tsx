/**
 * Admin pages for the run-time settings (settings.service: validated and audited) and for
 * granting and revoking the editor and admin roles of existing users (audited).
 */
import { asc, count, ilike } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { users } from '../../db/schema.ts';
import { requireRole } from '../../lib/access.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import type { AppContext, AppEnv } from '../../web/context.ts';
import { readForm } from '../../web/forms.tsx';
import { Pager } from '../../web/layout.tsx';
import { render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { viewContext } from '../questions/questions.routes.tsx';
import { getSettings, SETTING_SCHEMAS, setSetting } from '../settings/settings.service.ts';
import { adminMessages } from './admin.messages.ts';
import { ADMIN_PAGE_SIZE, AdminField, AdminPage, adminPage, adminPageHref } from './admin.views.tsx';
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
      current={urls.adminSettings(v.locale)}
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

const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

adminSettingsRoutes.get('/admin/users', async (c) => {
  const actor = c.get('actor');
  requireRole(actor, 'admin');
  const v = viewContext(c);
  const m = adminMessages(v.locale);
  const db = c.get('deps').db;
  const q = (c.req.query('q') ?? '').trim().slice(0, 100);
  const error = c.req.query('error');
  const like = `%${q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  const where = q ? ilike(users.email, like) : undefined;
  const [counted] = await db.select({ n: count() }).from(users).where(where);
  const total = Number(counted?.n ?? 0);
  const { page, pages, offset } = adminPage(total, pageParam.parse(c.req.query('page')));
  const rows = await db
    .select({ id: users.id, email: users.email, displayName: users.displayName, roles: users.roles })
    .from(users)
    .where(where)
    .orderBy(asc(users.email), asc(users.id))
    .limit(ADMIN_PAGE_SIZE)
    .offset(offset);
  const base = urls.adminUsers(v.locale);
  return render(
    c,
    {
      title: page > 1 ? `${m.users.heading} (${page})` : m.users.heading,
      path: '/admin/users',
      noindex: true,
    },
    <AdminPage
      v={v}
      m={m}
      title={m.users.heading}
      current={base}
      notice={c.req.query('done') ? m.users.saved : undefined}
    >
      {error === 'own_admin' ? (
        <p class="form-error" role="alert">
          {m.errors.own_admin}
        </p>
      ) : null}
      <form method="get" action={base} class="admin-search">
        <label for="q">{m.users.search}</label>
        <input id="q" name="q" type="search" value={q} maxlength={100} />
        <button type="submit">{m.users.searchButton}</button>
      </form>
      {rows.length === 0 ? <p>{m.users.none}</p> : <p class="count">{m.users.count(total)}</p>}
      {rows.length > 0 ? (
        <div class="table-scroll">
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
                    <form method="post" action={`${base}/${u.id}/roles`} class="inline roles-form">
                      {q ? <input type="hidden" name="q" value={q} /> : null}
                      {page > 1 ? <input type="hidden" name="page" value={String(page)} /> : null}
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
        </div>
      ) : null}
      <Pager t={v.t} page={page} pages={pages} href={(p) => adminPageHref(base, { q }, p)} />
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
  // Back to the list the admin came from: same search, same page.
  const back = { q: (form.q ?? '').trim().slice(0, 100), page: pageParam.parse(form.page) };
  try {
    await setGrantedRoles(c.get('deps').db, actor.userId, id.data, granted);
  } catch (error) {
    if (error instanceof AppError && error.code === 'own_admin')
      return c.redirect(adminPageHref(base, { error: 'own_admin', q: back.q }, back.page), 303);
    throw error;
  }
  return c.redirect(adminPageHref(base, { done: '1', q: back.q }, back.page), 303);
});
