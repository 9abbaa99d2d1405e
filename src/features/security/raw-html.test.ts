/**
 * No user-supplied HTML is rendered raw: the only ways to put markup into a page unescaped
 * (JSX `dangerouslySetInnerHTML`, hono/html `raw`) may only wrap the Markdown sanitizer
 * (src/lib/markdown.ts) or the JSON-LD serializer that escapes `<`. A new use fails here.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { renderMarkdown } from '../../lib/markdown.ts';

const SRC = fileURLToPath(new URL('../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [path] : [];
  });
}

test('raw HTML in pages is only sanitized Markdown or escaped JSON-LD', () => {
  const offenders: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      const rawUse =
        /dangerouslySetInnerHTML|\braw\(|from 'hono\/html'/.test(line) && !/sql\.raw\(/.test(line);
      if (!rawUse || /^import .* from 'hono\/html';$/.test(line.trim())) return;
      if (/renderMarkdown\(|jsonForScript\(/.test(line)) return;
      offenders.push(`${relative(SRC, file)}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(offenders, []);
});

test('the Markdown subset drops scripts, handlers, styles and unsafe links', () => {
  const html = renderMarkdown(
    [
      '<script>alert(1)</script><iframe src="https://example.org"></iframe>',
      '<img src=x onerror=alert(1)><svg onload=alert(1)><style>body{}</style>',
      '[a](javascript:alert(1)) [b](data:text/html;base64,PHNjcmlwdD4=) [c](vbscript:x)',
      '<a href="https://example.org" onclick="alert(1)" style="x">ok</a> <p onmouseover="x">p</p>',
    ].join('\n\n'),
  );
  assert.doesNotMatch(
    html,
    /<script|<iframe|<img|<svg|<style|onerror|onload|onclick|onmouseover|style=|javascript:|data:|vbscript:/i,
  );
  assert.match(html, /<a href="https:\/\/example.org" rel="nofollow noopener">ok<\/a>/);
});
