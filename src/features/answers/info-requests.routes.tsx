/** The asker's answer to a doctor's information request, posted from the private status page. */
import { Hono } from 'hono';
import { hashToken } from '../../lib/tokens.ts';
import type { AppEnv } from '../../web/context.ts';
import { fieldErrors, readForm } from '../../web/forms.tsx';
import { localPath, render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { viewContext } from '../questions/questions.routes.tsx';
import { loadQuestionPage, questionIdForToken } from '../questions/questions.service.ts';
import { infoReplySchema } from './info-requests.schema.ts';
import { answerInformationRequest, listInfoRequests } from './info-requests.service.ts';
import { AskerInfoRequests } from './info-requests.views.tsx';

export const infoReplyRoutes = new Hono<AppEnv>();

infoReplyRoutes.post('/status/:token/more-info', async (c) => {
  const token = c.req.param('token');
  const deps = c.get('deps');
  const form = await readForm(c.req);
  const parsed = infoReplySchema.safeParse(form);
  c.header('referrer-policy', 'no-referrer');
  if (parsed.success) {
    await answerInformationRequest(deps, c.get('actor'), token, parsed.data.response);
    return c.redirect(`${urls.status(c.get('locale'), token)}?replied=1`, 303);
  }
  // Re-show the request with the error under the field and the typed text kept.
  const id = await questionIdForToken(deps.db, token);
  const page = await loadQuestionPage(deps.db, c.get('actor'), id, { tokenHash: hashToken(token) });
  const v = viewContext(c);
  return render(
    c,
    { title: v.t.ask.statusHeading, path: localPath(c), noindex: true },
    <section class="status-page">
      <p class={`status status-${page.question.status}`}>
        {v.t.ask.statusHeading}: <strong>{v.t.status[page.question.status]}</strong>
      </p>
      <h1 dir="auto">{page.question.title}</h1>
      <AskerInfoRequests
        v={v}
        token={token}
        status={page.question.status}
        requests={await listInfoRequests(deps.db, id)}
        response={form.response}
        error={fieldErrors(parsed.error).response}
      />
      <p>
        <a href={urls.status(v.locale, token)}>{v.t.ask.statusHeading}</a>
      </p>
    </section>,
    422,
  );
});
