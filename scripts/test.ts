/**
 * `npm test`: lint, type check, the unit and integration suite on PGlite and on PostgreSQL,
 * then the browser tests. Prints one closing line "N passed, N failed".
 *
 * TEST_DATABASE_URL points at a PostgreSQL server (a database per test file is created there).
 * Without it the PostgreSQL pass is skipped locally and is a failure when CI=true; likewise a
 * missing Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const only = process.argv.slice(2); // optional file filter: npm test -- src/features/questions
let passed = 0;
let failed = 0;
const problems: string[] = [];
const failures: string[] = [];

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  if (!ok) problems.push(`${label} failed (exit ${result.status ?? result.signal})`);
  return ok;
}

function findTests(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...findTests(path));
    else if (/\.test\.tsx?$/.test(entry)) out.push(path);
  }
  return out.sort();
}

function runTests(label: string, files: string[], env: NodeJS.ProcessEnv): void {
  const selected = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;
  if (selected.length === 0) return;
  mkdirSync('test-results', { recursive: true });
  const tapFile = join('test-results', `${label.replace(/\W+/g, '-')}.tap`);
  run(
    label,
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=2',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tapFile}`,
      ...selected,
    ],
    { NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env },
  );
  const tap = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '';
  passed += Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0);
  failed += Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0);
  failures.push(...failedTests(tap).map((failure) => `[${label}] ${failure}`));
}

/**
 * The failed tests of a TAP report with their error and stack (the YAML block after each
 * `not ok`), skipping parents that only failed because a subtest did; printed again at the end
 * so that the tail of a long log says what broke.
 */
function failedTests(tap: string): string[] {
  const lines = tap.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = /^(\s*)not ok \d+ - (.*)$/.exec(lines[i]!);
    if (!match) continue;
    const block: string[] = [];
    for (let j = i + 1; j < lines.length && !/^\s*\.\.\.$/.test(lines[j]!); j++) block.push(lines[j]!);
    if (block.some((line) => /failureType: 'subtestsFailed'/.test(line))) continue;
    out.push(`${match[2]}\n${block.slice(0, 40).join('\n')}`);
  }
  return out;
}

if (only.length === 0) {
  run('lint', 'npx', ['biome', 'check', '.']);
  run('typecheck', 'npx', ['tsc', '--noEmit']);
}

const unitFiles = [...findTests('src'), ...findTests('test')];
runTests('tests on PGlite', unitFiles, { TEST_ENGINE: 'pglite' });

if (process.env.TEST_DATABASE_URL) {
  runTests('tests on PostgreSQL', unitFiles, { TEST_ENGINE: 'postgres' });
} else if (ci) {
  problems.push('TEST_DATABASE_URL is not set: the PostgreSQL pass is required in CI');
} else {
  console.log('\n(TEST_DATABASE_URL not set: skipping the PostgreSQL pass)');
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) {
  runTests('browser tests', findTests('e2e'), { TEST_ENGINE: 'pglite', CHROMIUM_PATH: chromium });
} else if (ci) {
  problems.push(`Chromium not found at ${chromium}: browser tests are required in CI`);
} else {
  console.log(`\n(${chromium} not found: skipping browser tests; apt-get install -y chromium)`);
}

if (failures.length > 0) {
  console.log(`\nFailed tests (${failures.length}):`);
  for (const failure of failures.slice(0, 10)) console.log(`\n${failure}`);
}
for (const problem of problems) console.log(`FAILED: ${problem}`);
const failedCount = failed + (problems.length > 0 && failed === 0 ? problems.length : 0);
console.log(`\n${passed} passed, ${failedCount} failed`);
process.exit(problems.length > 0 || failed > 0 ? 1 : 0);
