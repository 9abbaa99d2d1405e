/**
 * What a question asks, independent of its topic: which medicine, which test, is it serious,
 * what causes it, what to do, which department, what to eat, can I stop or change a treatment.
 * Two questions about the same complaint with different asks have different intents (the
 * evaluation set labels them so), so similar-question scoring compares these as well as topics.
 * Matched on normalized text (lower case, Traditional Chinese), by deterministic cue lists.
 */

export type QuestionAsk =
  | 'medicine'
  | 'test'
  | 'serious'
  | 'cause'
  | 'treat'
  | 'which-department'
  | 'diet'
  | 'stop-or-change'
  | 'emergency'
  | 'side-effect'
  | 'contagious'
  | 'pregnancy';

const CUES: Record<QuestionAsk, RegExp> = {
  medicine:
    /\b(which|what) (medicine|medication|drug|pill|tablet|painkiller|cream|ointment)s?\b|\b(take|use) (for|to)\b|吃什麼藥|用什麼藥|哪一種藥|哪種藥|擦什麼|藥膏|該選哪/,
  test: /\b(test|tests|testing|scan|x-ray|xray|mri|ct|ultrasound|biopsy|screening|check-?up|work-?up|examination|exam)\b|檢查|篩檢|抽血|超音波|斷層|核磁|切片|照x光|健檢/,
  serious:
    /\b(serious|worried|worry|dangerous|cancer|normal|harmless|concern|should i be)\b|嚴重|擔心|危險|癌|正常嗎|要緊|沒關係嗎|會不會是/,
  cause:
    /\b(why|cause|causes|caused|reason|what is (it|this|going on)|could (it|this) be)\b|原因|為什麼|為何|怎麼會|造成|病因|是什麼問題/,
  treat:
    /\b(what (should|can|do) i do|how (do|can|should) i|treat|treatment|cure|get rid|relieve|help|improve|manage)\b|怎麼辦|如何|治療|改善|緩解|處理|根治|怎麼做/,
  'which-department':
    /\b(which|what) (doctor|specialist|department|clinic)\b|\bsee a\b|看哪一科|掛哪一科|哪一科|看什麼科|掛什麼科/,
  diet: /\b(eat|food|foods|diet|drink|meal|meals|nutrition|supplement)s?\b|吃什麼|飲食|食物|喝什麼|保健食品|營養|忌口/,
  'stop-or-change':
    /\b(stop|quit|stopping|come off|switch|reduce|lower the dose|increase the dose|skip|missed)\b|停藥|停掉|不吃了|減藥|換藥|加藥|漏吃|自行停/,
  emergency:
    /\b(emergency|er\b|a&e|ambulance|right now|urgent|immediately|call 119|911)\b|急診|救護車|馬上|立刻|119/,
  'side-effect':
    /\b(side effects?|reaction|after taking|after starting|caused by the (pill|medicine|drug))\b|副作用|吃了.{0,6}(後|之後)|服用後/,
  contagious: /\b(contagious|infectious|spread|catch it|pass it on)\b|傳染|會傳給|會不會傳/,
  pregnancy: /\b(pregnan\w*|breastfeed\w*|trying to conceive)\b|懷孕|孕婦|哺乳|餵奶|備孕/,
};

/** The asks found in normalized question text (see normalizeText in the search tokenizer). */
export function questionAsks(normalized: string): Set<QuestionAsk> {
  const asks = new Set<QuestionAsk>();
  for (const [ask, cue] of Object.entries(CUES) as [QuestionAsk, RegExp][]) {
    if (cue.test(normalized)) asks.add(ask);
  }
  return asks;
}

/** Agreement of two questions' asks in [0, 1]: Jaccard, and neutral (1) when either has none. */
export function askAgreement(a: ReadonlySet<QuestionAsk>, b: ReadonlySet<QuestionAsk>): number {
  if (a.size === 0 || b.size === 0) return 1;
  let shared = 0;
  for (const ask of a) if (b.has(ask)) shared++;
  return shared / (a.size + b.size - shared);
}
