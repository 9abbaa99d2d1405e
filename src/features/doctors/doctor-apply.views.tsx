/** The doctor application page: the applicant's current state and the application form. */
import type { ApplicationStatus } from '../../db/schema.ts';
import { formatDate } from '../../lib/text.ts';
import { fieldMessage } from '../../web/forms.tsx';
import { urls } from '../../web/urls.ts';
import type { ViewContext } from '../questions/questions.views.tsx';
import { localName } from '../questions/questions.views.tsx';
import { type DoctorApplyMessages, doctorApplyMessages } from './doctor-apply.messages.ts';
import { formatBytes } from './licence-file.ts';

interface Named {
  id: number;
  nameEn: string;
  nameZh: string;
}

export interface ApplyPageProps {
  v: ViewContext;
  hospitals: Named[];
  departments: Named[];
  maxBytes: number;
  emailVerified: boolean;
  latest?: {
    id: number;
    status: ApplicationStatus;
    reviewReason: string | null;
    createdAt: Date;
    fileName: string | null;
  };
  showForm: boolean;
  /** The account's doctor profile is verified (approved here, or created by an admin). */
  verifiedDoctor?: boolean;
  submitted?: boolean;
  values?: Record<string, string>;
  departmentIds?: string[];
  errors?: Record<string, string>;
}

/** A field error as a sentence: this feature's codes first, then the shared form codes. */
export function applyErrorText(m: DoctorApplyMessages, v: ViewContext, code: string, maxBytes: number) {
  if (code === 'file_too_large') return m.errors.file_too_large(formatBytes(maxBytes));
  const own = m.errors[code];
  return typeof own === 'string' ? own : fieldMessage(v.t, code);
}

function ApplicationState(props: {
  v: ViewContext;
  m: DoctorApplyMessages;
  latest: ApplyPageProps['latest'];
}) {
  const { v, m, latest } = props;
  if (!latest) return null;
  return (
    <section class={`application-state state-${latest.status}`} aria-labelledby="state-heading">
      <h2 id="state-heading">{m.stateHeading}</h2>
      <p>
        <strong class="application-status">{m.states[latest.status]}</strong> ·{' '}
        {m.submittedOn(formatDate(latest.createdAt, v.timeZone))}
      </p>
      {latest.status === 'rejected' && latest.reviewReason ? (
        <p class="review-reason">
          {m.reason}: {latest.reviewReason}
        </p>
      ) : null}
      {latest.fileName ? (
        <p>
          {m.yourDocument}: <a href={urls.adminApplicationDocument(v.locale, latest.id)}>{latest.fileName}</a>
        </p>
      ) : null}
      {latest.status === 'approved' ? (
        <p>
          <a href={urls.doctorArea(v.locale)}>{m.toDoctorArea}</a>
        </p>
      ) : null}
      {latest.status === 'rejected' ? <p>{m.applyAgain}</p> : null}
    </section>
  );
}

export function ApplyPage(props: ApplyPageProps) {
  const { v, values = {}, errors = {} } = props;
  const m = doctorApplyMessages(v.locale);
  const chosen = new Set(props.departmentIds ?? []);
  const error = (name: string) =>
    errors[name] ? applyErrorText(m, v, errors[name]!, props.maxBytes) : undefined;
  const describedBy = (name: string, hint: boolean) =>
    [hint ? `${name}-hint` : '', errors[name] ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  const ErrorLine = (p: { name: string }) =>
    errors[p.name] ? (
      <p class="field-error" id={`${p.name}-error`}>
        {error(p.name)}
      </p>
    ) : null;
  const text = (name: string, label: string, max: number, hint?: string) => (
    <div class={errors[name] ? 'field has-error' : 'field'}>
      <label for={name}>{label}</label>
      {hint ? (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        id={name}
        name={name}
        type="text"
        value={values[name] ?? ''}
        maxlength={max}
        required
        aria-invalid={errors[name] ? 'true' : undefined}
        aria-describedby={describedBy(name, !!hint)}
      />
      <ErrorLine name={name} />
    </div>
  );
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <section class="doctor-apply">
      <h1>{m.heading}</h1>
      {props.submitted ? (
        <p class="notice" role="status">
          {m.submitted}
        </p>
      ) : null}
      <p>{m.intro}</p>
      <ApplicationState v={v} m={m} latest={props.latest} />
      {props.verifiedDoctor && props.latest?.status !== 'approved' ? (
        <p class="notice">
          {m.states.approved} · <a href={urls.doctorArea(v.locale)}>{m.toDoctorArea}</a>
        </p>
      ) : null}
      {errors._ && !(props.showForm && props.emailVerified) ? (
        <p class="form-error" role="alert">
          {error('_')}
        </p>
      ) : null}
      {!props.emailVerified ? <p class="banner">{m.verifyEmailFirst}</p> : null}
      {props.showForm && props.emailVerified ? (
        <form method="post" action={urls.doctorApply(v.locale)} enctype="multipart/form-data" novalidate>
          {hasErrors ? (
            <div class="form-error" role="alert">
              <p>{errors._ ? error('_') : m.fixErrors}</p>
              <p>{m.chooseFileAgain}</p>
            </div>
          ) : null}
          {text('nameEn', m.nameEn, 100)}
          {text('nameZh', m.nameZh, 50)}
          {text('licenceNumber', m.licenceNumber, 40, m.licenceHint)}
          <div class={errors.hospitalId ? 'field has-error' : 'field'}>
            <label for="hospitalId">{m.hospital}</label>
            {props.hospitals.length === 0 ? <p class="hint">{m.noHospitals}</p> : null}
            <select
              id="hospitalId"
              name="hospitalId"
              required
              aria-invalid={errors.hospitalId ? 'true' : undefined}
              aria-describedby={describedBy('hospitalId', false)}
            >
              <option value="">{m.chooseHospital}</option>
              {props.hospitals.map((h) => (
                <option value={String(h.id)} selected={values.hospitalId === String(h.id)}>
                  {localName(v.locale, h)}
                </option>
              ))}
            </select>
            <ErrorLine name="hospitalId" />
          </div>
          <fieldset
            class={errors.departmentIds ? 'field has-error' : 'field'}
            aria-describedby={describedBy('departmentIds', true)}
          >
            <legend>{m.departments}</legend>
            <p class="hint" id="departmentIds-hint">
              {m.departmentsHint}
            </p>
            <div class="checkbox-grid">
              {props.departments.map((d) => (
                <label>
                  <input
                    type="checkbox"
                    name="departmentIds"
                    value={String(d.id)}
                    checked={chosen.has(String(d.id))}
                  />{' '}
                  {localName(v.locale, d)}
                </label>
              ))}
            </div>
            <ErrorLine name="departmentIds" />
          </fieldset>
          <div class={errors.document ? 'field has-error' : 'field'}>
            <label for="document">{m.document}</label>
            <p class="hint" id="document-hint">
              {m.documentHint(formatBytes(props.maxBytes))}
              {hasErrors ? ` ${m.chooseFileAgain}` : ''}
            </p>
            <input
              id="document"
              name="document"
              type="file"
              accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
              required
              aria-invalid={errors.document ? 'true' : undefined}
              aria-describedby={describedBy('document', true)}
            />
            <ErrorLine name="document" />
          </div>
          <button type="submit" class="primary">
            {m.submit}
          </button>
        </form>
      ) : null}
    </section>
  );
}
