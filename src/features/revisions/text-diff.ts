/** Word-level differences between two texts (Chinese split into words by Intl.Segmenter), for the history. */
import { diffWords } from 'diff';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(lang: string) {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** What changed from `before` to `after` (null counts as empty), as runs of kept, added and removed text. */
export function textDiff(before: string | null, after: string | null, lang: string): DiffPart[] {
  const changes = diffWords(before ?? '', after ?? '', { intlSegmenter: segmenterFor(lang) });
  return changes.map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}
