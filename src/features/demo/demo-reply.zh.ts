/**
 * 繁體中文（台灣用語）示範資料的醫師端句型：回覆與衛教文章（More Info）。
 * 回覆只提供一般性說明，並一律建議親自就醫。
 */

import { RELATIONS } from './demo-question.zh.ts';
import { chance, pick, type Rng, sample } from './demo-random.ts';
import type { DemoCase } from './demo-types.ts';
import { fill, topicKind } from './demo-wording.ts';

function placeZh(c: DemoCase): string {
  return c.text.visit ?? c.langText.visit ?? `${c.department.nameZh}門診`;
}

function whoZh(c: DemoCase): { rel: string; whose: string; bring: string } {
  if (c.askingFor !== 'other' || !c.relation) return { rel: '您', whose: '您的', bring: '' };
  const rel = RELATIONS[c.relation].reply;
  return { rel, whose: `${rel}的`, bring: rel === '孩子' ? '帶' : '陪' };
}

const ACKS_SELF = ['謝謝您的來信。', '感謝您詳細的描述。', '了解您的擔心。', '謝謝您的提問。'];
const ACKS_OTHER = ['看得出來您很關心{rel}的狀況。', '謝謝您替家人發問。', '感謝您詳細說明{rel}的情形。'];
const DISCLAIMERS = [
  '不過，網路回覆只能提供一般性的說明，無法取代實際的診察。',
  '沒有實際看診，無法確定{whose}症狀是什麼原因造成的。',
  '單憑文字描述，還無法判斷{whose}狀況屬於哪一種。',
];
const KIND_DISCLAIMERS: Partial<Record<'symptom' | 'event' | 'concern', string>> = {
  event: '不過，單憑文字描述，無法準確判斷傷勢的嚴重程度。',
  concern: '不過，網路回覆只能提供一般性的說明，實際建議仍需依個人狀況評估。',
};
const WHY_IN_PERSON = {
  symptom: '由於不同原因的表現可能很相似，需要當面診察才能區分。',
  event: '受傷的嚴重程度在家裡不容易判斷，當面檢查最能確保安全。',
  concern: '每個人的狀況不同，適合當面和醫師討論。',
};
const SELF_CARE = ['在就醫前，可以先{care}。', '這段期間，建議{care}。', '平時可以{care}。'];
const RED_FLAGS = ['如果{flag}，請直接到急診就醫，不要等門診。', '一旦{flag}，請盡快到急診。'];
const VISITS_SELF = [
  '建議您親自到{place}就診，由醫師詳細問診後，再決定是否需要{check}。',
  '還是建議您親自到{place}讓醫師當面評估，內容可能包括{check}。',
  '最好的下一步是親自到{place}看診，門診評估可能包括{check}。',
];
const VISITS_OTHER = [
  '建議您{bring}{rel}親自到{place}就診，由醫師詳細問診後，再決定是否需要{check}。',
  '還是建議{bring}{rel}到{place}當面評估，門診評估可能包括{check}。',
];
const CLOSINGS_SELF = ['祝您早日康復。', '敬祝 平安健康。', '有其他問題歡迎再來信詢問，祝您健康。'];
const CLOSINGS_OTHER = ['祝{rel}早日康復。', '祝 闔家平安。', '有其他問題歡迎再來信詢問，祝 平安健康。'];

/** 醫師回覆：稱呼、一般說明、何時該急診、建議親自就診、結語。 */
export function answerZh(rng: Rng, c: DemoCase, second: boolean): string {
  const other = c.askingFor === 'other' && c.relation !== undefined;
  const vars = { ...whoZh(c), place: placeZh(c), check: c.text.check };
  const [care, care2] = sample(rng, c.selfCare, 2);
  const middle: string[] = [];
  if (care && (second || chance(rng, 0.75))) middle.push(fill(pick(rng, SELF_CARE), { care }));
  if (second && care2) middle.push(`另外，也可以${care2}。`);
  if (c.redFlags.length > 0 && (second || chance(rng, 0.7))) {
    middle.push(fill(pick(rng, RED_FLAGS), { flag: pick(rng, c.redFlags) }));
  }
  const first = second
    ? [middle.length > 0 ? '我同意前面醫師的說明，另外補充幾點。' : '我同意前面醫師的說明。']
    : [
        pick(rng, other ? ACKS_OTHER : ACKS_SELF),
        c.text.note,
        KIND_DISCLAIMERS[topicKind(c)] ?? pick(rng, DISCLAIMERS),
      ];
  const visit = pick(rng, other ? VISITS_OTHER : VISITS_SELF);
  // 詢問報告或用藥的問題，不適合說「早日康復」。
  const closings = other ? CLOSINGS_OTHER : CLOSINGS_SELF;
  const closing = pick(rng, c.topic.concern ? closings.filter((line) => !line.includes('康復')) : closings);
  const paragraphs = [c.greeting, first.join(''), middle.join(''), visit, closing].filter(Boolean);
  return paragraphs.map((p) => fill(p, vars)).join('\n\n');
}

const MACHINE_HEADINGS = {
  symptom: '常見原因與就醫時機',
  event: '處理方式與就醫時機',
  concern: '需要知道的重點',
};

/** 簡短的 Markdown 衛教文章（More Info）。 */
export function moreInfoZh(rng: Rng, c: DemoCase, machine: boolean): string {
  const { label, note, check } = c.text;
  const bullets = (lines: string[]) =>
    sample(rng, lines, 2)
      .map((line) => `- ${line}`)
      .join('\n');
  const parts = [
    machine ? `## ${label}：${MACHINE_HEADINGS[topicKind(c)]}` : `## 認識${label}`,
    `${note}${WHY_IN_PERSON[topicKind(c)]}`,
  ];
  if (c.selfCare.length > 0) parts.push('### 日常可以這樣做', bullets(c.selfCare));
  if (c.redFlags.length > 0) parts.push('### 出現以下情況請盡快就醫', bullets(c.redFlags));
  parts.push(
    `到${placeZh(c)}就診時，醫師通常會先詳細詢問症狀，門診評估可能包括${check}。`,
    '*本文為一般衛教資訊，並非診斷。若症狀持續、變化或令您擔心，請親自就醫。*',
  );
  return parts.join('\n\n');
}
