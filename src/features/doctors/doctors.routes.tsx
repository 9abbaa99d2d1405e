/** Doctor and hospital profile pages. */
import { Hono } from 'hono';
import { z } from 'zod';
import { notFound } from '../../lib/errors.ts';
import type { AppEnv } from '../../web/context.ts';
import { Pager } from '../../web/layout.tsx';
import { localPath, render } from '../../web/render.tsx';
import { urls } from '../../web/urls.ts';
import { viewContext } from '../questions/questions.routes.tsx';
import { localName, QuestionListItem } from '../questions/questions.views.tsx';
import {
  findDoctorBySlug,
  findHospitalBySlug,
  listHospitalDoctors,
  listPublishedAnsweredBy,
} from './doctors.repository.ts';
import { VerifiedMark } from './verified-mark.tsx';

const PAGE_SIZE = 20;
const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

export const doctorRoutes = new Hono<AppEnv>();

doctorRoutes.get('/doctors/:slug', async (c) => {
  const v = viewContext(c);
  const db = c.get('deps').db;
  const found = await findDoctorBySlug(db, c.req.param('slug'));
  if (!found) throw notFound('doctor');
  const page = pageParam.parse(c.req.query('page'));
  const { items, total } = await listPublishedAnsweredBy(db, { doctorId: found.doctor.id }, page, PAGE_SIZE);
  const { doctor, hospital } = found;
  const name = localName(v.locale, doctor);
  const title = v.locale === 'zh-TW' ? doctor.titleZh : doctor.titleEn;
  const bio = v.locale === 'zh-TW' ? doctor.bioZh : doctor.bioEn;
  const heading = v.locale === 'zh-TW' ? `${name} 醫師` : `Dr. ${name}`;
  return render(
    c,
    { title: heading, path: localPath(c) },
    <section class="profile">
      <h1>
        {heading}
        {doctor.verified ? <VerifiedMark locale={v.locale} /> : null}
      </h1>
      {title ? <p class="doctor-title">{title}</p> : null}
      <p>
        {v.t.doctor.hospital}:{' '}
        <a href={urls.hospital(v.locale, hospital.slug)}>{localName(v.locale, hospital)}</a>
      </p>
      <p>
        {v.t.doctor.departments}:{' '}
        {found.departments.map((d, i) => (
          <>
            {i > 0 ? '、' : null}
            <a href={urls.department(v.locale, d.slug)}>{localName(v.locale, d)}</a>
          </>
        ))}
      </p>
      {bio ? <p class="bio">{bio}</p> : null}
      <h2>
        {v.t.doctor.answers} ({total})
      </h2>
      <ol class="qa-list">
        {items.map((item) => (
          <QuestionListItem v={v} item={item} />
        ))}
      </ol>
      <Pager
        t={v.t}
        page={page}
        pages={Math.ceil(total / PAGE_SIZE)}
        href={(p) => `${urls.doctor(v.locale, doctor.slug)}?page=${p}`}
      />
    </section>,
  );
});

doctorRoutes.get('/hospitals/:slug', async (c) => {
  const v = viewContext(c);
  const db = c.get('deps').db;
  const hospital = await findHospitalBySlug(db, c.req.param('slug'));
  if (!hospital) throw notFound('hospital');
  const doctorList = await listHospitalDoctors(db, hospital.id);
  const { items } = await listPublishedAnsweredBy(db, { hospitalId: hospital.id }, 1, 10);
  const name = localName(v.locale, hospital);
  return render(
    c,
    { title: name, path: localPath(c) },
    <section class="profile">
      <h1>{name}</h1>
      {hospital.city ? <p>{hospital.city}</p> : null}
      <h2>{v.t.hospital.doctors}</h2>
      <ul class="doctor-list">
        {doctorList.map((d) => (
          <li>
            <a href={urls.doctor(v.locale, d.slug)}>{localName(v.locale, d)}</a>{' '}
            <span class="count">({d.answers})</span>
          </li>
        ))}
      </ul>
      <h2>{v.t.hospital.answers}</h2>
      <ol class="qa-list">
        {items.map((item) => (
          <QuestionListItem v={v} item={item} />
        ))}
      </ol>
    </section>,
  );
});
