/**
 * Admin pages for hospitals and departments: a list with an "add" form, an edit form per entry
 * and deletion of entries nothing refers to (otherwise the form says what still uses it).
 */
import { asc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { departments, hospitals } from '../../db/schema.ts';
import { requireRole } from '../../lib/access.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import type { AppContext, AppEnv } from '../../web/context.ts';
import { fieldErrors, fieldMessage, readForm } from '../../web/forms.tsx';
import { render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { viewContext } from '../questions/questions.routes.tsx';
import { localName } from '../questions/questions.views.tsx';
import { type AdminMessages, adminMessages } from './admin.messages.ts';
import { AdminField, AdminPage } from './admin.views.tsx';
import {
  type CatalogKind,
  catalogUses,
  deleteCatalogEntry,
  departmentSchema,
  hospitalSchema,
  saveCatalogEntry,
} from './admin-catalog.service.ts';

const idParam = z.coerce.number().int().positive().max(2_147_483_647);
const KINDS = { hospitals: 'hospital', departments: 'department' } as const;
type Values = Record<string, string>;

export const adminCatalogRoutes = new Hono<AppEnv>();

function base(c: AppContext, kind: CatalogKind) {
  return kind === 'hospital' ? urls.adminHospitals(c.get('locale')) : urls.adminDepartments(c.get('locale'));
}

/** The message of a field error code: admin codes first, then the shared form codes. */
function errorText(c: AppContext, m: AdminMessages, code: string | undefined) {
  if (!code) return undefined;
  const own = m.errors[code];
  return typeof own === 'string' ? own : fieldMessage(c.get('t'), code);
}

function EntryForm(props: {
  c: AppContext;
  kind: CatalogKind;
  action: string;
  values: Values;
  errors: Values;
}) {
  const { c, kind, values, errors } = props;
  const m = adminMessages(c.get('locale'));
  const f = (name: string, label: string, extra: Partial<Parameters<typeof AdminField>[0]> = {}) => (
    <AdminField
      name={name}
      label={label}
      value={values[name]}
      error={errorText(c, m, errors[name])}
      {...extra}
    />
  );
  return (
    <form method="post" action={props.action} class="catalog-form" novalidate>
      {f('nameEn', m.catalog.nameEn, { max: 150, required: true })}
      {f('nameZh', m.catalog.nameZh, { max: 80, required: true })}
      {f('slug', m.catalog.slug, { hint: m.catalog.slugHint, max: 60, required: true })}
      {kind === 'hospital' ? f('city', m.catalog.city, { max: 80 }) : null}
      {kind === 'department' ? (
        <>
          {f('descriptionEn', m.catalog.descriptionEn, { type: 'textarea', max: 2000 })}
          {f('descriptionZh', m.catalog.descriptionZh, { type: 'textarea', max: 2000 })}
          {f('sortOrder', m.catalog.sortOrder, { type: 'number', required: true })}
        </>
      ) : null}
      <button type="submit" class="primary">
        {m.catalog.save}
      </button>
    </form>
  );
}

async function showList(c: AppContext, kind: CatalogKind, values: Values = {}, errors: Values = {}) {
  requireRole(c.get('actor'), 'admin');
  const v = viewContext(c);
  const m = adminMessages(v.locale);
  const db = c.get('deps').db;
  const rows =
    kind === 'hospital'
      ? await db.select().from(hospitals).orderBy(asc(hospitals.nameEn))
      : await db.select().from(departments).orderBy(asc(departments.sortOrder), asc(departments.id));
  const title = kind === 'hospital' ? m.catalog.hospitals : m.catalog.departments;
  return render(
    c,
    { title, path: kind === 'hospital' ? '/admin/hospitals' : '/admin/departments', noindex: true },
    <AdminPage
      v={v}
      m={m}
      title={title}
      current={base(c, kind)}
      notice={
        c.req.query('done') ? m.catalog[c.req.query('done') === 'deleted' ? 'deleted' : 'saved'] : undefined
      }
    >
      <div class="table-scroll">
        <table class="admin-table">
          <thead>
            <tr>
              <th>{m.col.name}</th>
              <th>{m.col.slug}</th>
              <th>{kind === 'hospital' ? m.col.city : m.col.order}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr>
                <td>
                  <a href={`${base(c, kind)}/${row.id}`}>{`${row.nameEn} / ${row.nameZh}`}</a>
                </td>
                <td>{row.slug}</td>
                <td>{'city' in row ? (row.city ?? '') : String((row as { sortOrder: number }).sortOrder)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{m.catalog.add}</h2>
      <EntryForm
        c={c}
        kind={kind}
        action={base(c, kind)}
        values={{ sortOrder: '1000', ...values }}
        errors={errors}
      />
    </AdminPage>,
    Object.keys(errors).length ? 422 : 200,
  );
}

async function showEntry(
  c: AppContext,
  kind: CatalogKind,
  id: number,
  values?: Values,
  errors: Values = {},
  formError?: string,
) {
  requireRole(c.get('actor'), 'admin');
  const v = viewContext(c);
  const m = adminMessages(v.locale);
  const table = kind === 'hospital' ? hospitals : departments;
  const [row] = await c.get('deps').db.select().from(table).where(eq(table.id, id));
  if (!row) throw notFound(kind);
  const current: Values = Object.fromEntries(
    Object.entries(row).map(([key, value]) => [key, value == null ? '' : String(value)]),
  );
  const action = `${base(c, kind)}/${id}`;
  return render(
    c,
    { title: localName(v.locale, row), path: `/admin/${kind}s/${id}`, noindex: true },
    <AdminPage
      v={v}
      m={m}
      title={`${m.catalog.edit}: ${localName(v.locale, row)}`}
      current={base(c, kind)}
      notice={c.req.query('done') ? m.catalog.saved : undefined}
    >
      <p>
        <a href={base(c, kind)}>← {kind === 'hospital' ? m.catalog.hospitals : m.catalog.departments}</a>
      </p>
      <EntryForm c={c} kind={kind} action={action} values={values ?? current} errors={errors} />
      <form method="post" action={`${action}/delete`} class="delete-form">
        {formError ? (
          <p class="form-error" role="alert" id="delete-error">
            {formError}
          </p>
        ) : null}
        <button type="submit" aria-describedby={formError ? 'delete-error' : undefined}>
          {m.catalog.deleteIt}
        </button>
      </form>
    </AdminPage>,
    Object.keys(errors).length || formError ? 422 : 200,
  );
}

for (const [path, kind] of Object.entries(KINDS) as [keyof typeof KINDS, CatalogKind][]) {
  const schema = kind === 'hospital' ? hospitalSchema : departmentSchema;

  adminCatalogRoutes.get(`/admin/${path}`, (c) => showList(c, kind));

  adminCatalogRoutes.get(`/admin/${path}/:id`, (c) => {
    const id = idParam.safeParse(c.req.param('id'));
    if (!id.success) throw notFound(kind);
    return showEntry(c, kind, id.data);
  });

  const save = async (c: AppContext, id?: number) => {
    const actor = c.get('actor');
    requireRole(actor, 'admin');
    const form = await readForm(c.req);
    const parsed = schema.safeParse(form);
    const again = (errors: Values) =>
      id === undefined ? showList(c, kind, form, errors) : showEntry(c, kind, id, form, errors);
    if (!parsed.success) return again(fieldErrors(parsed.error));
    try {
      const savedId = await saveCatalogEntry(c.get('deps').db, actor.userId, kind, id, parsed.data);
      return c.redirect(`${base(c, kind)}/${savedId}?done=saved`, 303);
    } catch (error) {
      if (error instanceof AppError && error.fields) return again(error.fields);
      throw error;
    }
  };
  adminCatalogRoutes.post(`/admin/${path}`, (c) => save(c));
  adminCatalogRoutes.post(`/admin/${path}/:id`, (c) => {
    const id = idParam.safeParse(c.req.param('id'));
    if (!id.success) throw notFound(kind);
    return save(c, id.data);
  });

  adminCatalogRoutes.post(`/admin/${path}/:id/delete`, async (c) => {
    const actor = c.get('actor');
    requireRole(actor, 'admin');
    const id = idParam.safeParse(c.req.param('id'));
    if (!id.success) throw notFound(kind);
    const m = adminMessages(c.get('locale'));
    try {
      await deleteCatalogEntry(c.get('deps').db, actor.userId, kind, id.data);
    } catch (error) {
      if (!(error instanceof AppError) || error.status !== 409) throw error;
      if (error.code === 'catalog_delete')
        return showEntry(c, kind, id.data, undefined, {}, m.errors.catalog_delete);
      const uses = await catalogUses(c.get('deps').db, kind, id.data);
      const message =
        kind === 'hospital'
          ? m.errors.hospitalInUse(uses.doctors ?? 0, uses.applications ?? 0)
          : m.errors.departmentInUse(
              (Object.entries(uses) as [keyof AdminMessages['uses'], number][])
                .filter(([, n]) => n > 0)
                .map(([key, n]) => m.uses[key](n))
                .join(c.get('locale') === 'zh-TW' ? '、' : ', '),
            );
      return showEntry(c, kind, id.data, undefined, {}, message);
    }
    return c.redirect(`${base(c, kind)}?done=deleted`, 303);
  });
}
