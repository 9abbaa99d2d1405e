/** Views of the lexicon editor: the entry form (add and edit), the list of entries, the delete confirmation. */
import { formatDate } from '../../lib/text.ts';
import type { FieldErrors } from '../../web/forms.tsx';
import { fieldMessage } from '../../web/forms.tsx';
import type { Messages } from '../../web/i18n/index.ts';
import type { ViewContext } from '../questions/questions.views.tsx';
import type { LexiconEditorMessages } from './lexicon-editor.messages.ts';

export type FormValues = Record<string, string>;

/** A field error as a sentence: the lexicon's own codes, the name rules, then the shared form codes. */
export function errorText(t: Messages, m: LexiconEditorMessages, code: string, takenBy?: string): string {
  if (code === 'name_taken') return t.lexiconEditor.errors.nameTaken(takenBy ?? '');
  const [name, arg] = code.split(/:(.*)/s) as [string, string | undefined];
  if (name === 'simplified') return m.errors.simplified(arg ?? '');
  if (name === 'stemmed_abbreviation') return m.errors.stemmedAbbreviation(arg ?? '');
  const own = (t.lexiconEditor.errors as Record<string, unknown>)[code];
  if (typeof own === 'string') return own;
  const rule = (m.errors as Record<string, unknown>)[code];
  return typeof rule === 'string' ? rule : fieldMessage(t, code);
}

function LexField(props: { name: string; label: string; hint?: string; error?: string; children: unknown }) {
  return (
    <div class={props.error ? 'field has-error' : 'field'} data-field={props.name}>
      <label for={props.name}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={`${props.name}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.children}
      {props.error ? (
        <p class="field-error" id={`${props.name}-error`} role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

export interface EntryFormProps {
  v: ViewContext;
  m: LexiconEditorMessages;
  action: string;
  submit: string;
  values: FormValues;
  errors: FieldErrors;
  takenBy?: string;
  conceptIds: readonly string[];
  cancelHref?: string;
}

/** The add/edit form; entered values are kept and errors shown inline under their field. */
export function EntryForm(props: EntryFormProps) {
  const { v, m, values, errors } = props;
  const t = v.t.lexiconEditor;
  const error = (name: string) =>
    errors[name] ? errorText(v.t, m, errors[name]!, props.takenBy) : undefined;
  const describedBy = (name: string, hint: boolean) =>
    [hint ? `${name}-hint` : '', errors[name] ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  const lang = values.lang ?? 'en';
  const kind = values.kind ?? 'lay';
  return (
    <form method="post" action={props.action} class="lexicon-form" novalidate>
      <LexField name="conceptId" label={t.conceptId} hint={t.conceptHint} error={error('conceptId')}>
        <input
          id="conceptId"
          name="conceptId"
          type="text"
          list="concept-ids"
          value={values.conceptId ?? ''}
          maxlength={80}
          aria-describedby={describedBy('conceptId', true)}
          aria-invalid={errors.conceptId ? 'true' : undefined}
        />
        <datalist id="concept-ids">
          {props.conceptIds.map((id) => (
            <option value={id} />
          ))}
        </datalist>
      </LexField>
      <div class="field" data-field="newConcept">
        <label>
          <input type="checkbox" name="newConcept" value="1" checked={!!values.newConcept} /> {t.newConcept}
        </label>
      </div>
      <LexField name="text" label={t.text} hint={t.textHint} error={error('text')}>
        <input
          id="text"
          name="text"
          type="text"
          value={values.text ?? ''}
          maxlength={100}
          aria-describedby={describedBy('text', true)}
          aria-invalid={errors.text ? 'true' : undefined}
        />
      </LexField>
      <LexField name="lang" label={t.lang} error={error('lang')}>
        <select id="lang" name="lang" aria-describedby={describedBy('lang', false)}>
          {(['en', 'zh'] as const).map((value) => (
            <option value={value} selected={lang === value}>
              {t.langs[value]}
            </option>
          ))}
        </select>
      </LexField>
      <LexField name="kind" label={t.kind} error={error('kind')}>
        <select id="kind" name="kind" aria-describedby={describedBy('kind', false)}>
          {(['lay', 'clinical'] as const).map((value) => (
            <option value={value} selected={kind === value}>
              {t.kinds[value]}
            </option>
          ))}
        </select>
      </LexField>
      <button type="submit" class="primary">
        {props.submit}
      </button>{' '}
      {props.cancelHref ? (
        <a class="button" href={props.cancelHref}>
          {m.cancel}
        </a>
      ) : null}
    </form>
  );
}

export interface EntryRow {
  id: number;
  conceptId: string;
  text: string;
  lang: 'en' | 'zh';
  kind: 'lay' | 'clinical';
  createdBy: string | null;
  createdAt: Date;
}

/** The editors' names, newest first, each with its edit and delete links. */
export function EntryTable(props: {
  v: ViewContext;
  m: LexiconEditorMessages;
  entries: readonly EntryRow[];
  base: string;
}) {
  const { v, m } = props;
  const t = v.t.lexiconEditor;
  if (props.entries.length === 0) return <p>{t.none}</p>;
  return (
    <>
      <p class="hint">{m.dataFiles}</p>
      <table class="lexicon-entries">
        <thead>
          <tr>
            <th>{t.columns.concept}</th>
            <th>{t.columns.text}</th>
            <th>{t.columns.lang}</th>
            <th>{t.columns.kind}</th>
            <th>{t.columns.by}</th>
            <th>{t.columns.at}</th>
            <th>{m.actions}</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((entry) => (
            <tr data-entry-id={String(entry.id)}>
              <td>{entry.conceptId}</td>
              <td>{entry.text}</td>
              <td>{t.langs[entry.lang]}</td>
              <td>{t.kinds[entry.kind]}</td>
              <td>{entry.createdBy ?? ''}</td>
              <td>{formatDate(entry.createdAt, v.timeZone)}</td>
              <td>
                <a href={`${props.base}/${entry.id}/edit`} aria-label={`${m.edit}: ${entry.text}`}>
                  {m.edit}
                </a>{' '}
                · {/* A link to the confirmation page: deleting needs a second, deliberate POST. */}
                <a href={`${props.base}/${entry.id}/delete`} aria-label={`${m.delete}: ${entry.text}`}>
                  {m.delete}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Delete confirmation: what goes, and a POST button. */
export function DeleteConfirm(props: {
  v: ViewContext;
  m: LexiconEditorMessages;
  entry: EntryRow;
  base: string;
}) {
  const { m, entry } = props;
  return (
    <section class="editor-lexicon">
      <p>
        <a href={props.base}>← {m.back}</a>
      </p>
      <h1>{m.deleteHeading(entry.text)}</h1>
      <p>{m.deleteIntro(entry.conceptId)}</p>
      <form method="post" action={`${props.base}/${entry.id}/delete`}>
        <button type="submit" class="primary">
          {m.deleteConfirm}
        </button>{' '}
        <a class="button" href={props.base}>
          {m.cancel}
        </a>
      </form>
    </section>
  );
}
