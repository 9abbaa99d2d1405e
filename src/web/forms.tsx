/** Form helpers: zod issues to per-field messages, and fields that show their error inline. */
import type { Child } from 'hono/jsx';
import type { z } from 'zod';
import type { Messages } from './i18n/index.ts';

export type FieldErrors = Record<string, string>;

/** First issue per field, as the message code the schema used ("required", "too_short:20", …). */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_');
    if (out[field]) continue;
    // Schemas give their own codes as messages; anything else (a missing field) reads "required".
    out[field] = /^[a-z_]+(:\d+)?$/.test(issue.message) ? issue.message : 'required';
  }
  return out;
}

/** Turns a field error code into a sentence in the page's language. */
export function fieldMessage(t: Messages, code: string): string {
  const [name, arg] = code.split(':');
  switch (name) {
    case 'too_short':
      return t.form.tooShort(Number(arg));
    case 'too_long':
      return t.form.tooLong(Number(arg));
    case 'invalid_email':
      return t.form.invalidEmail;
    case 'consent_required':
      return t.form.consentRequired;
    case 'unknown_department':
      return t.form.unknownDepartment;
    default:
      return t.form.required;
  }
}

/** A labelled field with its hint and inline error, wired with aria-describedby. */
export function Field(props: {
  name: string;
  /** Omitted when the control carries its own label (a checkbox). */
  label?: string;
  hint?: string;
  error?: string;
  t: Messages;
  children: Child;
}) {
  const hintId = `${props.name}-hint`;
  return (
    <div class={props.error ? 'field has-error' : 'field'} data-field={props.name}>
      {props.label ? <label for={props.name}>{props.label}</label> : null}
      {props.hint ? (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      {props.children}
      {props.error ? <FieldError name={props.name} code={props.error} t={props.t} /> : null}
    </div>
  );
}

/** The inline message under a field; its id is what the control's aria-describedby points at. */
export function FieldError(props: { name: string; code: string; t: Messages }) {
  return (
    <p class="field-error" id={`${props.name}-error`} role="alert">
      {fieldMessage(props.t, props.code)}
    </p>
  );
}

/** Reads a urlencoded or multipart form into plain strings (last value wins). */
export async function readForm(req: { parseBody: () => Promise<Record<string, unknown>> }) {
  const body = await req.parseBody();
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) if (typeof value === 'string') out[key] = value;
  return out;
}
