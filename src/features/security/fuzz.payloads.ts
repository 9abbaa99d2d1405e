/**
 * Hostile input for the fuzz tests. Each payload that a browser could run sets
 * `window.__fuzzed` (or opens a dialog), so the browser test can tell whether anything executed.
 */

export interface Payload {
  name: string;
  value: string;
  /** Whether the database can hold it as sent (a NUL or a lone surrogate cannot: refused, 400). */
  storable: boolean;
}

const ZWJ_FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}';
const HEALTH_WORKER = '\u{1F469}\u200D\u2695\uFE0F';

export const PAYLOADS: readonly Payload[] = [
  {
    name: 'script tag',
    value: '<script>window.__fuzzed=1;alert(1)</script> my eyelid twitches',
    storable: true,
  },
  {
    name: 'attribute breakout',
    value: '"><img src=x onerror="window.__fuzzed=2;alert(2)"> \'><svg onload=alert(3)>',
    storable: true,
  },
  {
    name: 'markdown and links',
    value: '[click](javascript:window.__fuzzed=4) <a href="javascript:alert(4)">x</a> **bold** `code`',
    storable: true,
  },
  {
    name: 'script close in JSON-LD',
    value: '</script><script>window.__fuzzed=5</script> line\u2028and paragraph\u2029separators',
    storable: true,
  },
  {
    name: 'SQL fragments',
    value: "1' OR '1'='1'; DROP TABLE questions; -- $$ \\x00 %00 ::text",
    storable: true,
  },
  { name: 'RTL override', value: 'patient \u202Egnp.exe\u202C and \u2066isolate\u2069 text', storable: true },
  {
    name: 'emoji ZWJ',
    value: `family ${ZWJ_FAMILY} doctor ${HEALTH_WORKER} flag \u{1F3F3}\uFE0F\u200D\u{1F308}`,
    storable: true,
  },
  {
    name: 'combining marks',
    value: 'Z\u0351\u0364\u036B\u0302a\u0308\u0301l\u0300\u0335g\u0336o e\u0301 \u91AB\u751F\u60A8\u597D',
    storable: true,
  },
  { name: 'big', value: `${'long text with 中文 and more '.repeat(4000)}`.slice(0, 100_000), storable: true },
  { name: 'null byte', value: 'before\u0000after', storable: false },
  { name: 'lone surrogate', value: 'broken \uD83D emoji \uDC00 here', storable: false },
];

/** Text that must never be found unescaped in a page: a tag the payload would have injected. */
export const INJECTED_MARKUP = [
  /<script>window\.__fuzzed/i,
  /<img src=x onerror/i,
  /<svg onload/i,
  /href="javascript:/i,
];
