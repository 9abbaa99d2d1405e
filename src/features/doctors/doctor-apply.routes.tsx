/**
 * /{locale}/doctor/apply: a signed-in user with a confirmed email applies for verification as a
 * doctor (multipart form with the licence document) and sees the state of their application.
 * The request size limit of this route (LICENCE_MAX_BYTES + 256 KB) is set with the others in
 * features/security/body-limit.tsx; the file itself is checked against LICENCE_MAX_BYTES here.
 */

import { asc } from 'drizzle-orm';
import { Hono } from 'hono';
import { hospitals } from '../../db/schema.ts';
import { AppError } from '../../lib/errors.ts';
import type { AppContext, AppEnv } from '../../web/context.ts';
import { fieldErrors } from '../../web/forms.tsx';
import { render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { listDepartments } from '../departments/departments.repository.ts';
import { viewContext } from '../questions/questions.routes.tsx';
import { doctorApplyMessages } from './doctor-apply.messages.ts';
import { findDoctorOfUser, findLatestApplication } from './doctor-apply.repository.ts';
import { applicationSchema } from './doctor-apply.schema.ts';
import {
  checkLicenceFile,
  emailVerified,
  submitApplication,
  type UploadedFile,
} from './doctor-apply.service.ts';
import { ApplyPage } from './doctor-apply.views.tsx';

export const doctorApplyRoutes = new Hono<AppEnv>();

function requireSignedIn(c: AppContext) {
  const actor = c.get('actor');
  if (!actor) throw new AppError(401, 'unauthorized', 'Please sign in.');
  return actor;
}

async function showApplyPage(
  c: AppContext,
  form: { values?: Record<string, string>; departmentIds?: string[]; errors?: Record<string, string> } = {},
  status: 200 | 422 = 200,
) {
  const actor = requireSignedIn(c);
  const db = c.get('deps').db;
  const v = viewContext(c);
  const latestRow = await findLatestApplication(db, actor.userId);
  const latest = latestRow && { ...latestRow.application, fileName: latestRow.fileName };
  const doctor = await findDoctorOfUser(db, actor.userId);
  // A new application is possible unless one is pending or the user is a verified doctor already.
  const showForm = latest?.status !== 'pending' && !doctor?.verified;
  const hospitalList = await db
    .select({ id: hospitals.id, nameEn: hospitals.nameEn, nameZh: hospitals.nameZh })
    .from(hospitals)
    .orderBy(asc(hospitals.nameEn));
  return render(
    c,
    { title: doctorApplyMessages(v.locale).heading, path: '/doctor/apply', noindex: true },
    <ApplyPage
      v={v}
      hospitals={hospitalList}
      departments={await listDepartments(db)}
      maxBytes={c.get('deps').config.LICENCE_MAX_BYTES}
      emailVerified={await emailVerified(db, actor.userId)}
      latest={latest}
      showForm={showForm}
      verifiedDoctor={!!doctor?.verified}
      submitted={c.req.query('sent') === '1'}
      {...form}
    />,
    status,
  );
}

doctorApplyRoutes.get('/doctor/apply', (c) => showApplyPage(c));

doctorApplyRoutes.post('/doctor/apply', async (c) => {
  const actor = requireSignedIn(c);
  const body = await c.req.parseBody({ all: true });
  const values: Record<string, string> = {};
  for (const key of ['nameEn', 'nameZh', 'licenceNumber', 'hospitalId']) {
    const value = body[key];
    if (typeof value === 'string') values[key] = value;
  }
  const departmentIds = ([] as unknown[])
    .concat(body.departmentIds ?? [])
    .filter((id): id is string => typeof id === 'string');
  const upload = ([] as unknown[]).concat(body.document ?? []).find((f): f is File => f instanceof File);
  const file: UploadedFile | undefined =
    upload && upload.size > 0
      ? { name: upload.name, bytes: new Uint8Array(await upload.arrayBuffer()) }
      : undefined;
  const parsed = applicationSchema.safeParse({ ...values, departmentIds });
  const form = { values, departmentIds };
  const deps = c.get('deps');
  try {
    if (!parsed.success) {
      // Report the file's problem together with the fields' so one round trip shows them all.
      const fileCheck = checkLicenceFile(file, deps.config.LICENCE_MAX_BYTES);
      const errors = fieldErrors(parsed.error);
      if ('error' in fileCheck) errors.document = fileCheck.error!;
      return showApplyPage(c, { ...form, errors }, 422);
    }
    await submitApplication(deps.db, actor.userId, parsed.data, file, {
      maxBytes: deps.config.LICENCE_MAX_BYTES,
      locale: c.get('locale'),
    });
  } catch (error) {
    if (error instanceof AppError && error.status === 422 && error.fields) {
      return showApplyPage(c, { ...form, errors: error.fields }, 422);
    }
    throw error;
  }
  return c.redirect(`${urls.doctorApply(c.get('locale'))}?sent=1`, 303);
});
