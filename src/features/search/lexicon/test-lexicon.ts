/** Five concepts for tests, independent of the project's real lexicon data. */
import type { LexiconGroup } from './lexicon.ts';

export const TEST_LEXICON_GROUPS: readonly LexiconGroup[] = [
  {
    id: 'hypertension',
    terms: [
      { text: 'high blood pressure', lang: 'en', kind: 'lay' },
      { text: 'hypertension', lang: 'en', kind: 'clinical' },
      { text: '血壓高', lang: 'zh', kind: 'lay' },
      { text: '高血壓', lang: 'zh', kind: 'clinical' },
    ],
  },
  {
    id: 'myocardial-infarction',
    terms: [
      { text: 'heart attack', lang: 'en', kind: 'lay' },
      { text: 'myocardial infarction', lang: 'en', kind: 'clinical' },
      { text: '心臟病發作', lang: 'zh', kind: 'lay' },
      { text: '心肌梗塞', lang: 'zh', kind: 'clinical' },
    ],
  },
  {
    id: 'muscle-cramp',
    terms: [
      { text: 'cramp', lang: 'en', kind: 'lay' },
      { text: 'muscle spasm', lang: 'en', kind: 'clinical' },
      { text: '抽筋', lang: 'zh', kind: 'lay' },
      { text: '痙攣', lang: 'zh', kind: 'clinical' },
    ],
  },
  {
    id: 'heartburn',
    terms: [
      { text: 'heartburn', lang: 'en', kind: 'lay' },
      { text: 'gastroesophageal reflux', lang: 'en', kind: 'clinical' },
      { text: '火燒心', lang: 'zh', kind: 'lay' },
      { text: '胃食道逆流', lang: 'zh', kind: 'clinical' },
    ],
  },
  {
    id: 'tremor',
    terms: [
      { text: 'shaky hands', lang: 'en', kind: 'lay' },
      { text: 'tremor', lang: 'en', kind: 'clinical' },
      { text: '手抖', lang: 'zh', kind: 'lay' },
      { text: '震顫', lang: 'zh', kind: 'clinical' },
    ],
  },
];
