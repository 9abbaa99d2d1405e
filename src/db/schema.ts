/**
 * The database schema: one definition for embedded PGlite and PostgreSQL.
 * After changing it run `npm run db:generate` and commit the new migration.
 */
import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  real,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const hospitals = pgTable('hospitals', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  nameEn: text('name_en').notNull(),
  nameZh: text('name_zh').notNull(),
  city: text('city'),
  createdAt: createdAt(),
});

export const departments = pgTable('departments', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  nameEn: text('name_en').notNull(),
  nameZh: text('name_zh').notNull(),
  descriptionEn: text('description_en'),
  descriptionZh: text('description_zh'),
  sortOrder: integer('sort_order').notNull().default(1000),
  createdAt: createdAt(),
});

/** Roles a person may hold; several at once. Askers need no account. */
export const ROLES = ['asker', 'doctor', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  /** Stored lower-cased. */
  email: text('email').notNull().unique(),
  passwordHash: text('password_hash'),
  displayName: text('display_name').notNull(),
  roles: text('roles').array().$type<Role[]>().notNull().default(sql`'{}'::text[]`),
  /** Set when the owner proved the address (sign-up link, sign-in link or reset). */
  emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
  createdAt: createdAt(),
});

/** What a one-time emailed link is for. */
export const TOKEN_PURPOSES = ['verify-email', 'sign-in', 'reset-password'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/** One-time links sent by email (features/accounts); only the SHA-256 of the token is stored. */
export const authTokens = pgTable(
  'auth_tokens',
  {
    id: text('id').primaryKey(),
    purpose: text('purpose').$type<TokenPurpose>().notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('auth_tokens_user_idx').on(t.userId, t.purpose)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token; the token itself is never stored. */
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const doctors = pgTable(
  'doctors',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    nameEn: text('name_en').notNull(),
    nameZh: text('name_zh').notNull(),
    titleEn: text('title_en'),
    titleZh: text('title_zh'),
    bioEn: text('bio_en'),
    bioZh: text('bio_zh'),
    hospitalId: integer('hospital_id')
      .notNull()
      .references(() => hospitals.id),
    userId: integer('user_id')
      .unique()
      .references(() => users.id, { onDelete: 'set null' }),
    verified: boolean('verified').notNull().default(true),
    licenceNumber: text('licence_number'),
    /** Whether the doctor gets the daily email of their departments' queue. */
    dailyDigest: boolean('daily_digest').notNull().default(false),
    /** Language of the daily digest: the interface language the doctor subscribed in. */
    digestLang: text('digest_lang').$type<'en' | 'zh-TW'>().notNull().default('zh-TW'),
    createdAt: createdAt(),
  },
  (t) => [index('doctors_hospital_idx').on(t.hospitalId)],
);

export const doctorDepartments = pgTable(
  'doctor_departments',
  {
    doctorId: integer('doctor_id')
      .notNull()
      .references(() => doctors.id, { onDelete: 'cascade' }),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id),
  },
  (t) => [
    primaryKey({ columns: [t.doctorId, t.departmentId] }),
    index('doctor_departments_dept_idx').on(t.departmentId),
  ],
);

export const askers = pgTable('askers', {
  id: serial('id').primaryKey(),
  /** Where the answer notice goes; optional. Never shown publicly. */
  email: text('email'),
  userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
  createdAt: createdAt(),
});

export const QUESTION_STATUSES = [
  'submitted',
  'approved',
  /** A doctor asked the asker for more information; the asker's reply returns it to 'approved'. */
  'needs_info',
  'answered',
  'published',
  'rejected',
  'removed',
  /** The asker withdrew it before it was answered. */
  'withdrawn',
] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
export const LANGS = ['en', 'zh-TW'] as const;
export type Lang = (typeof LANGS)[number];
export const AGE_RANGES = [
  '0-9',
  '10-19',
  '20-29',
  '30-39',
  '40-49',
  '50-59',
  '60-69',
  '70-79',
  '80-89',
  '90+',
] as const;
export type AgeRange = (typeof AGE_RANGES)[number];
export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];
export const ASKING_FOR = ['self', 'other'] as const;
export type AskingFor = (typeof ASKING_FOR)[number];

export const questions = pgTable(
  'questions',
  {
    id: serial('id').primaryKey(),
    externalId: text('external_id').unique(),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id),
    askerId: integer('asker_id').references(() => askers.id, { onDelete: 'set null' }),
    lang: text('lang').$type<Lang>().notNull(),
    /** The asker's own short title. */
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** The readable page title, set by editors (defaults to the asker's title). */
    pageTitle: text('page_title').notNull(),
    pseudonym: text('pseudonym').notNull(),
    ageRange: text('age_range').$type<AgeRange>().notNull(),
    gender: text('gender').$type<Gender>().notNull(),
    askingFor: text('asking_for').$type<AskingFor>().notNull().default('self'),
    consentToPublish: boolean('consent_to_publish').notNull().default(true),
    status: text('status').$type<QuestionStatus>().notNull().default('submitted'),
    statusReason: text('status_reason'),
    /** SHA-256 of the asker's private status-link token. */
    statusTokenHash: text('status_token_hash').unique(),
    claimedByDoctorId: integer('claimed_by_doctor_id').references(() => doctors.id, { onDelete: 'set null' }),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    /** Educational "More Info" article in Markdown (sanitized when rendered). */
    moreInfo: text('more_info'),
    /** True when More Info was written by a machine; it is then shown only after review. */
    moreInfoMachine: boolean('more_info_machine').notNull().default(false),
    moreInfoReviewedAt: timestamp('more_info_reviewed_at', { withTimezone: true }),
    viewCount: integer('view_count').notNull().default(0),
    askedAt: timestamp('asked_at', { withTimezone: true }).notNull().defaultNow(),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    /** When the question, waiting longer than the deployment's target, was escalated to editors. */
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('questions_dept_lang_status_published_idx').on(t.departmentId, t.lang, t.status, t.publishedAt),
    index('questions_status_asked_idx').on(t.status, t.askedAt),
    index('questions_lang_status_published_idx').on(t.lang, t.status, t.publishedAt),
    index('questions_claimed_by_idx').on(t.claimedByDoctorId),
  ],
);

export const answers = pgTable(
  'answers',
  {
    id: serial('id').primaryKey(),
    questionId: integer('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    doctorId: integer('doctor_id')
      .notNull()
      .references(() => doctors.id),
    body: text('body').notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('answers_question_doctor_idx').on(t.questionId, t.doctorId),
    index('answers_doctor_idx').on(t.doctorId, t.answeredAt),
  ],
);

export const faqs = pgTable(
  'faqs',
  {
    id: serial('id').primaryKey(),
    departmentId: integer('department_id')
      .notNull()
      .references(() => departments.id),
    lang: text('lang').$type<Lang>().notNull(),
    question: text('question').notNull(),
    answer: text('answer').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('faqs_dept_idx').on(t.departmentId, t.lang)],
);

/** Emails waiting to be sent by the worker; a crash or SMTP outage delays mail, never loses it. */
export const outbox = pgTable(
  'outbox',
  {
    id: serial('id').primaryKey(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /**
     * When a deliverer claimed the message (features/email): set atomically before sending, cleared
     * after. A claim older than the lease belongs to a crashed worker and may be taken over.
     */
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: createdAt(),
  },
  (t) => [index('outbox_unsent_idx').on(t.sentAt)],
);

/** PostgreSQL's tsvector; the search indexer writes it as a literal, so no parser or locale is involved. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The search index (features/search): one row per PUBLISHED Q&A, written only by the indexer.
 * `tsv` holds the app's tokens (title weight A, question and answers weight B); the filter
 * columns are copies so a search never joins questions. view_count is refreshed on reindex.
 */
export const searchDocuments = pgTable(
  'search_documents',
  {
    questionId: integer('question_id')
      .primaryKey()
      .references(() => questions.id, { onDelete: 'cascade' }),
    lang: text('lang').$type<Lang>().notNull(),
    departmentId: integer('department_id').notNull(),
    /** Doctors who answered, and their hospitals (filters). */
    doctorIds: integer('doctor_ids').array().notNull().default(sql`'{}'::int[]`),
    hospitalIds: integer('hospital_ids').array().notNull().default(sql`'{}'::int[]`),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    viewCount: integer('view_count').notNull().default(0),
    tsv: tsvector('tsv').notNull(),
    /**
     * The titles alone (a few hundred bytes, stored inline, unlike `tsv` which is TOASTed):
     * ranks a bounded, newest-first slice of a very common term's matches without reading
     * every match's full vector. Null until the Q&A is (re)indexed.
     */
    titleTsv: tsvector('title_tsv'),
    /**
     * Published in the last RECENT_MONTHS (set when written, cleared by the search worker's
     * sweep): a common query's sample of matches is drawn from these first, through a GIN index
     * of their vectors only (search-slice.repository.ts). A hint for speed: a stale value only
     * widens or narrows that sample.
     */
    recent: boolean('recent').notNull().default(false),
    indexedAt: timestamp('indexed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('search_documents_tsv_idx').using('gin', t.tsv),
    index('search_documents_recent_tsv_idx').using('gin', t.tsv).where(sql`${t.recent}`),
    // `published_at is not null` (always true): a search's `recent and tsv @@ …` does not imply
    // it, so the planner cannot walk this index instead of the GIN one (migration 0019).
    index('search_documents_recent_published_idx')
      .on(t.publishedAt)
      .where(sql`${t.recent} and ${t.publishedAt} is not null`),
    index('search_documents_title_tsv_idx').using('gin', t.titleTsv),
    index('search_documents_published_idx').on(t.publishedAt),
    index('search_documents_doctors_idx').using('gin', t.doctorIds),
    index('search_documents_hospitals_idx').using('gin', t.hospitalIds),
  ],
);

/**
 * Advanced (nextval) after every committed change to search_documents: a cached page of search
 * hits is used only while the value is the one read before it was computed
 * (features/search/search-cache.ts). A sequence, not a counter row: no lock, no contention
 * between indexing transactions.
 */
export const searchGeneration = pgSequence('search_generation');

/**
 * Q&As waiting to be (re)indexed for search: the importer adds its batches here in the same
 * transaction (indexing inline would slow imports down threefold), and the worker drains it.
 * No foreign key: a deleted question must still be taken out of the index.
 */
export const searchIndexQueue = pgTable('search_index_queue', {
  questionId: integer('question_id').primaryKey(),
  queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Each published Q&A's most similar published Q&As (features/similar), computed by the
 * `similar-refresh` job when a Q&A is published and refreshed as similar ones arrive.
 */
export const similarQuestions = pgTable(
  'similar_questions',
  {
    questionId: integer('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    similarId: integer('similar_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    rank: integer('rank').notNull(),
    score: real('score').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.questionId, t.similarId] }),
    index('similar_questions_similar_idx').on(t.similarId),
  ],
);

/**
 * An indexed Q&A's similar-question feature bag (features/similar/question-vector.ts), written
 * with its search document: a lookup scores ~120 candidates, and computing their bags from text
 * was most of its time in the app. `key` names the method version and lexicon it was computed
 * with, `text_md5` the text (page title and question); a lookup uses a bag only when both still
 * hold, and the similar worker recomputes the bags of an older key (a lexicon change).
 */
export const similarFeatures = pgTable(
  'similar_features',
  {
    questionId: integer('question_id')
      .primaryKey()
      .references(() => searchDocuments.questionId, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    textMd5: text('text_md5').notNull(),
    features: text('features').notNull(),
  },
  (t) => [index('similar_features_key_idx').on(t.key, t.questionId)],
);

/**
 * Concepts of the lexicon whose mentions the search index holds as concept lexemes for `key`
 * (the digest of the concept's names, Lexicon.conceptKey): every indexed Q&A mentioning one of
 * those names carries the lexeme, so a query for the concept may match the lexeme instead of
 * every name (features/search/concept-index.ts). No row, or another key: queries match the names.
 */
export const searchConcepts = pgTable('search_concepts', {
  conceptId: text('concept_id').primaryKey(),
  key: text('key').notNull(),
  readyAt: timestamp('ready_at', { withTimezone: true }).notNull().defaultNow(),
});

/** When a Q&A's similar list was last computed (also for lists that came out empty). */
export const similarComputed = pgTable('similar_computed', {
  questionId: integer('question_id')
    .primaryKey()
    .references(() => questions.id, { onDelete: 'cascade' }),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * "Already answered?" suggestions shown while asking: which one an asker opened instead of
 * asking (no personal data: the typed text is not stored).
 */
export const suggestionOpens = pgTable(
  'suggestion_opens',
  {
    id: serial('id').primaryKey(),
    questionId: integer('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    lang: text('lang').$type<Lang>().notNull(),
    rank: integer('rank').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('suggestion_opens_question_idx').on(t.questionId)],
);

/**
 * Names editors add to the lay ↔ clinical synonym lexicon (features/search/lexicon). The site
 * lexicon is the project's data files plus these rows, merged by concept id: a row with a new
 * concept id starts a new concept, one with a known id adds a name to it.
 */
export const lexiconEntries = pgTable(
  'lexicon_entries',
  {
    id: serial('id').primaryKey(),
    conceptId: text('concept_id').notNull(),
    text: text('text').notNull(),
    lang: text('lang').$type<'en' | 'zh'>().notNull(),
    kind: text('kind').$type<'lay' | 'clinical'>().notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('lexicon_entries_concept_text_idx').on(t.conceptId, t.text)],
);

/**
 * Embedding vectors of Q&As (title + body) from the configured OpenAI-compatible endpoint
 * (EMBEDDINGS_URL / EMBEDDINGS_MODEL). Plain arrays on every engine; where pgvector is
 * installed (migration 0008) they are also searched by cosine distance, cast to vector(n), to
 * propose similar-question candidates (features/similar/vector-search.ts); elsewhere they only
 * re-rank the lexical candidates. A vector from another model is ignored and replaced when next needed.
 */
export const questionEmbeddings = pgTable('question_embeddings', {
  questionId: integer('question_id')
    .primaryKey()
    .references(() => questions.id, { onDelete: 'cascade' }),
  model: text('model').notNull(),
  vector: real('vector').array().notNull(),
  createdAt: createdAt(),
});

/** PostgreSQL's bytea as a Node Buffer on both engines (PGlite returns a Uint8Array). */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

export const APPLICATION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** A doctor's application for verification (features/doctors), reviewed by an admin. */
export const doctorApplications = pgTable(
  'doctor_applications',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    nameEn: text('name_en').notNull(),
    nameZh: text('name_zh').notNull(),
    licenceNumber: text('licence_number').notNull(),
    hospitalId: integer('hospital_id')
      .notNull()
      .references(() => hospitals.id),
    departmentIds: integer('department_ids').array().notNull(),
    status: text('status').$type<ApplicationStatus>().notNull().default('pending'),
    reviewReason: text('review_reason'),
    reviewedBy: integer('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    /** The doctor profile created or updated on approval. */
    doctorId: integer('doctor_id').references(() => doctors.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('doctor_applications_status_idx').on(t.status, t.createdAt),
    index('doctor_applications_user_idx').on(t.userId),
  ],
);

/**
 * Uploaded licence documents, kept in the database (outside any web root, and readable by every
 * app instance); served only to admins and the applicant.
 */
export const licenceDocuments = pgTable('licence_documents', {
  applicationId: integer('application_id')
    .primaryKey()
    .references(() => doctorApplications.id, { onDelete: 'cascade' }),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  content: bytea('content').notNull(),
  createdAt: createdAt(),
});

export const REPORT_STATUSES = ['open', 'resolved', 'dismissed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Readers' reports of a published Q&A (features/moderation), queued for editors. */
export const reports = pgTable(
  'reports',
  {
    id: serial('id').primaryKey(),
    questionId: integer('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    details: text('details').notNull().default(''),
    reporterUserId: integer('reporter_user_id').references(() => users.id, { onDelete: 'set null' }),
    status: text('status').$type<ReportStatus>().notNull().default('open'),
    resolvedBy: integer('resolved_by').references(() => users.id, { onDelete: 'set null' }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolution: text('resolution'),
    createdAt: createdAt(),
  },
  (t) => [
    index('reports_status_idx').on(t.status, t.createdAt),
    index('reports_question_idx').on(t.questionId),
  ],
);

/**
 * Every edit of a question, answer, page title or machine-written text: who, when, the field and
 * its text before and after. Reverting writes a new revision (revert_of names the one undone).
 */
export const revisions = pgTable(
  'revisions',
  {
    id: serial('id').primaryKey(),
    entityType: text('entity_type').$type<'question' | 'answer'>().notNull(),
    entityId: integer('entity_id').notNull(),
    field: text('field').notNull(),
    before: text('before'),
    after: text('after'),
    actorUserId: integer('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    revertOf: integer('revert_of'),
    createdAt: createdAt(),
  },
  (t) => [index('revisions_entity_idx').on(t.entityType, t.entityId, t.createdAt)],
);

/** Privileged actions (who did what to which thing), readable and filterable by admins. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: serial('id').primaryKey(),
    actorUserId: integer('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_log_created_idx').on(t.createdAt),
    index('audit_log_action_idx').on(t.action, t.createdAt),
    index('audit_log_actor_idx').on(t.actorUserId, t.createdAt),
    index('audit_log_target_idx').on(t.targetType, t.targetId),
  ],
);

/**
 * Fixed-window request counters for rate limits (features/security), shared by every app
 * instance through the database; Redis replaces this table when REDIS_URL is set.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    hits: integer('hits').notNull(),
    windowEndsAt: timestamp('window_ends_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rate_limits_window_idx').on(t.windowEndsAt)],
);

/** Site settings admins change at run time (e.g. review answers before publishing). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: updatedAt(),
});

/** A doctor's request to the asker for more information, and the asker's reply. */
export const informationRequests = pgTable(
  'information_requests',
  {
    id: serial('id').primaryKey(),
    questionId: integer('question_id')
      .notNull()
      .references(() => questions.id, { onDelete: 'cascade' }),
    doctorId: integer('doctor_id')
      .notNull()
      .references(() => doctors.id),
    message: text('message').notNull(),
    response: text('response'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('information_requests_question_idx').on(t.questionId, t.createdAt)],
);

/**
 * One row per daily digest sent (features/answers): the doctor, the local day it covers and the
 * outbox message. Written in the same transaction as the message, so a crash or a retried job
 * never emails a doctor twice for the same day.
 */
export const digestSends = pgTable(
  'digest_sends',
  {
    doctorId: integer('doctor_id')
      .notNull()
      .references(() => doctors.id, { onDelete: 'cascade' }),
    /** The day in the deployment's time zone, YYYY-MM-DD. */
    day: text('day').notNull(),
    outboxId: integer('outbox_id').references(() => outbox.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.doctorId, t.day] })],
);
