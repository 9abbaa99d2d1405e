/**
 * The de-identification detector: finds personal data in Chinese (Traditional and
 * Simplified) and English text with rules and checksums; deterministic, no model.
 */
import { findAddresses } from './pii-address.ts';
import { findNames } from './pii-names.ts';
import {
  type Candidate,
  findBeds,
  findBirthDates,
  findEmails,
  findHandles,
  findNhiNumbers,
  findPhones,
  findRecordNumbers,
  findTaiwanIds,
  findUrls,
} from './pii-patterns.ts';
import type { Finding, PiiType } from './pii-types.ts';

/** When two candidates overlap, the earlier type in this list wins (then the longer span). */
const PRIORITY: PiiType[] = [
  'email',
  'url',
  'national_id',
  'nhi_number',
  'medical_record',
  'bed',
  'birth_date',
  'phone',
  'address',
  'social_handle',
  'name',
];

const DETECTORS: ((text: string) => Candidate[])[] = [
  findEmails,
  findUrls,
  findTaiwanIds,
  findNhiNumbers,
  findRecordNumbers,
  findBeds,
  findBirthDates,
  findPhones,
  findAddresses,
  findHandles,
  findNames,
];

/**
 * Full-width letters, digits and punctuation (０９１２－３４５) as their ASCII forms, and the
 * ideographic space as a space: one UTF-16 unit for one, so offsets stay those of the input.
 */
function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/** Personal data in `text`, sorted by position and never overlapping. */
export function detectPersonalData(text: string): Finding[] {
  const folded = foldWidth(text);
  const candidates = DETECTORS.flatMap((detect) => detect(folded)).filter((c) => c.end > c.start);
  candidates.sort(
    (a, b) =>
      PRIORITY.indexOf(a.type) - PRIORITY.indexOf(b.type) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    if (kept.every((k) => candidate.end <= k.start || candidate.start >= k.end)) kept.push(candidate);
  }
  return kept
    .sort((a, b) => a.start - b.start)
    .map((c) => ({ type: c.type, start: c.start, end: c.end, text: text.slice(c.start, c.end) }));
}
