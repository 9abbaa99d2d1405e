/**
 * `openconsult import` and `openconsult export` end to end: the real CLI in a child process
 * on a temporary PGlite data folder.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { testEngine } from '../../../test/db.ts';
import { buildRecord } from './transfer.fixtures.ts';

const cli = fileURLToPath(new URL('../../cli/index.ts', import.meta.url));
let dir: string;

function run(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// The CLI always uses a PGlite folder here, so one engine pass is enough.
describe('import and export commands', { skip: testEngine !== 'pglite' }, () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'openconsult-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('import lists bad lines, exits 1, and imports the good ones; export writes them back', async () => {
    const file = join(dir, 'in.jsonl');
    const bad = buildRecord({ externalId: 'cli-bad' });
    (bad.question as { gender: string }).gender = 'unknown';
    const lines = [
      JSON.stringify(buildRecord({ externalId: 'cli-1' })),
      JSON.stringify(bad),
      '',
      JSON.stringify(buildRecord({ externalId: 'cli-2', status: 'submitted', answers: [] })),
      JSON.stringify(buildRecord({ externalId: 'cli-3', lang: 'zh-TW', department: '小兒科' })),
    ];
    writeFileSync(file, `${lines.join('\r\n')}\r\n`);

    const first = await run('import', file);
    assert.equal(first.code, 1, first.stderr);
    assert.match(first.stdout, /Read 4 records in .*: 3 imported, 0 updated, 1 failed\./);
    assert.match(
      first.stderr,
      /line 2: question\.gender: Invalid option: expected one of "female"\|"male"\|"other"/,
    );

    const out = join(dir, 'out.jsonl');
    const exported = await run('export', '--status', 'all', '--output', out);
    assert.equal(exported.code, 0, exported.stderr);
    const records = readFileSync(out, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { externalId: string; department: string });
    assert.deepEqual(
      records.map((record) => [record.externalId, record.department]),
      [
        ['cli-1', 'Cardiology'],
        ['cli-2', 'Cardiology'],
        ['cli-3', '小兒科'],
      ],
    );

    const again = await run('import', out);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /0 imported, 3 updated, 0 failed\./);

    const published = await run('export');
    assert.equal(published.code, 0, published.stderr);
    assert.deepEqual(
      published.stdout
        .trimEnd()
        .split('\n')
        .map((line) => (JSON.parse(line) as { externalId: string }).externalId),
      ['cli-1', 'cli-3'],
      'stdout holds only the published Q&As, nothing else',
    );
  });

  test('import --help explains the command; a missing file is refused', async () => {
    const help = await run('import', '--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: openconsult import \[options\] <file>/);
    assert.match(help.stdout, /externalId/);
    const missing = await run('import', join(dir, 'nope.jsonl'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /Cannot read .*nope\.jsonl/);
  });
});
