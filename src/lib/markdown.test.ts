import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderMarkdown } from './markdown.ts';

test('renders markdown and strips scripts, handlers and javascript: links', () => {
  const html = renderMarkdown(
    '# Title\n\nText <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) **bold**',
  );
  assert.match(html, /<h3>Title<\/h3>/);
  assert.match(html, /<strong>bold<\/strong>/);
  assert.doesNotMatch(html, /script|onerror|javascript:|<img/i);
});
