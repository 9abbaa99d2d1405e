/**
 * Import benchmark: `npm run bench:import -- [--records 20000] [--batch-size 500] [--database-url URL]`.
 *
 * Generates synthetic Q&As (both languages, 1-3 answers, a few hundred doctors), writes them
 * to a temporary JSONL file, and imports it through the same service as `openconsult import`
 * into a fresh on-disk PGlite folder: once into the empty database (inserts), once again
 * (updates), then times an export. With --database-url (a PostgreSQL server URL) the same
 * runs happen in a scratch database created on that server and dropped afterwards.
 * Results are recorded in docs/benchmarks.md.
 */

import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { type Database, migrateDatabase, openDatabase } from '../src/db/database.ts';
import { AGE_RANGES, GENDERS } from '../src/db/schema.ts';
import { DEPARTMENT_CATALOG } from '../src/features/departments/department-catalog.ts';
import { exportRecords } from '../src/features/transfer/export.service.ts';
import { type ImportSummary, importFile } from '../src/features/transfer/import.service.ts';
import type { ImportRecordInput } from '../src/features/transfer/transfer.schema.ts';

const { values: args } = parseArgs({
  options: {
    records: { type: 'string', default: '20000' },
    'batch-size': { type: 'string', default: '500' },
    'database-url': { type: 'string' },
  },
});
const recordCount = Number(args.records);
const batchSize = Number(args['batch-size']);
if (!Number.isInteger(recordCount) || recordCount < 1)
  throw new Error('--records must be a positive integer');

/** mulberry32: a seeded generator, so every run imports the same data. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(20240805);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const EN_WORDS = (
  'pain cough fever headache stomach sleep tired dizzy rash itch swelling blood pressure sugar ' +
  'medicine dose weeks months morning night after eating walking running work child mother father ' +
  'worse better sometimes always never doctor test result normal high low left right chest back knee'
).split(' ');
const ZH_PHRASES = (
  '最近 常常 頭痛 咳嗽 發燒 睡不好 容易累 頭暈 皮膚癢 紅疹 血壓 血糖 吃藥 劑量 幾個星期 早上 晚上 ' +
  '吃飯後 走路 跑步 工作 小孩 媽媽 爸爸 變嚴重 好一點 有時候 檢查 報告 正常 偏高 偏低 胸口 背部 膝蓋'
).split(' ');

function sentence(lang: 'en' | 'zh-TW', words: number): string {
  if (lang === 'en') {
    const text = Array.from({ length: words }, () => pick(EN_WORDS)).join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  }
  return `${Array.from({ length: words }, () => pick(ZH_PHRASES)).join('')}。`;
}
const paragraph = (lang: 'en' | 'zh-TW', sentences: number) =>
  Array.from({ length: sentences }, () => sentence(lang, between(6, 16))).join(' ');

function isoDay(daysSince2015: number): string {
  return new Date(Date.UTC(2015, 0, 1) + daysSince2015 * 86_400_000).toISOString().slice(0, 10);
}

const hospitals = Array.from({ length: 40 }, (_, i) => (i % 2 ? `Hospital ${i}` : `第${i}綜合醫院`));
const doctors = Array.from({ length: 400 }, (_, i) => ({
  name: i % 2 ? `Dr. Doctor ${i}` : `醫師${i}號`,
  hospital: hospitals[i % hospitals.length]!,
}));

function generateRecord(n: number): ImportRecordInput {
  const lang = random() < 0.6 ? 'zh-TW' : 'en';
  const department = pick(DEPARTMENT_CATALOG);
  const askedDay = between(0, 3600);
  const answers = Array.from({ length: between(1, 3) }, (_, i) => {
    const doctor = doctors[(n * 7 + i * 131) % doctors.length]!;
    return {
      doctorName: doctor.name,
      hospital: doctor.hospital,
      body: paragraph(lang, between(2, 6)),
      // Half date-only, half full timestamps, as real sources mix them.
      answeredAt:
        random() < 0.5 ? isoDay(askedDay + i + 1) : `${isoDay(askedDay + i + 1)}T0${i + 1}:30:00+08:00`,
    };
  });
  return {
    externalId: `bench-${n}`,
    lang,
    department: lang === 'en' ? department.nameEn : pick([department.nameZh, ...(department.aliases ?? [])]),
    title: sentence(lang, between(4, 9)),
    question: {
      title: sentence(lang, between(2, 5)),
      body: paragraph(lang, between(3, 8)),
      askerName: lang === 'en' ? `Reader ${n % 997}` : `網友${n % 997}`,
      ageRange: pick(AGE_RANGES),
      gender: pick(GENDERS),
      askedAt: isoDay(askedDay),
    },
    answers,
    status: random() < 0.9 ? 'published' : 'answered',
    ...(random() < 0.3 ? { moreInfo: paragraph(lang, 5) } : {}),
  };
}

async function writeFile(path: string): Promise<void> {
  const out = createWriteStream(path);
  for (let n = 1; n <= recordCount; n++) {
    if (!out.write(`${JSON.stringify(generateRecord(n))}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

function report(label: string, summary: ImportSummary, ms: number): void {
  const done = summary.imported + summary.updated;
  console.log(
    `  ${label.padEnd(22)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${Math.round(done / (ms / 1000))
      .toString()
      .padStart(
        6,
      )} records/s  (${summary.imported} new, ${summary.updated} updated, ${summary.failed} failed)`,
  );
  if (summary.failed > 0) throw new Error(`import failed: ${JSON.stringify(summary.errors.slice(0, 3))}`);
}

async function runOn(label: string, database: Database, file: string): Promise<void> {
  console.log(`\n${label}`);
  await migrateDatabase(database);
  for (const run of ['import (empty db)', 're-import (updates)']) {
    const started = performance.now();
    const summary = await importFile(database.db, file, { batchSize });
    report(run, summary, performance.now() - started);
  }
  const started = performance.now();
  let exported = 0;
  for await (const _record of exportRecords(database.db, { status: 'all' })) exported++;
  const ms = performance.now() - started;
  console.log(
    `  ${'export (all)'.padEnd(22)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${Math.round(
      exported / (ms / 1000),
    )
      .toString()
      .padStart(6)} records/s`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'openconsult-bench-'));
try {
  const file = join(dir, 'records.jsonl');
  const started = performance.now();
  await writeFile(file);
  const megabytes = statSync(file).size / 1024 / 1024;
  console.log(
    `${recordCount} records, ${megabytes.toFixed(1)} MB JSONL, generated in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
      `batch size ${batchSize}; Node ${process.version}, ${cpus().length} cores`,
  );

  const pglite = await openDatabase({ dataDir: join(dir, 'data') });
  try {
    await runOn('PGlite (on-disk folder)', pglite, file);
  } finally {
    await pglite.close();
  }

  const serverUrl = args['database-url'];
  if (serverUrl) {
    const name = `oc_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name} template template0 encoding 'UTF8'`);
    try {
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const postgres = await openDatabase({ url: url.toString(), poolSize: 2 });
      try {
        await runOn(`PostgreSQL (${url.host}, scratch database ${name})`, postgres, file);
      } finally {
        await postgres.close();
      }
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
