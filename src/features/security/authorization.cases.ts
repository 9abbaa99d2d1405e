/**
 * What every route of the app answers to every role: one entry per route (method and path with
 * `:locale` for both site languages). The suite (authorization.test.ts) fails on a route of
 * `createApp` that has no entry here, so a new route needs one line (or a few cases) below.
 *
 * Outcomes: '200' exactly; 'ok' = reached the handler (any answer but 404, 403, 5xx or the
 * sign-in redirect: a form error counts); '404' hidden; 'signin' redirected to sign in;
 * 'any' = whatever, as long as nothing private shows and nothing fails (5xx).
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { buildDoctor, buildHospital, buildUser, departmentId } from '../../../test/factories.ts';
import { answers, doctorApplications, lexiconEntries, reports, revisions } from '../../db/schema.ts';
import { ROLE_NAMES, type RoleName, type World } from './authorization.world.ts';

export type Outcome = '200' | 'ok' | '404' | 'signin' | 'any';
export type Expectation = Record<RoleName, Outcome>;

export interface Req {
  path: string;
  method?: 'GET' | 'POST';
  form?: Record<string, string>;
  json?: unknown;
  /** Overrides the role's session cookie (sign-out must not end the shared session). */
  cookie?: string;
  /** A question the request may change: for a denied role it must be unchanged afterwards. */
  target?: number;
  /** Markers this request may show to anyone holding it (a status link shows its question). */
  reveals?: string[];
}

export interface Case {
  name?: string;
  request: (w: World, role: RoleName) => Req | Promise<Req>;
  expect: Expectation;
}

const each = (outcome: Outcome): Expectation =>
  Object.fromEntries(ROLE_NAMES.map((role) => [role, outcome])) as Expectation;
/** Anonymous → sign in; the listed roles → `outcome`; everyone else → 404. */
const area = (allowed: RoleName[], outcome: Outcome): Expectation => ({
  ...each('404'),
  ...Object.fromEntries(allowed.map((role) => [role, outcome])),
  anonymous: 'signin',
});
/** The listed roles → `outcome`, everyone else (anonymous included) → 404. */
const only = (allowed: RoleName[], outcome: Outcome): Expectation => ({
  ...each('404'),
  ...Object.fromEntries(allowed.map((role) => [role, outcome])),
});
const signedIn = (outcome: Outcome): Expectation => ({ ...each(outcome), anonymous: 'signin' });

const EDITORS: RoleName[] = ['editor', 'admin'];
const DOCTORS: RoleName[] = ['doctor', 'otherDoctor', 'unverifiedDoctor', 'admin'];
const get = (path: string): Req => ({ path });
const post = (path: string, form: Record<string, string> = {}, extra: Partial<Req> = {}): Req => ({
  path,
  method: 'POST',
  form,
  ...extra,
});

async function freshApplication(w: World) {
  const user = await buildUser(w.db, { roles: [] });
  const [row] = await w.db
    .insert(doctorApplications)
    .values({
      userId: user.id,
      nameEn: 'Applicant',
      nameZh: '申請人',
      licenceNumber: `L-${randomBytes(3).toString('hex')}`,
      hospitalId: w.doctors.neuro.hospitalId,
      departmentIds: [await departmentId(w.db, 'neurology')],
    })
    .returning();
  return row!.id;
}
async function freshLexiconEntry(w: World) {
  const [row] = await w.db
    .insert(lexiconEntries)
    .values({
      conceptId: 'headache',
      text: `zqterm${randomBytes(3).toString('hex')}`,
      lang: 'en',
      kind: 'lay',
    })
    .returning();
  return row!.id;
}
async function answerOf(w: World, questionId: number) {
  const [row] = await w.db.select().from(answers).where(eq(answers.questionId, questionId));
  return row!.id;
}

/** Questions page: who sees each world question (its asker, the department's doctors, editors). */
const questionPage: Case[] = (
  [
    ['published', each('200')],
    ['submitted', only(['asker', 'editor', 'admin'], '200')],
    ['approved', only(['otherAsker', 'doctor', 'editor', 'admin'], '200')],
    ['needsInfo', only(['asker', 'doctor', 'editor', 'admin'], '200')],
    ['answered', only(['asker', 'doctor', 'editor', 'admin'], '200')],
    ['rejected', only(['asker', 'editor', 'admin'], '200')],
    ['removed', only(['asker', 'editor', 'admin'], '200')],
    ['withdrawn', only(['asker', 'editor', 'admin'], '200')],
    ['dermApproved', only(['otherAsker', 'otherDoctor', 'editor', 'admin'], '200')],
  ] as const
).map(([name, expect]) => ({ name, request: (w) => get(`/en/questions/${w.qs[name].id}`), expect }));

export const ROUTE_CASES: Record<string, Case | Case[]> = {
  'GET /static/:file': { request: () => get('/static/site.css'), expect: each('200') },
  'GET /favicon.ico': { request: () => get('/favicon.ico'), expect: each('any') },
  'GET /healthz': { request: () => get('/healthz'), expect: each('200') },
  'GET /': { request: () => get('/'), expect: each('any') },
  'GET /robots.txt': { request: () => get('/robots.txt'), expect: each('200') },
  'GET /sitemap.xml': { request: () => get('/sitemap.xml'), expect: each('200') },
  'GET /sitemaps/:file': { request: () => get('/sitemaps/questions-1.xml'), expect: each('200') },

  // The JSON API knows published Q&As only.
  'GET /api/v1/questions': { request: () => get('/api/v1/questions'), expect: each('200') },
  'GET /api/v1/questions/:id': [
    { name: 'published', request: (w) => get(`/api/v1/questions/${w.qs.published.id}`), expect: each('200') },
    { name: 'answered', request: (w) => get(`/api/v1/questions/${w.qs.answered.id}`), expect: each('404') },
  ],
  'GET /api/v1/questions/:id/similar': [
    {
      name: 'published',
      request: (w) => get(`/api/v1/questions/${w.qs.published.id}/similar`),
      expect: each('200'),
    },
    {
      name: 'approved',
      request: (w) => get(`/api/v1/questions/${w.qs.approved.id}/similar`),
      expect: each('404'),
    },
  ],
  'POST /api/v1/similar': {
    request: () => ({
      path: '/api/v1/similar',
      method: 'POST',
      json: { text: 'eyelid twitching for weeks' },
    }),
    expect: each('200'),
  },
  'GET /api/v1/search': { request: () => get('/api/v1/search?q=eyelid'), expect: each('200') },

  // Public pages.
  'GET /:locale': { request: () => get('/en'), expect: each('200') },
  'GET /:locale/questions/:id': questionPage,
  'GET /:locale/departments': { request: () => get('/en/departments'), expect: each('200') },
  'GET /:locale/departments/:slug': { request: () => get('/en/departments/neurology'), expect: each('200') },
  'GET /:locale/doctors/:slug': {
    request: (w) => get(`/en/doctors/${w.doctors.neuro.slug}`),
    expect: each('200'),
  },
  'GET /:locale/hospitals/:slug': {
    request: () => get('/en/hospitals/no-such-hospital'),
    expect: each('404'),
  },
  'GET /:locale/search': { request: () => get('/en/search?q=eyelid+twitching'), expect: each('200') },
  'GET /:locale/ask': { request: () => get('/en/ask'), expect: each('200') },
  'POST /:locale/ask': { request: () => post('/en/ask', { title: 'x' }), expect: each('ok') },

  // The status link is the asker's key: whoever holds it may act; a wrong one finds nothing.
  'GET /:locale/status/:token': [
    {
      name: 'own link',
      request: (w) => ({ ...get(`/en/status/${w.qs.submitted.token}`), reveals: [w.qs.submitted.marker] }),
      expect: each('200'),
    },
    { name: 'wrong link', request: () => get('/en/status/not-a-real-token-000000'), expect: each('404') },
  ],
  'GET /:locale/status/:token/withdraw': [
    {
      request: (w) => ({
        ...get(`/en/status/${w.qs.submitted.token}/withdraw`),
        reveals: [w.qs.submitted.marker],
      }),
      expect: each('200'),
    },
    {
      name: 'wrong link',
      request: () => get('/en/status/not-a-real-token-000000/withdraw'),
      expect: each('404'),
    },
  ],
  'GET /:locale/status/:token/remove': [
    {
      request: (w) => ({
        ...get(`/en/status/${w.qs.published.token}/remove`),
        reveals: [w.qs.published.marker],
      }),
      expect: each('200'),
    },
    {
      name: 'wrong link',
      request: () => get('/en/status/not-a-real-token-000000/remove'),
      expect: each('404'),
    },
  ],
  'POST /:locale/status/:token/withdraw': [
    {
      request: async (w) => post(`/en/status/${(await w.freshQuestion('submitted')).token}/withdraw`),
      expect: each('ok'),
    },
    {
      name: 'wrong link',
      request: () => post('/en/status/not-a-real-token-000000/withdraw'),
      expect: each('404'),
    },
  ],
  'POST /:locale/status/:token/remove': [
    {
      request: async (w) =>
        post(`/en/status/${(await w.freshQuestion('published')).token}/remove`, { reason: 'x' }),
      expect: each('ok'),
    },
    {
      name: 'wrong link',
      request: () => post('/en/status/not-a-real-token-000000/remove'),
      expect: each('404'),
    },
  ],
  'POST /:locale/status/:token/more-info': [
    {
      request: async (w) =>
        post(`/en/status/${(await w.freshQuestion('needs_info')).token}/more-info`, { response: 'x' }),
      expect: each('ok'),
    },
    {
      name: 'wrong link',
      request: () => post('/en/status/not-a-real-token-000000/more-info', { response: 'x' }),
      expect: each('404'),
    },
  ],

  // Reports: on what the reader can see.
  'GET /:locale/questions/:id/report': [
    {
      name: 'published',
      request: (w) => get(`/en/questions/${w.qs.published.id}/report`),
      expect: each('200'),
    },
    {
      name: 'approved',
      request: (w) => get(`/en/questions/${w.qs.approved.id}/report`),
      expect: { ...only([], '404'), otherAsker: 'any', doctor: 'any', editor: 'any', admin: 'any' },
    },
  ],
  'POST /:locale/questions/:id/report': [
    {
      name: 'published',
      request: (w) => post(`/en/questions/${w.qs.published.id}/report`, {}),
      expect: each('ok'),
    },
    {
      name: 'approved',
      request: (w) => post(`/en/questions/${w.qs.approved.id}/report`, {}),
      expect: { ...only([], '404'), otherAsker: 'any', doctor: 'any', editor: 'any', admin: 'any' },
    },
  ],

  // Accounts: public forms; one-time links with a wrong token lead nowhere.
  'GET /:locale/signin': { request: () => get('/en/signin'), expect: { ...each('any'), anonymous: '200' } },
  'POST /:locale/signin': {
    request: () => post('/en/signin', { email: 'x@example.test', password: 'wrong' }),
    expect: each('any'),
  },
  'POST /:locale/signout': {
    request: async (w, role) =>
      post('/en/signout', {}, { cookie: role === 'anonymous' ? undefined : await w.newSession(role) }),
    expect: each('ok'),
  },
  'POST /:locale/signout-everywhere': {
    request: async (w, role) =>
      post(
        '/en/signout-everywhere',
        {},
        { cookie: role === 'anonymous' ? undefined : await w.throwawaySession() },
      ),
    expect: signedIn('ok'),
  },
  'GET /:locale/signup': { request: () => get('/en/signup'), expect: each('any') },
  'POST /:locale/signup': { request: () => post('/en/signup', {}), expect: each('any') },
  'GET /:locale/verify/:token': { request: () => get('/en/verify/not-a-real-token'), expect: each('any') },
  'POST /:locale/verify/:token': { request: () => post('/en/verify/not-a-real-token'), expect: each('any') },
  'GET /:locale/signin/link': { request: () => get('/en/signin/link'), expect: each('any') },
  'POST /:locale/signin/link': {
    request: () => post('/en/signin/link', { email: 'x@example.test' }),
    expect: each('any'),
  },
  'GET /:locale/signin/link/:token': {
    request: () => get('/en/signin/link/not-a-real-token'),
    expect: each('any'),
  },
  'POST /:locale/signin/link/:token': {
    request: () => post('/en/signin/link/not-a-real-token'),
    expect: each('any'),
  },
  'GET /:locale/password/forgot': { request: () => get('/en/password/forgot'), expect: each('any') },
  'POST /:locale/password/forgot': {
    request: () => post('/en/password/forgot', { email: 'x@example.test' }),
    expect: each('any'),
  },
  'GET /:locale/password/reset/:token': {
    request: () => get('/en/password/reset/not-a-real-token'),
    expect: each('any'),
  },
  'POST /:locale/password/reset/:token': {
    request: () => post('/en/password/reset/not-a-real-token', { password: 'a new long password' }),
    expect: each('any'),
  },
  'GET /:locale/account': { request: () => get('/en/account'), expect: signedIn('200') },
  'POST /:locale/account/attach': {
    request: () => post('/en/account/attach', { link: 'nothing' }),
    expect: signedIn('ok'),
  },
  'POST /:locale/account/verify-email': {
    request: () => post('/en/account/verify-email'),
    expect: signedIn('ok'),
  },

  // Doctor applications and the doctor area.
  'GET /:locale/doctor/apply': { request: () => get('/en/doctor/apply'), expect: signedIn('200') },
  'POST /:locale/doctor/apply': { request: () => post('/en/doctor/apply', {}), expect: signedIn('ok') },
  'GET /:locale/doctor': { request: () => get('/en/doctor'), expect: area(DOCTORS, '200') },
  'POST /:locale/doctor/digest': {
    request: () => post('/en/doctor/digest', { subscribe: 'no' }),
    expect: area(['doctor', 'otherDoctor', 'unverifiedDoctor'], 'ok'),
  },
  'GET /:locale/doctor/questions/:id': [
    {
      name: 'approved',
      request: (w) => get(`/en/doctor/questions/${w.qs.approved.id}`),
      expect: area(['doctor'], '200'),
    },
    {
      name: 'submitted',
      request: (w) => get(`/en/doctor/questions/${w.qs.submitted.id}`),
      expect: area([], '404'),
    },
  ],
  ...Object.fromEntries(
    ['claim', 'reply', 'request-info'].map((action) => [
      `POST /:locale/doctor/questions/:id/${action}`,
      {
        request: async (w: World) => {
          const q = await w.freshQuestion('approved');
          return post(`/en/doctor/questions/${q.id}/${action}`, {}, { target: q.id });
        },
        expect: area(['doctor'], 'ok'),
      } satisfies Case,
    ]),
  ),

  // The editor area.
  'GET /:locale/editor': { request: () => get('/en/editor'), expect: area(EDITORS, '200') },
  'GET /:locale/editor/questions/:id': {
    request: (w) => get(`/en/editor/questions/${w.qs.submitted.id}`),
    expect: area(EDITORS, '200'),
  },
  'GET /:locale/editor/questions/:id/history': {
    request: (w) => get(`/en/editor/questions/${w.qs.answered.id}/history`),
    expect: area(EDITORS, '200'),
  },
  ...Object.fromEntries(
    (
      [
        ['approve', 'submitted'],
        ['publish', 'answered'],
        ['reject', 'submitted'],
        ['remove', 'published'],
        ['title', 'answered'],
        ['edit', 'submitted'],
        ['more-info', 'answered'],
        ['redact', 'submitted'],
        ['redact-all', 'submitted'],
      ] as const
    ).map(([action, status]) => [
      `POST /:locale/editor/questions/:id/${action}`,
      {
        request: async (w: World) => {
          const q = await w.freshQuestion(status);
          return post(`/en/editor/questions/${q.id}/${action}`, {}, { target: q.id });
        },
        expect: area(EDITORS, 'ok'),
      } satisfies Case,
    ]),
  ),
  'POST /:locale/editor/questions/:id/answers/:answerId/edit': {
    request: async (w) => {
      const q = await w.freshQuestion('answered');
      return post(
        `/en/editor/questions/${q.id}/answers/${await answerOf(w, q.id)}/edit`,
        {},
        { target: q.id },
      );
    },
    expect: area(EDITORS, 'ok'),
  },
  'POST /:locale/editor/reports/:id/close': {
    request: async (w) => {
      const [report] = await w.db
        .insert(reports)
        .values({ questionId: w.qs.published.id, reason: 'other' })
        .returning();
      return post(`/en/editor/reports/${report!.id}/close`, { resolution: 'dismissed' });
    },
    expect: area(EDITORS, 'ok'),
  },
  'POST /:locale/editor/revisions/:id/revert': {
    request: async (w) => {
      const q = await w.freshQuestion('submitted');
      const [revision] = await w.db
        .insert(revisions)
        .values({
          entityType: 'question',
          entityId: q.id,
          field: 'title',
          before: 'Old title',
          after: 'Fresh',
          actorUserId: w.users.editor.id,
        })
        .returning();
      return post(`/en/editor/revisions/${revision!.id}/revert`, {}, { target: q.id });
    },
    expect: area(EDITORS, 'ok'),
  },
  'GET /:locale/editor/lexicon': { request: () => get('/en/editor/lexicon'), expect: area(EDITORS, '200') },
  'POST /:locale/editor/lexicon': {
    request: () => post('/en/editor/lexicon', {}),
    expect: area(EDITORS, 'ok'),
  },
  'GET /:locale/editor/lexicon/:id/edit': {
    request: async (w) => get(`/en/editor/lexicon/${await freshLexiconEntry(w)}/edit`),
    expect: area(EDITORS, '200'),
  },
  'POST /:locale/editor/lexicon/:id': {
    request: async (w) => post(`/en/editor/lexicon/${await freshLexiconEntry(w)}`, {}),
    expect: area(EDITORS, 'ok'),
  },
  'GET /:locale/editor/lexicon/:id/delete': {
    request: async (w) => get(`/en/editor/lexicon/${await freshLexiconEntry(w)}/delete`),
    expect: area(EDITORS, '200'),
  },
  'POST /:locale/editor/lexicon/:id/delete': {
    request: async (w) => post(`/en/editor/lexicon/${await freshLexiconEntry(w)}/delete`),
    expect: area(EDITORS, 'ok'),
  },

  // The admin area: admins only.
  'GET /:locale/admin': { request: () => get('/en/admin'), expect: area(['admin'], '200') },
  'GET /:locale/admin/applications/:id': {
    request: (w) => get(`/en/admin/applications/${w.application.id}`),
    expect: area(['admin'], '200'),
  },
  'GET /:locale/admin/applications/:id/document': {
    // The applicant may fetch their own file; for anyone else it does not exist.
    request: (w) => get(`/en/admin/applications/${w.application.id}/document`),
    expect: only(['admin', 'unverifiedDoctor'], '200'),
  },
  'POST /:locale/admin/applications/:id/approve': {
    request: async (w) => post(`/en/admin/applications/${await freshApplication(w)}/approve`),
    expect: area(['admin'], 'ok'),
  },
  'POST /:locale/admin/applications/:id/reject': {
    request: async (w) =>
      post(`/en/admin/applications/${await freshApplication(w)}/reject`, { reason: 'Not legible' }),
    expect: area(['admin'], 'ok'),
  },
  'GET /:locale/admin/doctors': { request: () => get('/en/admin/doctors'), expect: area(['admin'], '200') },
  'POST /:locale/admin/doctors/:id/verification': {
    request: async (w) =>
      post(
        `/en/admin/doctors/${(await buildDoctor(w.db, { departments: ['neurology'] })).id}/verification`,
        {},
      ),
    expect: area(['admin'], 'ok'),
  },
  'GET /:locale/admin/hospitals': {
    request: () => get('/en/admin/hospitals'),
    expect: area(['admin'], '200'),
  },
  'GET /:locale/admin/hospitals/:id': {
    request: (w) => get(`/en/admin/hospitals/${w.doctors.neuro.hospitalId}`),
    expect: area(['admin'], '200'),
  },
  'POST /:locale/admin/hospitals': {
    request: () => post('/en/admin/hospitals', {}),
    expect: area(['admin'], 'ok'),
  },
  'POST /:locale/admin/hospitals/:id': {
    request: async (w) => post(`/en/admin/hospitals/${(await buildHospital(w.db)).id}`, {}),
    expect: area(['admin'], 'ok'),
  },
  'POST /:locale/admin/hospitals/:id/delete': {
    request: async (w) => post(`/en/admin/hospitals/${(await buildHospital(w.db)).id}/delete`),
    expect: area(['admin'], 'ok'),
  },
  'GET /:locale/admin/departments': {
    request: () => get('/en/admin/departments'),
    expect: area(['admin'], '200'),
  },
  'GET /:locale/admin/departments/:id': {
    request: async (w) => get(`/en/admin/departments/${await departmentId(w.db, 'neurology')}`),
    expect: area(['admin'], '200'),
  },
  'POST /:locale/admin/departments': {
    request: () => post('/en/admin/departments', {}),
    expect: area(['admin'], 'ok'),
  },
  'POST /:locale/admin/departments/:id': {
    request: async (w) => post(`/en/admin/departments/${await departmentId(w.db, 'dermatology')}`, {}),
    expect: area(['admin'], 'ok'),
  },
  'POST /:locale/admin/departments/:id/delete': {
    request: async (w) => post(`/en/admin/departments/${await departmentId(w.db, 'dermatology')}/delete`),
    expect: area(['admin'], 'ok'),
  },
  'GET /:locale/admin/settings': { request: () => get('/en/admin/settings'), expect: area(['admin'], '200') },
  'POST /:locale/admin/settings': {
    request: () => post('/en/admin/settings', {}),
    expect: area(['admin'], 'ok'),
  },
  'GET /:locale/admin/users': { request: () => get('/en/admin/users'), expect: area(['admin'], '200') },
  'POST /:locale/admin/users/:id/roles': {
    request: async (w) => post(`/en/admin/users/${(await buildUser(w.db, { roles: [] })).id}/roles`, {}),
    expect: area(['admin'], 'ok'),
  },
  'GET /:locale/admin/audit': { request: () => get('/en/admin/audit'), expect: area(['admin'], '200') },
};
