/**
 * Names of askers in salutations and signatures ("I'm Mary Chen", "Thanks, John",
 * "我是王小明", "陳先生敬上", "小美 上"). Only these positions are searched: names elsewhere
 * (a doctor the asker mentions, "Dr. Lin said", "林醫師說") are not the asker's.
 */
import { type Candidate, matchAll } from './pii-patterns.ts';

/** Common surnames in Taiwan and mainland China, Traditional and Simplified. */
const SURNAMES =
  '陳陈林黃黄張张李王吳吴劉刘蔡楊杨許许鄭郑謝谢郭洪曾邱廖賴赖周徐蘇苏葉叶莊庄呂吕江何蕭萧羅罗高潘簡简朱鍾钟彭游詹胡施沈余趙赵盧卢梁顏颜柯孫孙魏翁戴范宋方鄧邓杜傅侯曹薛丁卓阮馬马董溫温唐藍蓝石蔣蒋古紀纪姚連连馮冯歐欧程湯汤黎田康姜白汪鄒邹尤巫涂龔龚嚴严韓韩袁金童陸陆夏柳邵錢钱伍倪于譚谭駱骆熊任秦顧顾毛章史萬万俞雷饒饶凌崔聶聂';
const COMPOUND = '歐陽|欧阳|司馬|司马|上官|諸葛|诸葛|張簡|张简|范姜';
const HONORIFIC = '先生|小姐|太太|女士|媽媽|妈妈|爸爸|阿姨|伯伯';
const HAN = String.raw`[\u4e00-\u9fff]`;
/** A Chinese name: surname + one or two characters, a nickname (小美, 阿明), or surname + honorific. */
const ZH_NAME = String.raw`(?:(?:${COMPOUND}|[${SURNAMES}])(?:${HONORIFIC}|${HAN}{1,2})|[小阿]${HAN})`;
/** Words that look like a name after 我是 but are not ("我是高中生", "我是小孩的媽媽"). */
const ZH_NOT_NAMES = new Set([
  '高中生',
  '小孩',
  '小朋友',
  '小學生',
  '小学生',
  '方便',
  '曾經',
  '曾经',
  '阿嬤',
  '阿公',
  '阿姨',
]);
const ZH_NOT_NAME_ENDINGS = /[生師师者族員员人工家長长病友]$/;

function zhNameOk(value: string): boolean {
  if (ZH_NOT_NAMES.has(value)) return false;
  if (/(?:先生|小姐|太太|女士)$/.test(value)) return true;
  return !ZH_NOT_NAME_ENDINGS.test(value);
}

const ZH_PATTERNS: RegExp[] = [
  // 我是王小明，… / 我叫陳美玲 / 我的名字是許佳穎 / 本人林志豪
  new RegExp(
    String.raw`(?:我是|我叫|我的名字是|我的名字叫|我名字叫|本人是?)\s*(?<v>${ZH_NAME})(?=\s*(?:$|[，,。.！!？?、（(\s]|在這|在这|來|来|想|今年|就好|的))`,
    'dg',
  ),
  // 陳先生敬上 / 小美 上 / 黃小姐 敬上 (at the end)
  // (before a bare 上 only a name-shaped word: "每天早上" ends with 上 too)
  new RegExp(String.raw`(?<!${HAN})(?<v>${HAN}{2,4}?)\s*(?:敬上|謹上|谨上|拜上)\s*[。.!！]?\s*$`, 'dg'),
  new RegExp(String.raw`(?<!${HAN})(?<v>${ZH_NAME})\s*上\s*[。.!！]?\s*$`, 'dg'),
  // ……！小華在這邊先謝謝 (a nickname introducing itself)
  new RegExp(String.raw`(?<!${HAN})(?<v>[小阿]${HAN})(?=在這邊|在这边|在此)`, 'dg'),
  // 謝謝醫師 阿明 / 敬祝安康 趙艾琳 / 感恩\n克萊兒 (a short name ending the text after a closing:
  // name-shaped, or any short word on a line of its own; not "謝謝，晚安")
  new RegExp(
    String.raw`(?:謝謝|谢谢|感謝|感谢|感恩|麻煩了?|麻烦了?|敬祝安康|祝好|拜託|拜托)[^\n。]{0,6}?[\s，,！!。]*\n\s*(?<v>${HAN}{2,4})\s*[。.!！]?\s*$`,
    'dg',
  ),
  new RegExp(
    String.raw`(?:謝謝|谢谢|感謝|感谢|感恩|麻煩了?|麻烦了?|敬祝安康|祝好|拜託|拜托)[^\n。]{0,6}?[\s，,！!。~～]+(?<v>${ZH_NAME})\s*[。.!！]?\s*$`,
    'dg',
  ),
  // 手機 0955-321-987（李先生） / 王先生 (surname + honorific, not part of a longer word)
  // …but not "郭太太您好", a reply greeting the asker by the published pseudonym.
  new RegExp(
    String.raw`(?<!${HAN})(?<v>(?:${COMPOUND}|[${SURNAMES}])(?:先生|小姐|太太|女士))(?!\s*[您你]?好)`,
    'dg',
  ),
];

/** Closing words that are not names ("謝謝醫師", "感謝大家"). */
const ZH_CLOSING_WORDS =
  /^(?:醫師|医师|醫生|医生|大家|各位|你們|你们|您們|您们|醫師們|回覆|回复|幫忙|帮忙|解答|謝謝|谢谢|感謝|感谢|感恩|多謝|多谢|拜託|拜托|麻煩|麻烦)/;

const EN_NAME = String.raw`[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}`;
const EN_NOT_NAMES = new Set(
  'Doctor Dr Doc Sir Madam Thanks Thank Hello Hi Hey Please Help Sorry Regards Best Cheers Sincerely Yours Taiwanese Chinese American Japanese Muslim Christian Buddhist Vegetarian Vegan Male Female Not Okay OK So Also And But Just Really Very Worried Here There Mom Dad Mum'.split(
    ' ',
  ),
);
const SIGN_OFF = String.raw`(?:Thanks|Thank you|Many thanks|Thanks a lot|Thanks so much|Best|Best regards|Regards|Kind regards|Warm regards|Sincerely|Yours|Yours truly|Cheers|Love|All the best|Signed|xoxo|Hugs|Take care|Respectfully)`;

const EN_PATTERNS: RegExp[] = [
  // I'm Mary Chen / my name is Kevin Huang / this is Grace Liu / Hello, I am Chen Wei-Ting
  new RegExp(
    String.raw`\b(?:I'm|I am|I’m|[Mm]y name is|[Mm]y name's|[Tt]his is|[Cc]all me)\s+(?<v>${EN_NAME})\b`,
    'dg',
  ),
  // Thanks, John / Best regards, Amy Lin / Regards,\nOliver Hsieh / Kind regards and thanks,\nAlex
  new RegExp(
    String.raw`\b${SIGN_OFF}\b[^.\n]{0,40}?[,!.]?\s*\n?\s*(?<v>${EN_NAME})\s*[.!]?\s*(?=$|\()`,
    'dgi',
  ),
  // Yvonne here / My son, Leo, … / my husband David (a family member by name)
  new RegExp(String.raw`(?:^|[,.!?]\s+)(?<v>${EN_NAME})\s+here\b`, 'dg'),
  new RegExp(
    String.raw`\b[Mm]y\s+(?:son|daughter|husband|wife|mother|mom|mum|father|dad|brother|sister|boyfriend|girlfriend|partner|baby|grandson|granddaughter|grandmother|grandfather|child|kid)\s*,?\s+(?<v>${EN_NAME})\b`,
    'dg',
  ),
  // … two hours. Ken / --Brian / - Vivian (a short name alone at the very end)
  // (not a text that is only capitalized words: a title such as "Eyelid Twitching" or "Neurology")
  new RegExp(
    String.raw`(?:[.!?]\s+|\n\s*|(?:^|\s)--\s*|(?:^|\s)-\s+|—\s*)(?<v>${EN_NAME})\s*[.!]?\s*$`,
    'dg',
  ),
];

function enNameOk(value: string): boolean {
  const first = value.split(/[ -]/)[0]!;
  return !EN_NOT_NAMES.has(first) && !EN_NOT_NAMES.has(value);
}

export function findNames(text: string): Candidate[] {
  const zh = ZH_PATTERNS.flatMap((pattern) =>
    matchAll(text, pattern, 'name', (value) => zhNameOk(value) && !ZH_CLOSING_WORDS.test(value)),
  );
  const en = EN_PATTERNS.flatMap((pattern) =>
    matchAll(text, pattern, 'name', (value) => /^[A-Z]/.test(value) && enNameOk(value)),
  );
  return [...zh, ...en];
}
