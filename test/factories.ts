/** Builders for test data on a real database: departments, hospitals, doctors, users, questions. */
import { randomBytes } from 'node:crypto';
import type { Db } from '../src/db/database.ts';
import {
  answers,
  doctorDepartments,
  doctors,
  hospitals,
  type QuestionStatus,
  questions,
  type Role,
} from '../src/db/schema.ts';
import { createUser } from '../src/features/accounts/accounts.service.ts';
import {
  ensureCatalogDepartments,
  findDepartmentByName,
} from '../src/features/departments/departments.repository.ts';
import { hashToken } from '../src/lib/tokens.ts';

const unique = () => randomBytes(4).toString('hex');
/**
 * Eight random letters for default question titles. Hex can spell what the personal-data
 * detector flags ("fb0196ec" reads as a Facebook ID), and a finding in a random title would make
 * auto-publishing (review off) hold a reply at random; without f, i, l, t and w no handle keyword
 * (FB, IG, LINE, Threads, WeChat, …) can appear.
 */
const TITLE_LETTERS = 'abcdeghjkmnpqrsuvxyz';
const uniqueWord = () => [...randomBytes(8)].map((b) => TITLE_LETTERS[b % TITLE_LETTERS.length]).join('');

export async function departmentId(db: Db, slug: string): Promise<number> {
  await ensureCatalogDepartments(db);
  const department = await findDepartmentByName(db, slug);
  if (!department) throw new Error(`no department ${slug}`);
  return department.id;
}

export async function buildHospital(db: Db, name = `Test Hospital ${unique()}`) {
  const [row] = await db
    .insert(hospitals)
    .values({ slug: `h-${unique()}`, nameEn: name, nameZh: `${name}（中文）` })
    .returning();
  return row!;
}

export async function buildDoctor(
  db: Db,
  options: { departments: string[]; name?: string; hospitalId?: number },
) {
  const hospitalId = options.hospitalId ?? (await buildHospital(db)).id;
  const name = options.name ?? `Doctor ${unique()}`;
  const [doctor] = await db
    .insert(doctors)
    .values({ slug: `d-${unique()}`, nameEn: name, nameZh: name, hospitalId })
    .returning();
  for (const slug of options.departments) {
    await db
      .insert(doctorDepartments)
      .values({ doctorId: doctor!.id, departmentId: await departmentId(db, slug) });
  }
  return doctor!;
}

export const TEST_PASSWORD = 'correct horse battery';

export async function buildUser(db: Db, options: { roles: Role[]; doctorId?: number; email?: string }) {
  return createUser(db, {
    email: options.email ?? `user-${unique()}@example.test`,
    password: TEST_PASSWORD,
    displayName: 'Test User',
    roles: options.roles,
    doctorId: options.doctorId,
  });
}

/** A question in any status; `answeredBy` adds an answer from that doctor. */
export async function buildQuestion(
  db: Db,
  options: {
    department?: string;
    status?: QuestionStatus;
    lang?: 'en' | 'zh-TW';
    title?: string;
    body?: string;
    token?: string;
    answeredBy?: number;
    publishedAt?: Date;
  } = {},
) {
  const title = options.title ?? `Question ${uniqueWord()}`;
  const [row] = await db
    .insert(questions)
    .values({
      departmentId: await departmentId(db, options.department ?? 'neurology'),
      lang: options.lang ?? 'en',
      title,
      pageTitle: title,
      body: options.body ?? 'For two weeks my eyelid has been twitching several times a day. Should I worry?',
      pseudonym: 'Chen',
      ageRange: '20-29',
      gender: 'female',
      status: options.status ?? 'published',
      statusTokenHash: options.token ? hashToken(options.token) : null,
      publishedAt:
        options.status === undefined || options.status === 'published'
          ? (options.publishedAt ?? new Date())
          : null,
      askedAt: new Date('2024-03-01T12:00:00Z'),
    })
    .returning();
  if (options.answeredBy !== undefined) {
    await db.insert(answers).values({
      questionId: row!.id,
      doctorId: options.answeredBy,
      body: 'Hello, eyelid twitching is common with tiredness and caffeine. Please visit a clinic if it lasts.',
      answeredAt: new Date('2024-03-02T12:00:00Z'),
    });
  }
  return row!;
}
