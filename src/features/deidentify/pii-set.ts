/**
 * The labeled de-identification test set (eval/pii/). It is written as marked-up text
 * (eval/pii/tune.txt, heldout.txt and stress.txt: `{{type:text}}` around personal data) and stored as
 * eval/pii/texts.jsonl, one `{id, split, lang, text, spans}` object per line, with the
 * expected spans as UTF-16 offsets. `openconsult eval pii --build` regenerates the JSONL.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { PII_TYPES, type PiiType } from './pii-types.ts';

/** The two halves the targets apply to; `stress` was written after the detector (see docs/quality.md). */
export const SPLITS = ['tune', 'heldout'] as const;
export const ALL_SPLITS = [...SPLITS, 'stress'] as const;
export type Split = (typeof ALL_SPLITS)[number];

/** Short names used in the marked-up files. */
const MARKUP_TYPES: Record<string, PiiType> = {
  name: 'name',
  phone: 'phone',
  id: 'national_id',
  nhi: 'nhi_number',
  email: 'email',
  url: 'url',
  handle: 'social_handle',
  addr: 'address',
  birth: 'birth_date',
  mrn: 'medical_record',
  bed: 'bed',
};

const spanSchema = z.object({
  type: z.enum(PII_TYPES),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string().min(1),
});

const itemSchema = z.object({
  id: z.string().min(1),
  split: z.enum(ALL_SPLITS),
  lang: z.enum(['en', 'zh']),
  text: z.string().min(1),
  spans: z.array(spanSchema),
});

export type PiiSetItem = z.infer<typeof itemSchema>;
export type ExpectedSpan = z.infer<typeof spanSchema>;

/** Parses one marked-up file; throws with the line number on a malformed line. */
export function parseMarkup(source: string, split: Split): PiiSetItem[] {
  const items: PiiSetItem[] = [];
  source.split('\n').forEach((raw, index) => {
    const line = raw.trimEnd();
    if (line === '' || line.startsWith('#')) return;
    const match = /^(en|zh) (.+)$/.exec(line);
    if (!match) throw new Error(`${split}.txt line ${index + 1}: expected "en " or "zh " then the text`);
    const marked = match[2]!.replaceAll('\\n', '\n');
    let text = '';
    const spans: ExpectedSpan[] = [];
    const pattern = /\{\{(\w+):([^}]+)\}\}/g;
    let last = 0;
    for (const found of marked.matchAll(pattern)) {
      const type = MARKUP_TYPES[found[1]!];
      if (!type) throw new Error(`${split}.txt line ${index + 1}: unknown type "${found[1]}"`);
      text += marked.slice(last, found.index);
      spans.push({ type, start: text.length, end: text.length + found[2]!.length, text: found[2]! });
      text += found[2]!;
      last = found.index + found[0].length;
    }
    text += marked.slice(last);
    if (text.includes('{{') || text.includes('}}')) {
      throw new Error(`${split}.txt line ${index + 1}: unbalanced {{ }}`);
    }
    items.push({ id: `${split}-${index + 1}`, split, lang: match[1] as 'en' | 'zh', text, spans });
  });
  return items;
}

/** Reads texts.jsonl; throws naming the first bad line. */
export function readPiiSet(file: string): PiiSetItem[] {
  const items: PiiSetItem[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        throw new Error(`${file} line ${index + 1}: not JSON`);
      }
      const result = itemSchema.safeParse(parsed);
      if (!result.success) {
        const issue = result.error.issues[0]!;
        throw new Error(`${file} line ${index + 1}: ${issue.path.join('.')}: ${issue.message}`);
      }
      for (const span of result.data.spans) {
        if (result.data.text.slice(span.start, span.end) !== span.text) {
          throw new Error(`${file} line ${index + 1}: span "${span.text}" does not match the text`);
        }
      }
      items.push(result.data);
    });
  return items;
}

/** The JSONL text of a set built from the marked-up files (tune, heldout, and stress when given). */
export function buildPiiSetJsonl(tuneMarkup: string, heldoutMarkup: string, stressMarkup?: string): string {
  const items = [
    ...parseMarkup(tuneMarkup, 'tune'),
    ...parseMarkup(heldoutMarkup, 'heldout'),
    ...(stressMarkup === undefined ? [] : parseMarkup(stressMarkup, 'stress')),
  ];
  return `${items.map((item) => JSON.stringify(item)).join('\n')}\n`;
}
