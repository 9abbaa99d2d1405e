/**
 * 繁體中文（台灣用語）示範資料的提問端句型：暱稱與稱呼、標題與問題內容。
 * 各科的醫學內容放在 content/*.ts。
 */
import type { AgeRange } from '../../db/schema.ts';
import { type BodyPhrases, composeBody } from './demo-body.ts';
import { chance, intBetween, pick, type Rng } from './demo-random.ts';
import type { DemoCase, RelationKey, Span } from './demo-types.ts';
import { type AgedLine, ageStart, fill } from './demo-wording.ts';

interface DurationText {
  for: string;
  past: string;
  ago: string;
  title: string;
}

const DURATIONS: Record<Span, DurationText[]> = {
  acute: [
    { for: '一天', past: '從昨晚開始', ago: '昨晚', title: '一天' },
    { for: '兩天', past: '這兩天', ago: '兩天前', title: '兩天' },
    { for: '三天', past: '這三天', ago: '三天前', title: '三天' },
    { for: '五天左右', past: '這五六天', ago: '五天前', title: '五天' },
  ],
  recent: [
    { for: '一個禮拜', past: '這一個禮拜', ago: '一週前', title: '一週' },
    { for: '兩個禮拜', past: '最近兩週', ago: '兩週前', title: '兩週' },
    { for: '三週左右', past: '這三個禮拜', ago: '大約三週前', title: '三週' },
    { for: '一個月', past: '這一個月來', ago: '一個月前', title: '一個月' },
  ],
  chronic: [
    { for: '兩個月', past: '這兩個月', ago: '兩個月前', title: '兩個月' },
    { for: '半年左右', past: '這半年來', ago: '大約半年前', title: '半年' },
    { for: '一年多', past: '這一年多來', ago: '一年多前', title: '一年多' },
    { for: '好幾年', past: '這幾年', ago: '好幾年前', title: '好幾年' },
  ],
};

/** How the asker names the relative, and how the doctor refers to them in the reply. */
export const RELATIONS: Record<RelationKey, { ask: (age: number) => string; reply: string }> = {
  mother: { ask: () => '媽媽', reply: '媽媽' },
  father: { ask: () => '爸爸', reply: '爸爸' },
  grandmother: { ask: () => '阿嬤', reply: '阿嬤' },
  grandfather: { ask: () => '阿公', reply: '阿公' },
  wife: { ask: () => '太太', reply: '另一半' },
  husband: { ask: () => '先生', reply: '另一半' },
  daughter: { ask: () => '女兒', reply: '孩子' },
  son: { ask: () => '兒子', reply: '孩子' },
  sister: { ask: (age) => (age >= 40 ? '姊姊' : '妹妹'), reply: '家人' },
  brother: { ask: (age) => (age >= 40 ? '哥哥' : '弟弟'), reply: '家人' },
};

const DECADES: Record<number, string> = {
  20: '二十多歲',
  30: '三十多歲',
  40: '四十多歲',
  50: '五十多歲',
  60: '六十多歲',
  70: '七十多歲',
  80: '八十多歲',
  90: '九十幾歲',
};

const SURNAMES = ['陳', '林', '黃', '張', '李', '王', '吳', '劉', '蔡', '楊', '許', '鄭', '郭', '謝', '洪'];
const GIVEN_FEMALE = ['小芳', '小婷', '雅雯', 'Amy', '佩珊', 'Vivian'];
const GIVEN_MALE = ['阿明', '小傑', '志偉', 'Kevin', '阿凱'];
const GIVEN_ANY = ['小安', '阿寶', 'Sam'];
const ANONYMOUS = ['匿名', '匿名', '網友', '路人'];

/** 暱稱與對應的稱呼：女性絕不稱「先生」，不確定時只說「您好」。 */
export function pseudonymZh(
  rng: Rng,
  c: Pick<DemoCase, 'gender' | 'askingFor' | 'ageRange' | 'relation'>,
): [string, string] {
  const roll = rng();
  const surname = pick(rng, SURNAMES);
  if (roll < 0.2) return [pick(rng, ANONYMOUS), '您好：'];
  if (c.askingFor === 'other') {
    if (c.relation === 'son' || c.relation === 'daughter') {
      if (ageStart(c.ageRange) < 20 && roll < 0.75) {
        const parent = `${surname}${pick(rng, ['媽媽', '媽媽', '爸爸'])}`;
        return [parent, `${parent}您好：`];
      }
    }
    if (roll < 0.6) return [pick(rng, ANONYMOUS), '您好：'];
    const given = pick(rng, [...GIVEN_ANY, ...GIVEN_FEMALE, ...GIVEN_MALE]);
    return [given, `${given}您好：`];
  }
  if (c.gender === 'other') {
    const given = pick(rng, GIVEN_ANY);
    return roll < 0.6 ? [pick(rng, ANONYMOUS), '您好：'] : [given, `${given}您好：`];
  }
  const age = ageStart(c.ageRange);
  // 學生多半自稱「某同學」或用名字，不會自稱先生、小姐。
  if ((age < 30 && roll < 0.35) || (age < 20 && roll < 0.75))
    return [`${surname}同學`, `${surname}同學您好：`];
  if (roll < 0.75) {
    const title = c.gender === 'female' ? (age >= 40 && chance(rng, 0.3) ? '太太' : '小姐') : '先生';
    return [`${surname}${title}`, `${surname}${title}您好：`];
  }
  const given = pick(rng, c.gender === 'female' ? GIVEN_FEMALE : GIVEN_MALE);
  return [given, `${given}您好：`];
}

function decadeZh(range: AgeRange): string {
  return DECADES[Math.min(ageStart(range), 90)] ?? '十幾歲';
}

function subjectVars(c: DemoCase, firstMention: boolean): Record<string, string> {
  if (c.askingFor === 'self' || !c.relation) return { 我: '我', 他: '我' };
  const pron = c.gender === 'female' ? '她' : '他';
  const relation = RELATIONS[c.relation].ask(ageStart(c.ageRange));
  const named = c.childAge !== undefined ? `我家${c.childAge}歲的${relation}` : `我${relation}`;
  return { 我: firstMention ? named : pron, 他: pron };
}

function ageZh(c: DemoCase): string {
  return c.childAge !== undefined ? `${c.childAge}歲` : decadeZh(c.ageRange);
}

const INTROS = [
  '{我}{past}一直有{name}的狀況。',
  '{我}從{ago}開始出現{name}，到現在都還沒好。',
  '{我}{name}的問題已經持續{for}了。',
  '{past}，{我}一直被{name}困擾。',
];

const RELATIVE_INTROS = [
  '想幫我{relation}問一下，{他}今年{age}。',
  '這是替我{relation}發問的，{他}今年{age}。',
  '想請教關於我{relation}的狀況，{他}今年{age}。',
];

const HISTORY: AgedLine[] = [
  { t: '{他}平常身體還算健康，沒有固定在吃什麼藥。' },
  { t: '{他}有輕微高血壓，目前固定吃藥控制。', min: 40 },
  { t: '{他}不抽菸，也很少喝酒。', min: 20, nonSmoker: true },
  { t: '去年做過健康檢查，報告都還算正常。', min: 20 },
  { t: '{他}有第二型糖尿病，一直有在門診追蹤。', min: 40 },
  { t: '{他}平常有運動習慣，一週大概運動兩三次。', min: 10, max: 69 },
  { t: '{他}平常很健康，疫苗也都有按時打。', max: 19 },
  { t: '{他}對帶殼海鮮有點過敏，其他沒有特別的病史。' },
  { t: '{他}是上班族，常常加班，也很晚才睡。', min: 20, max: 59 },
];

const TRIED: AgedLine[] = [
  { t: '有先在家休息幾天，但沒有明顯改善。' },
  { t: '有去家裡附近的診所看過，吃藥後好一點，但藥吃完又開始了。' },
  { t: '上網查了很多資料，結果越看越擔心。', other: false },
  { t: '上網查了一些資料，越看越不放心，所以想請教醫師。', other: true },
  { t: '目前還沒有吃任何藥。' },
  { t: '藥局的藥師有推薦成藥，但想先聽聽醫師的意見。' },
  { t: '{他}已經盡量少喝咖啡、早點睡，但好像沒什麼差別。', min: 15 },
];

const IMPACT: AgedLine[] = [
  { t: '這陣子晚上常常睡不好，白天也很難專心。', min: 15 },
  { t: '因為這樣，{他}最近心情也受到影響，常常很焦慮。' },
  { t: '家人都覺得沒什麼，但我還是放心不下。' },
  { t: '已經開始影響日常生活，想了解到底是怎麼回事。' },
  { t: '{他}最近比平常容易累，假日也不太想出門。', min: 15 },
];

const WORRIES: AgedLine[] = [
  { t: '請問會不會是什麼嚴重的問題？' },
  { t: '想請問這可能是什麼原因造成的？' },
  { t: '這樣需要去大醫院檢查嗎？還是先觀察就好？' },
  { t: '請問需要做哪些檢查？在診所看就可以了嗎？' },
  { t: '平常生活上有沒有需要注意或避免的地方？' },
  { t: '我不想太緊張，但也怕忽略了重要的問題。' },
  { t: '朋友說他以前也這樣，後來沒什麼事，但我還是想確認一下。' },
  { t: '請問這種情形常見嗎？需要擔心嗎？' },
  { t: '工作比較忙，想知道需不需要馬上請假去看醫生。', other: false, min: 20, max: 64 },
];

const OPENERS = ['醫師您好，', '醫生好，', '您好，', '不好意思打擾了，', '醫師好，'];
const CLOSINGS = ['謝謝醫師！', '麻煩醫師解答，謝謝。', '先謝謝您的回覆。', '感謝！'];

function selfAgeSentence(rng: Rng, c: DemoCase): string {
  const age = ageStart(c.ageRange);
  if (age < 20) return `我今年${intBetween(rng, 13, 19)}歲，還是學生。`;
  if (age >= 60) return `我今年${decadeZh(c.ageRange)}，已經退休了。`;
  return pick(rng, [`我今年${decadeZh(c.ageRange)}。`, `我是${decadeZh(c.ageRange)}的上班族。`]);
}

const BACKGROUND: AgedLine[] = [
  { t: '我在科技業上班，每天工作十個小時以上，三餐也不太固定。', min: 20, max: 59, other: false },
  { t: '{他}白天幫忙帶孫子，作息還算規律。', min: 60 },
  { t: '{他}目前讀高中，課業壓力不小，常常念書念到半夜。', min: 10, max: 19 },
  { t: '{他}平常活動力不錯，也很愛玩。', max: 9 },
  { t: '{他}平常很少運動，假日多半待在家裡。', min: 20 },
  { t: '家裡最近事情比較多，壓力也比較大。' },
  { t: '{他}已經退休，每天早上會去公園散步。', min: 60 },
];

const NUMBERED: AgedLine[] = [
  { t: '這可能是什麼原因造成的？' },
  { t: '需要做哪些檢查？' },
  { t: '在診所看就可以，還是要到大醫院？' },
  { t: '平常生活上有什麼需要注意的？' },
  { t: '這種情形會不會自己好？' },
  { t: '需要吃藥嗎？還是先觀察就好？' },
  { t: '多久之內需要就醫？' },
];

const PHRASES: BodyPhrases = {
  openers: OPENERS,
  intros: INTROS,
  background: BACKGROUND,
  story: [
    { t: '記得是在一次連續加班之後開始的，那陣子每天都睡不到五個小時。', min: 20, max: 59, other: false },
    { t: '當時剛好換季，家裡好幾個人也都不太舒服，所以一開始沒有特別在意。' },
    { t: '本來以為休息幾天就會好，所以一直拖著沒有去看醫生，沒想到到現在都沒改善。' },
    { t: '那段期間剛好出國旅遊，回來之後作息一直調不回來。', min: 20 },
    { t: '一開始家人也覺得是小問題，但最近看{他}常常不舒服，才決定上來問問看。', other: true },
  ],
  history: HISTORY,
  tried: [
    ...TRIED,
    { t: '家人建議{他}多喝水、多休息，照做了一個禮拜，還是沒什麼改善。' },
    { t: '之前在其他醫院做過檢查，醫師說報告沒什麼大問題，但症狀還是一直存在。' },
  ],
  impact: IMPACT,
  worries: WORRIES,
  concernWorries: [
    '這樣安全嗎？有哪些需要注意的地方？',
    '請問下一步建議怎麼做？',
    '看診前需要先準備什麼嗎？',
    '之後多久需要追蹤一次？',
  ],
  eventWorries: [
    { t: '這樣需要今天就去看嗎？' },
    { t: '請問接下來幾天要注意哪些狀況？' },
    { t: '請問會不會是什麼嚴重的問題？' },
    { t: '這樣需要去大醫院檢查嗎？還是先觀察就好？' },
  ],
  progression: [
    '一開始只是偶爾，最近變得比較頻繁。',
    '時好時壞，有幾天比較好，有幾天又比較嚴重。',
    '跟剛開始差不多，沒有變好也沒有變差。',
    '一開始很輕微，後來越來越明顯。',
  ],
  longShare: 0.45,
  extras: 0.55,
  numbered: NUMBERED,
  numberedLeads: ['想請問醫師：', '有幾個問題想請教：', '想請教以下幾點：'],
  closings: CLOSINGS,
  details: { short: 2, normal: [3, 4], long: 4 },
  separator: '',
  relativeIntro(rng, c) {
    const relation = RELATIONS[c.relation!].ask(ageStart(c.ageRange));
    return fill(pick(rng, RELATIVE_INTROS), { relation, age: ageZh(c), ...subjectVars(c, false) });
  },
  selfAge: selfAgeSentence,
  vars: (c, named) => ({ ...subjectVars(c, named), ...DURATIONS[c.span][c.duration]!, name: c.text.name }),
  finish: (text) => text,
};

/** 問題內容：長短不一，從幾十字到三百多字。 */
export function questionBodyZh(rng: Rng, c: DemoCase): string {
  return composeBody(rng, c, PHRASES);
}

export function questionTitleZh(rng: Rng, c: DemoCase): string {
  return pick(rng, c.text.titles);
}

function whoTitle(c: DemoCase): string {
  const age = ageStart(c.ageRange);
  if (age < 10) return '小朋友';
  if (age < 20) return '青少年';
  if (c.askingFor === 'other') return age >= 60 ? '長輩' : '家人';
  return decadeZh(c.ageRange);
}

/** 適合當搜尋結果標題的頁面標題。 */
export function pageTitleZh(rng: Rng, c: DemoCase): string {
  const { label } = c.text;
  const duration = DURATIONS[c.span][c.duration]!.title;
  const options = c.topic.concern
    ? [`${label}：需要注意什麼？`, `${label}，需要就醫嗎？`, `關於${label}，醫師怎麼說？`]
    : c.text.intro // 一次性的事件（割傷、跌倒）：不說「持續兩週」或「可能是什麼原因」
      ? [
          `${label}，需要擔心嗎？`,
          `${label}，什麼時候該就醫？`,
          `${whoTitle(c)}${label}，需要就醫嗎？`,
          `${label}要做哪些檢查？`,
        ]
      : [
          `${label}${duration}，需要擔心嗎？`,
          `${label}持續${duration}，可能是什麼原因？`,
          `${label}一直沒改善，什麼時候該就醫？`,
          `${label}可能是什麼原因？`,
          `${whoTitle(c)}${label}，需要就醫嗎？`,
          `${label}要做哪些檢查？`,
        ];
  return pick(rng, [...options, ...(c.text.headlines ?? [])]);
}
