/**
 * Admin area: pending doctor applications (oldest first), one application with its licence
 * document, approve / reject, and the doctors list where verification can be revoked.
 * The document route also serves the applicant their own file; anyone else gets 404.
 */
import { asc, count, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { doctors, hospitals, users } from '../../db/schema.ts';
import { hasRole, requireRole } from '../../lib/access.ts';
import { notFound } from '../../lib/errors.ts';
import { formatDate } from '../../lib/text.ts';
import type { AppContext, AppEnv } from '../../web/context.ts';
import { readForm } from '../../web/forms.tsx';
import { Pager } from '../../web/layout.tsx';
import { render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { doctorApplyMessages } from '../doctors/doctor-apply.messages.ts';
import { findDocument, listPendingApplications } from '../doctors/doctor-apply.repository.ts';
import { rejectSchema } from '../doctors/doctor-apply.schema.ts';
import {
  approveApplication,
  findApplication,
  rejectApplication,
  setDoctorVerified,
} from '../doctors/doctor-apply.service.ts';
import { attachmentDisposition, formatBytes } from '../doctors/licence-file.ts';
import { viewContext } from '../questions/questions.routes.tsx';
import { localName } from '../questions/questions.views.tsx';
import { adminMessages } from './admin.messages.ts';
import { ADMIN_PAGE_SIZE, AdminField, AdminPage, adminPage, adminPageHref } from './admin.views.tsx';

const idParam = z.coerce.number().int().positive().max(2_147_483_647);
const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

export const adminApplicationRoutes = new Hono<AppEnv>();

function adminContext(c: AppContext) {
  const actor = c.get('actor');
  requireRole(actor, 'admin');
  const v = viewContext(c);
  return { actor, v, m: adminMessages(v.locale), db: c.get('deps').db };
}

adminApplicationRoutes.get('/admin', async (c) => {
  const { v, m, db } = adminContext(c);
  const pending = await listPendingApplications(db);
  const notice = { approved: m.application.approved, rejected: m.application.rejected }[
    c.req.query('done') ?? ''
  ];
  return render(
    c,
    { title: m.heading, path: '/admin', noindex: true },
    <AdminPage v={v} m={m} title={m.heading} notice={notice} current={urls.admin(v.locale)}>
      <h2>{m.pendingHeading}</h2>
      {pending.length === 0 ? <p>{m.noPending}</p> : null}
      {pending.length > 0 ? (
        <div class="table-scroll">
          <table class="admin-table">
            <thead>
              <tr>
                <th>{m.col.applicant}</th>
                <th>{m.col.email}</th>
                <th>{m.col.hospital}</th>
                <th>{m.col.licence}</th>
                <th>{m.col.sent}</th>
              </tr>
            </thead>
            <tbody>
              {pending.map((a) => (
                <tr data-application-id={String(a.id)}>
                  <td>
                    <a href={urls.adminApplication(v.locale, a.id)}>{localName(v.locale, a)}</a>
                  </td>
                  <td>{a.email}</td>
                  <td>{localName(v.locale, a.hospital)}</td>
                  <td>{a.licenceNumber}</td>
                  <td>{formatDate(a.createdAt, v.timeZone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </AdminPage>,
  );
});

async function showApplication(c: AppContext, id: number, reason = '', reasonError?: string) {
  const { v, m, db } = adminContext(c);
  const found = await findApplication(db, id);
  if (!found) throw notFound('application');
  const { application: a, document } = found;
  const row = (label: string, value: string) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{value}</td>
    </tr>
  );
  return render(
    c,
    { title: m.application.heading(id), path: `/admin/applications/${id}`, noindex: true },
    <AdminPage v={v} m={m} title={m.application.heading(id)} current={urls.admin(v.locale)}>
      <table class="admin-table details">
        <tbody>
          {row(m.col.status, doctorApplyMessages(v.locale).states[a.status])}
          {row(m.col.applicant, `${a.nameEn} / ${a.nameZh}`)}
          {row(m.col.account, `${found.displayName} <${found.email}>`)}
          {row(m.col.licence, a.licenceNumber)}
          {row(m.col.hospital, localName(v.locale, found.hospital))}
          {row(m.col.departments, found.departments.map((d) => localName(v.locale, d)).join(', '))}
          {row(m.col.sent, formatDate(a.createdAt, v.timeZone))}
          {a.reviewReason ? row(m.application.reason, a.reviewReason) : null}
        </tbody>
      </table>
      <h2>{m.application.document}</h2>
      {document?.fileName ? (
        <p>
          <a href={urls.adminApplicationDocument(v.locale, id)}>
            {m.application.download(document.fileName, formatBytes(document.size ?? 0))}
          </a>{' '}
          <span class="meta hash">
            {document.contentType} · SHA-256 {document.sha256}
          </span>
        </p>
      ) : (
        <p>{m.application.noDocument}</p>
      )}
      {a.status === 'pending' ? (
        <div class="decision">
          <form method="post" action={`${urls.adminApplication(v.locale, id)}/approve`}>
            <p class="hint">{m.application.approveHint}</p>
            <button type="submit" class="primary">
              {m.application.approve}
            </button>
          </form>
          <form method="post" action={`${urls.adminApplication(v.locale, id)}/reject`} novalidate>
            <AdminField
              name="reason"
              type="textarea"
              label={m.application.reason}
              hint={m.application.reasonHint}
              value={reason}
              error={reasonError}
              max={1000}
              required
            />
            <button type="submit">{m.application.reject}</button>
          </form>
        </div>
      ) : (
        <p class="banner">{m.application.decided(doctorApplyMessages(v.locale).states[a.status])}</p>
      )}
    </AdminPage>,
    reasonError ? 422 : 200,
  );
}

adminApplicationRoutes.get('/admin/applications/:id', (c) => {
  const id = idParam.safeParse(c.req.param('id'));
  if (!id.success) throw notFound('application');
  return showApplication(c, id.data);
});

adminApplicationRoutes.post('/admin/applications/:id/approve', async (c) => {
  const { actor } = adminContext(c);
  const id = idParam.safeParse(c.req.param('id'));
  if (!id.success) throw notFound('application');
  await approveApplication(c.get('deps'), actor.userId, id.data);
  return c.redirect(`${urls.admin(c.get('locale'))}?done=approved`, 303);
});

adminApplicationRoutes.post('/admin/applications/:id/reject', async (c) => {
  const { actor, m } = adminContext(c);
  const id = idParam.safeParse(c.req.param('id'));
  if (!id.success) throw notFound('application');
  const form = await readForm(c.req);
  const parsed = rejectSchema.safeParse(form);
  if (!parsed.success) return showApplication(c, id.data, form.reason ?? '', m.errors.reason_required);
  await rejectApplication(c.get('deps'), actor.userId, id.data, parsed.data.reason);
  return c.redirect(`${urls.admin(c.get('locale'))}?done=rejected`, 303);
});

/** The licence document: admins and the applicant only; anyone else (signed in or not) gets 404. */
adminApplicationRoutes.get('/admin/applications/:id/document', async (c) => {
  const actor = c.get('actor');
  const id = idParam.safeParse(c.req.param('id'));
  if (!id.success || !actor) throw notFound('document');
  const found = await findDocument(c.get('deps').db, id.data);
  if (!found || !(hasRole(actor, 'admin') || found.userId === actor.userId)) throw notFound('document');
  const { document } = found;
  return c.body(new Uint8Array(document.content), 200, {
    'content-type': document.contentType,
    'content-disposition': attachmentDisposition(document.fileName),
    'content-length': String(document.size),
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
  });
});

adminApplicationRoutes.get('/admin/doctors', async (c) => {
  const { v, m, db } = adminContext(c);
  const [counted] = await db.select({ n: count() }).from(doctors);
  const total = Number(counted?.n ?? 0);
  const { page, pages, offset } = adminPage(total, pageParam.parse(c.req.query('page')));
  const rows = await db
    .select({
      id: doctors.id,
      slug: doctors.slug,
      nameEn: doctors.nameEn,
      nameZh: doctors.nameZh,
      verified: doctors.verified,
      licenceNumber: doctors.licenceNumber,
      email: users.email,
      hospital: { nameEn: hospitals.nameEn, nameZh: hospitals.nameZh },
    })
    .from(doctors)
    .innerJoin(hospitals, eq(hospitals.id, doctors.hospitalId))
    .leftJoin(users, eq(users.id, doctors.userId))
    .orderBy(asc(doctors.nameEn), asc(doctors.id))
    .limit(ADMIN_PAGE_SIZE)
    .offset(offset);
  const done = c.req.query('done');
  const base = urls.adminDoctors(v.locale);
  return render(
    c,
    {
      title: page > 1 ? `${m.doctors.heading} (${page})` : m.doctors.heading,
      path: '/admin/doctors',
      noindex: true,
    },
    <AdminPage
      v={v}
      m={m}
      title={m.doctors.heading}
      current={base}
      notice={done === 'revoked' ? m.doctors.revoked : done === 'restored' ? m.doctors.restored : undefined}
    >
      <p class="count">{m.doctors.count(total)}</p>
      {rows.length === 0 ? <p>{m.doctors.none}</p> : null}
      {rows.length > 0 ? (
        <div class="table-scroll">
          <table class="admin-table">
            <thead>
              <tr>
                <th>{m.col.name}</th>
                <th>{m.col.hospital}</th>
                <th>{m.col.licence}</th>
                <th>{m.col.account}</th>
                <th>{m.col.verified}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr data-doctor-id={String(d.id)}>
                  <td>
                    <a href={urls.doctor(v.locale, d.slug)}>{localName(v.locale, d)}</a>
                  </td>
                  <td>{localName(v.locale, d.hospital)}</td>
                  <td>{d.licenceNumber ?? ''}</td>
                  <td>{d.email ?? ''}</td>
                  <td>
                    {d.verified ? m.doctors.yes : m.doctors.no}
                    <form method="post" action={`${base}/${d.id}/verification`} class="inline">
                      <input type="hidden" name="verified" value={d.verified ? '0' : '1'} />
                      {page > 1 ? <input type="hidden" name="page" value={String(page)} /> : null}
                      {d.verified ? (
                        <>
                          <label class="visually-hidden" for={`reason-${d.id}`}>
                            {m.doctors.reason}
                          </label>
                          <input
                            id={`reason-${d.id}`}
                            name="reason"
                            type="text"
                            maxlength={500}
                            placeholder={m.doctors.reason}
                          />
                        </>
                      ) : null}
                      <button type="submit">{d.verified ? m.doctors.revoke : m.doctors.restore}</button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Pager t={v.t} page={page} pages={pages} href={(p) => adminPageHref(base, {}, p)} />
    </AdminPage>,
  );
});

adminApplicationRoutes.post('/admin/doctors/:id/verification', async (c) => {
  const { actor } = adminContext(c);
  const id = idParam.safeParse(c.req.param('id'));
  if (!id.success) throw notFound('doctor');
  const form = await readForm(c.req);
  const verified = form.verified === '1';
  await setDoctorVerified(
    c.get('deps').db,
    actor.userId,
    id.data,
    verified,
    (form.reason ?? '').trim().slice(0, 500),
  );
  const page = pageParam.parse(form.page);
  return c.redirect(
    adminPageHref(urls.adminDoctors(c.get('locale')), { done: verified ? 'restored' : 'revoked' }, page),
    303,
  );
});
