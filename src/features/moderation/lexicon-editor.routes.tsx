/**
 * The editor area's synonym lexicon page, /{locale}/editor/lexicon: the names editors added
 * (newest first) and a form to add a name to a concept or start a new concept. The names join
 * the project's data in the site lexicon (features/search/lexicon/site-lexicon.ts).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../../lib/access.ts';
import { formatDate } from '../../lib/text.ts';
import type { AppContext, AppEnv } from '../../web/context.ts';
import { type FieldErrors, fieldErrors, fieldMessage, readForm } from '../../web/forms.tsx';
import type { Messages } from '../../web/i18n/index.ts';
import { render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { viewContext } from '../questions/questions.routes.tsx';
import { addLexiconEntry, listLexiconEntries, siteLexiconGroups } from '../search/lexicon/site-lexicon.ts';

/** Concept ids are kebab-case, like the project's data ("gerd", "high-blood-pressure"). */
export const CONCEPT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const lexiconEntrySchema = z.object({
  conceptId: z
    .string()
    .trim()
    .min(1, 'required')
    .max(80, 'too_long:80')
    .regex(CONCEPT_ID, 'invalid_concept_id'),
  newConcept: z
    .string()
    .optional()
    .transform((value) => value !== undefined && value !== ''),
  text: z
    .string()
    .transform((value) => value.replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, 'required').max(100, 'too_long:100')),
  lang: z.enum(['en', 'zh'], { message: 'required' }),
  kind: z.enum(['lay', 'clinical'], { message: 'required' }),
});

type FormValues = Record<string, string>;

/** A field error as a sentence: the lexicon's own codes, then the shared form codes. */
function errorText(t: Messages, code: string, takenBy?: string): string {
  if (code === 'name_taken') return t.lexiconEditor.errors.nameTaken(takenBy ?? '');
  const own = (t.lexiconEditor.errors as Record<string, unknown>)[code];
  return typeof own === 'string' ? own : fieldMessage(t, code);
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

async function showLexicon(
  c: AppContext,
  values: FormValues = {},
  errors: FieldErrors = {},
  takenBy?: string,
  status: 200 | 422 = 200,
) {
  requireRole(c.get('actor'), 'editor');
  const v = viewContext(c);
  const db = c.get('deps').db;
  const t = v.t.lexiconEditor;
  const entries = await listLexiconEntries(db);
  const conceptIds = (await siteLexiconGroups(db)).map((group) => group.id).sort();
  const error = (name: string) => (errors[name] ? errorText(v.t, errors[name]!, takenBy) : undefined);
  const describedBy = (name: string, hint: boolean) =>
    [hint ? `${name}-hint` : '', errors[name] ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  const lang = values.lang ?? 'en';
  const kind = values.kind ?? 'lay';
  return render(
    c,
    { title: t.heading, path: '/editor/lexicon', noindex: true },
    <section class="editor-lexicon">
      <p>
        <a href={urls.editorArea(v.locale)}>← {v.t.editorArea.heading}</a>
      </p>
      <h1>{t.heading}</h1>
      {c.req.query('added') ? (
        <p class="notice" role="status">
          {t.added}
        </p>
      ) : null}
      <p>{t.intro}</p>
      <h2>{t.addHeading}</h2>
      <form method="post" action={urls.editorLexicon(v.locale)} class="lexicon-form" novalidate>
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
            {conceptIds.map((id) => (
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
          {t.add}
        </button>
      </form>
      <h2>{t.entries}</h2>
      {entries.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <table class="lexicon-entries">
          <thead>
            <tr>
              <th>{t.columns.concept}</th>
              <th>{t.columns.text}</th>
              <th>{t.columns.lang}</th>
              <th>{t.columns.kind}</th>
              <th>{t.columns.by}</th>
              <th>{t.columns.at}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr data-entry-id={String(entry.id)}>
                <td>{entry.conceptId}</td>
                <td>{entry.text}</td>
                <td>{t.langs[entry.lang]}</td>
                <td>{t.kinds[entry.kind]}</td>
                <td>{entry.createdBy ?? ''}</td>
                <td>{formatDate(entry.createdAt, v.timeZone)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>,
    status,
  );
}

export const lexiconEditorRoutes = new Hono<AppEnv>();

lexiconEditorRoutes.get('/editor/lexicon', (c) => showLexicon(c));

lexiconEditorRoutes.post('/editor/lexicon', async (c) => {
  const actor = c.get('actor');
  requireRole(actor, 'editor');
  const form = await readForm(c.req);
  const parsed = lexiconEntrySchema.safeParse(form);
  if (!parsed.success) return showLexicon(c, form, fieldErrors(parsed.error), undefined, 422);
  const result = await addLexiconEntry(c.get('deps').db, actor.userId, parsed.data);
  if (!result.ok) {
    const { problem } = result;
    const takenBy = problem.code === 'name_taken' ? problem.conceptId : undefined;
    return showLexicon(c, form, { [problem.field]: problem.code }, takenBy, 422);
  }
  return c.redirect(`${urls.editorLexicon(c.get('locale'))}?added=1`, 303);
});
