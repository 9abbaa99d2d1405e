/**
 * `openconsult pii-scan` and `openconsult eval pii` end to end: the real CLI in a child
 * process, while the PGlite data folder is locked as a running server would hold it.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { testEngine } from '../../../test/db.ts';
import { lockDataDir } from '../../db/data-dir-lock.ts';

const cli = fileURLToPath(new URL('../../cli/index.ts', import.meta.url));
const set = fileURLToPath(new URL('../../../eval/pii/texts.jsonl', import.meta.url));
let dir: string;
let release: () => Promise<void>;

function run(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
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
    child.stdin.end(stdin);
  });
}

// The commands never open a database, so one engine pass is enough.
describe('pii-scan command', { skip: testEngine !== 'pglite' }, () => {
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'openconsult-pii-'));
    mkdirSync(join(dir, 'data'));
    release = await lockDataDir(join(dir, 'data'));
  });
  after(async () => {
    await release();
    rmSync(dir, { recursive: true, force: true });
  });

  test('prints the findings of stdin as JSON with UTF-16 offsets', async () => {
    const text = '😀 醫師您好，我是王小明，手機 0912-345-678\n';
    const result = await run(['pii-scan'], text);
    assert.equal(result.code, 0, result.stderr);
    const findings = JSON.parse(result.stdout) as {
      type: string;
      start: number;
      end: number;
      text: string;
    }[];
    assert.deepEqual(
      findings.map((f) => [f.type, f.text]),
      [
        ['name', '王小明'],
        ['phone', '0912-345-678'],
      ],
    );
    for (const f of findings) assert.equal(text.slice(f.start, f.end), f.text);
  });

  test('--jsonl prints one line per input line in order; bad lines get an error object and exit 1', async () => {
    const file = join(dir, 'in.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 1, text: 'Thanks, John' }),
        '{"text": broken',
        JSON.stringify({ text: 42 }),
        JSON.stringify({ text: 'BP 130/85, 500 mg 2 tablets' }),
        JSON.stringify({ text: 'mail a@example.com' }),
      ].join('\n'),
    );
    const result = await run(['pii-scan', '--jsonl', file]);
    assert.equal(result.code, 1);
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.deepEqual(lines, [
      { findings: [{ type: 'name', start: 8, end: 12, text: 'John' }] },
      { error: 'line 2: not valid JSON', line: 2 },
      { error: 'line 3: text: a string is required', line: 3 },
      { findings: [] },
      { findings: [{ type: 'email', start: 5, end: 18, text: 'a@example.com' }] },
    ]);
    assert.match(result.stderr, /2 of 5 lines could not be scanned/);

    const missing = await run(['pii-scan', '--jsonl', join(dir, 'nope.jsonl')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /Cannot read .*nope\.jsonl/);
  });

  test('eval pii reports both halves and meets the targets; a command that opens the database is refused', async () => {
    const result = await run(['eval', 'pii', '--set', set]);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /^tune: \d+ texts/m);
    assert.match(result.stdout, /^heldout: \d+ texts/m);
    assert.match(result.stdout, /^phone +\d+ +\d+ +\d+ +1\.000/m);
    // The lock is real: what needs the database stops, pii-scan above did not.
    const migrate = await run(['migrate']);
    assert.notEqual(migrate.code, 0);
    assert.match(migrate.stderr, /in use by another OpenConsult process/);
  });
});
