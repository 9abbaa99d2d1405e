/**
 * The editor area's synonym lexicon page, /{locale}/editor/lexicon: the names editors added
 * (newest first, each with edit and delete) and a form to add a name to a concept or start a new
 * concept. Names are held to the data files' rules (search/lexicon/lexicon-rules.ts); every
 * change is audited and reaches searches at once (search/lexicon/site-lexicon.ts).
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../../lib/access.ts';
import { notFound } from '../../lib/errors.ts';
import type { AppContext, AppEnv } from '../../web/context.ts';
import { type FieldErrors, fieldErrors, readForm } from '../../web/forms.tsx';
import { render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { viewContext } from '../questions/questions.routes.tsx';
import { LEXICON_GROUPS } from '../search/lexicon/lexicon-data.ts';
import {
  addLexiconEntry,
  deleteLexiconEntry,
  getLexiconEntry,
  type LexiconEntryResult,
  updateLexiconEntry,
} from '../search/lexicon/lexicon-entries.service.ts';
import { MAX_NAME_LENGTH } from '../search/lexicon/lexicon-rules.ts';
import { listLexiconEntries, siteLexiconGroups } from '../search/lexicon/site-lexicon.ts';
import { lexiconEditorMessages } from './lexicon-editor.messages.ts';
import { refreshSimilarAfterLexiconChange } from './lexicon-editor.refresh.ts';
import { DeleteConfirm, EntryForm, EntryTable, type FormValues } from './lexicon-editor.views.tsx';

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
    .pipe(z.string().min(1, 'required').max(MAX_NAME_LENGTH, `too_long:${MAX_NAME_LENGTH}`)),
  lang: z.enum(['en', 'zh'], { message: 'required' }),
  kind: z.enum(['lay', 'clinical'], { message: 'required' }),
});

const entryId = z.coerce.number().int().positive().max(2_147_483_647);

interface FormState {
  values?: FormValues;
  errors?: FieldErrors;
  takenBy?: string;
  status?: 200 | 422;
}

const conceptIds = async (c: AppContext) =>
  (await siteLexiconGroups(c.get('deps').db)).map((group) => group.id).sort();

const DATA_CONCEPTS = new Set(LEXICON_GROUPS.map((group) => group.id));

/** Editors' new concepts still missing a name in English or Chinese (the data files' rule). */
async function incompleteConcepts(c: AppContext): Promise<{ conceptId: string; lang: 'en' | 'zh' }[]> {
  const missing: { conceptId: string; lang: 'en' | 'zh' }[] = [];
  for (const group of await siteLexiconGroups(c.get('deps').db)) {
    if (DATA_CONCEPTS.has(group.id)) continue;
    for (const lang of ['en', 'zh'] as const)
      if (!group.terms.some((term) => term.lang === lang)) missing.push({ conceptId: group.id, lang });
  }
  return missing;
}

async function showLexicon(c: AppContext, state: FormState = {}) {
  requireRole(c.get('actor'), 'editor');
  const v = viewContext(c);
  const m = lexiconEditorMessages[v.locale];
  const t = v.t.lexiconEditor;
  const base = urls.editorLexicon(v.locale);
  const entries = await listLexiconEntries(c.get('deps').db);
  const incomplete = await incompleteConcepts(c);
  const notice = c.req.query('added')
    ? t.added
    : c.req.query('saved')
      ? m.saved
      : c.req.query('deleted')
        ? m.deleted
        : '';
  return render(
    c,
    { title: t.heading, path: '/editor/lexicon', noindex: true },
    <section class="editor-lexicon">
      <p>
        <a href={urls.editorArea(v.locale)}>← {v.t.editorArea.heading}</a>
      </p>
      <h1>{t.heading}</h1>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <p>{t.intro}</p>
      {incomplete.length > 0 ? (
        <div class="notice lexicon-incomplete">
          <p>{m.incomplete}</p>
          <ul>
            {incomplete.map((item) => (
              <li>{m.missing(item.conceptId, item.lang)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <h2>{t.addHeading}</h2>
      <EntryForm
        v={v}
        m={m}
        action={base}
        submit={t.add}
        values={state.values ?? {}}
        errors={state.errors ?? {}}
        takenBy={state.takenBy}
        conceptIds={await conceptIds(c)}
      />
      <h2>{t.entries}</h2>
      <EntryTable v={v} m={m} entries={entries} base={base} />
    </section>,
    state.status ?? 200,
  );
}

/** The entry of the `:id` parameter, or 404 (also for an id that is not a number). */
async function entryOf(c: AppContext) {
  const id = entryId.safeParse(c.req.param('id'));
  const entry = id.success ? await getLexiconEntry(c.get('deps').db, id.data) : undefined;
  if (!entry) throw notFound('lexicon entry');
  return entry;
}

async function showEdit(c: AppContext, state: FormState = {}) {
  requireRole(c.get('actor'), 'editor');
  const entry = await entryOf(c);
  const v = viewContext(c);
  const m = lexiconEditorMessages[v.locale];
  const base = urls.editorLexicon(v.locale);
  const values = state.values ?? {
    conceptId: entry.conceptId,
    text: entry.text,
    lang: entry.lang,
    kind: entry.kind,
  };
  return render(
    c,
    { title: m.editHeading(entry.text), path: `/editor/lexicon/${entry.id}/edit`, noindex: true },
    <section class="editor-lexicon">
      <p>
        <a href={base}>← {m.back}</a>
      </p>
      <h1>{m.editHeading(entry.text)}</h1>
      <p>{m.editIntro}</p>
      <EntryForm
        v={v}
        m={m}
        action={`${base}/${entry.id}`}
        submit={m.save}
        values={values}
        errors={state.errors ?? {}}
        takenBy={state.takenBy}
        conceptIds={await conceptIds(c)}
        cancelHref={base}
      />
    </section>,
    state.status ?? 200,
  );
}

/** The form state that shows a refused entry's problem under its field. */
function refused(form: FormValues, result: Extract<LexiconEntryResult, { ok: false }>): FormState {
  const { problem } = result;
  const takenBy = problem.code === 'name_taken' ? problem.conceptId : undefined;
  return { values: form, errors: { [problem.field]: problem.code }, takenBy, status: 422 };
}

export const lexiconEditorRoutes = new Hono<AppEnv>();

lexiconEditorRoutes.get('/editor/lexicon', (c) => showLexicon(c));

lexiconEditorRoutes.post('/editor/lexicon', async (c) => {
  const actor = c.get('actor');
  requireRole(actor, 'editor');
  const form = await readForm(c.req);
  const parsed = lexiconEntrySchema.safeParse(form);
  if (!parsed.success)
    return showLexicon(c, { values: form, errors: fieldErrors(parsed.error), status: 422 });
  const { db, jobs } = c.get('deps');
  const result = await addLexiconEntry(db, actor.userId, parsed.data);
  if (!result.ok) return showLexicon(c, refused(form, result));
  await refreshSimilarAfterLexiconChange(db, jobs, { conceptIds: [result.entry.conceptId] });
  return c.redirect(`${urls.editorLexicon(c.get('locale'))}?added=1`, 303);
});

lexiconEditorRoutes.get('/editor/lexicon/:id/edit', (c) => showEdit(c));

lexiconEditorRoutes.post('/editor/lexicon/:id', async (c) => {
  const actor = c.get('actor');
  requireRole(actor, 'editor');
  const entry = await entryOf(c);
  const form = await readForm(c.req);
  const parsed = lexiconEntrySchema.safeParse(form);
  if (!parsed.success) return showEdit(c, { values: form, errors: fieldErrors(parsed.error), status: 422 });
  const { db, jobs } = c.get('deps');
  const result = await updateLexiconEntry(db, actor.userId, entry.id, parsed.data);
  if (!result) throw notFound('lexicon entry');
  if (!result.ok) return showEdit(c, refused(form, result));
  await refreshSimilarAfterLexiconChange(db, jobs, {
    conceptIds: [entry.conceptId, result.entry.conceptId],
    oldTexts: [entry.text],
  });
  return c.redirect(`${urls.editorLexicon(c.get('locale'))}?saved=1`, 303);
});

lexiconEditorRoutes.get('/editor/lexicon/:id/delete', async (c) => {
  requireRole(c.get('actor'), 'editor');
  const entry = await entryOf(c);
  const v = viewContext(c);
  const m = lexiconEditorMessages[v.locale];
  return render(
    c,
    { title: m.deleteHeading(entry.text), path: `/editor/lexicon/${entry.id}/delete`, noindex: true },
    <DeleteConfirm v={v} m={m} entry={{ ...entry, createdBy: null }} base={urls.editorLexicon(v.locale)} />,
  );
});

lexiconEditorRoutes.post('/editor/lexicon/:id/delete', async (c) => {
  const actor = c.get('actor');
  requireRole(actor, 'editor');
  const entry = await entryOf(c);
  const { db, jobs } = c.get('deps');
  if (!(await deleteLexiconEntry(db, actor.userId, entry.id))) throw notFound('lexicon entry');
  await refreshSimilarAfterLexiconChange(db, jobs, { conceptIds: [entry.conceptId], oldTexts: [entry.text] });
  return c.redirect(`${urls.editorLexicon(c.get('locale'))}?deleted=1`, 303);
});
