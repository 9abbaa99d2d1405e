/** Pieces every admin page shares: the section navigation and a labelled field with its error. */
import type { Child } from 'hono/jsx';
import { urls } from '../../web/urls.ts';
import type { ViewContext } from '../questions/questions.views.tsx';
import type { AdminMessages } from './admin.messages.ts';

/** Rows per page of the admin lists (doctors, users, audit log). */
export const ADMIN_PAGE_SIZE = 50;

/** The page to show of `total` rows: the asked one, or the last when it asks past the end. */
export function adminPage(total: number, asked: number) {
  const pages = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const page = Math.min(Math.max(1, asked), pages);
  return { page, pages, offset: (page - 1) * ADMIN_PAGE_SIZE };
}

/** Builds the link to page `page` of an admin list, keeping its other query parameters. */
export function adminPageHref(base: string, params: Record<string, string | undefined>, page: number) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}

export function AdminNav(props: { v: ViewContext; m: AdminMessages; current?: string }) {
  const { v, m } = props;
  const links: [string, string][] = [
    [urls.admin(v.locale), m.nav.applications],
    [urls.adminDoctors(v.locale), m.nav.doctors],
    [urls.adminHospitals(v.locale), m.nav.hospitals],
    [urls.adminDepartments(v.locale), m.nav.departments],
    [urls.adminSettings(v.locale), m.nav.settings],
    [urls.adminAudit(v.locale), m.nav.audit],
    [urls.adminUsers(v.locale), m.nav.users],
  ];
  return (
    <nav class="admin-nav" aria-label={m.heading}>
      {links.map(([href, label]) => (
        <a href={href} aria-current={href === props.current ? 'page' : undefined}>
          {label}
        </a>
      ))}
    </nav>
  );
}

/** Page frame of the admin area: heading, section links, an optional status notice. */
export function AdminPage(props: {
  v: ViewContext;
  m: AdminMessages;
  title: string;
  notice?: string;
  /** Address of this page's section in the admin navigation, marked as the current one. */
  current?: string;
  children: Child;
}) {
  return (
    <section class="admin">
      <AdminNav v={props.v} m={props.m} current={props.current} />
      <h1>{props.title}</h1>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      {props.children}
    </section>
  );
}

/** A text input (or textarea) with label, hint and inline error, wired with aria-describedby. */
export function AdminField(props: {
  name: string;
  label: string;
  value?: string;
  error?: string;
  hint?: string;
  type?: 'text' | 'number' | 'date' | 'textarea';
  max?: number;
  required?: boolean;
}) {
  const { name, error, hint } = props;
  const describedBy =
    [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id: name,
    name,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
    required: props.required,
  };
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={name}>{props.label}</label>
      {hint ? (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      {props.type === 'textarea' ? (
        <textarea {...common} rows={4} maxlength={props.max}>
          {props.value ?? ''}
        </textarea>
      ) : (
        <input {...common} type={props.type ?? 'text'} value={props.value ?? ''} maxlength={props.max} />
      )}
      {error ? (
        <p class="field-error" id={`${name}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The text of an error code: the admin catalog's own, else the code itself. */
export function adminError(m: AdminMessages, code: string | undefined): string | undefined {
  if (!code) return undefined;
  const own = m.errors[code];
  return typeof own === 'string' ? own : code;
}
