import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEPARTMENT_CATALOG } from '../../departments/department-catalog.ts';
import { LEXICON_GROUPS, type LexiconGroup } from './lexicon-data.ts';
import { BROAD_WORDS, checkLexiconName, SIMPLIFIED_ONLY } from './lexicon-rules.ts';

const key = (text: string) => text.trim().toLowerCase();

/** Group id of every term text (case-insensitive). */
const INDEX: ReadonlyMap<string, string> = new Map(
  LEXICON_GROUPS.flatMap((group) => group.terms.map((term) => [key(term.text), group.id] as const)),
);

function groupOf(text: string): LexiconGroup {
  const id = INDEX.get(key(text));
  assert.ok(id, `"${text}" is in the lexicon`);
  return LEXICON_GROUPS.find((group) => group.id === id)!;
}

/** Asserts that all `texts` are names of one and the same concept. */
function assertSameGroup(...texts: string[]): void {
  const first = groupOf(texts[0]!);
  for (const text of texts.slice(1)) {
    assert.equal(groupOf(text).id, first.id, `"${text}" is in the group of "${texts[0]}"`);
  }
}

const HAN = /\p{Script=Han}/u;

describe('lexicon data', () => {
  test('has at least 250 concept groups', () => {
    assert.ok(LEXICON_GROUPS.length >= 250, `${LEXICON_GROUPS.length} groups`);
  });

  test('group ids are unique and kebab-case', () => {
    const seen = new Set<string>();
    for (const group of LEXICON_GROUPS) {
      assert.match(group.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, `id "${group.id}"`);
      assert.ok(!seen.has(group.id), `id "${group.id}" is used once`);
      seen.add(group.id);
    }
  });

  test('every group has two or more names, in English and in Chinese', () => {
    for (const group of LEXICON_GROUPS) {
      assert.ok(group.terms.length >= 2, `${group.id} has at least two names`);
      assert.ok(
        group.terms.some((term) => term.lang === 'en'),
        `${group.id} has an English name`,
      );
      assert.ok(
        group.terms.some((term) => term.lang === 'zh'),
        `${group.id} has a Chinese name`,
      );
    }
  });

  test('terms are well formed: language, register, no stray whitespace', () => {
    for (const group of LEXICON_GROUPS) {
      for (const term of group.terms) {
        const where = `${group.id}: "${term.text}"`;
        assert.ok(term.text.length > 0, `${where} is not empty`);
        assert.equal(term.text, term.text.trim(), `${where} has no leading or trailing whitespace`);
        assert.doesNotMatch(term.text, /\s{2}|[\t\n\r]/, `${where} has no doubled or odd whitespace`);
        assert.ok(term.lang === 'en' || term.lang === 'zh', `${where} language`);
        assert.ok(term.kind === 'lay' || term.kind === 'clinical', `${where} register`);
        if (term.lang === 'zh') assert.match(term.text, HAN, `${where} is written in Chinese characters`);
        else assert.doesNotMatch(term.text, HAN, `${where} has no Chinese characters`);
      }
    }
  });

  test("every name passes the rules editors' names are held to (lexicon-rules.ts)", () => {
    const broken: string[] = [];
    for (const group of LEXICON_GROUPS) {
      for (const term of group.terms) {
        const problem = checkLexiconName(term.text, term.lang);
        if (problem) broken.push(`${group.id}: "${term.text}" ${problem}`);
      }
    }
    assert.deepEqual(broken, []);
  });

  test('a name belongs to one group only (case-insensitive, trimmed)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const group of LEXICON_GROUPS) {
      for (const term of group.terms) {
        const k = key(term.text);
        const previous = owner.get(k);
        if (previous !== undefined) clashes.push(`"${term.text}" in ${previous} and ${group.id}`);
        else owner.set(k, group.id);
      }
    }
    assert.deepEqual(clashes, []);
  });

  test('Chinese names use Traditional characters only', () => {
    assert.ok(SIMPLIFIED_ONLY.length >= 60);
    const simplified = new Set(SIMPLIFIED_ONLY);
    const found: string[] = [];
    for (const group of LEXICON_GROUPS) {
      for (const term of group.terms) {
        if (term.lang !== 'zh') continue;
        const chars = [...term.text].filter((ch) => simplified.has(ch));
        if (chars.length > 0) found.push(`${group.id}: "${term.text}" (${chars.join('')})`);
      }
    }
    assert.deepEqual(found, []);
  });

  test('both registers are represented in both languages', () => {
    const count = (lang: 'en' | 'zh', kind: 'lay' | 'clinical') =>
      LEXICON_GROUPS.reduce(
        (sum, group) => sum + group.terms.filter((t) => t.lang === lang && t.kind === kind).length,
        0,
      );
    for (const lang of ['en', 'zh'] as const) {
      for (const kind of ['lay', 'clinical'] as const) {
        assert.ok(count(lang, kind) >= 250, `${lang}/${kind}: ${count(lang, kind)} names`);
      }
    }
  });

  test("the issue's examples are synonyms", () => {
    assertSameGroup('high blood pressure', 'hypertension', '高血壓');
    assertSameGroup('heart attack', 'myocardial infarction', '心肌梗塞', '心臟病發作');
    assertSameGroup('抽筋', '痙攣', 'muscle cramp', 'muscle spasm');
    assertSameGroup('手抖', '手一直抖', '震顫', 'tremor', 'shaky hands');
    assertSameGroup(
      'heartburn',
      'acid reflux',
      'gastroesophageal reflux',
      'GERD',
      '火燒心',
      '胃酸逆流',
      '胃食道逆流',
    );
  });

  test('common lay and clinical names meet', () => {
    const pairs: string[][] = [
      ['頭暈', '眩暈', 'dizziness', 'vertigo'],
      ['拉肚子', '腹瀉', 'diarrhea', 'diarrhoea'],
      ['便秘', 'constipation'],
      ['胸悶', 'chest tightness'],
      ['心悸', 'palpitations', 'racing heart'],
      ['喘', '呼吸困難', 'shortness of breath', 'dyspnea'],
      ['耳鳴', 'tinnitus'],
      ['飛蚊症', 'floaters'],
      ['青春痘', '痤瘡', 'acne'],
      ['富貴手', 'hand eczema'],
      ['灰指甲', '甲癬', 'onychomycosis'],
      ['香港腳', '足癬', "athlete's foot"],
      ['蕁麻疹', 'hives', 'urticaria'],
      ['皮蛇', '帶狀皰疹', 'shingles'],
      ['五十肩', '冰凍肩', '沾黏性肩關節囊炎', 'frozen shoulder'],
      ['坐骨神經痛', 'sciatica'],
      ['骨刺', 'bone spur'],
      ['痛風', 'gout'],
      ['尿道炎', 'UTI', 'urinary tract infection'],
      ['頻尿', 'frequent urination'],
      ['攝護腺肥大', 'BPH', 'enlarged prostate'],
      ['月經不規則', 'irregular periods'],
      ['經痛', 'dysmenorrhea', 'period pain'],
      ['更年期', 'menopause'],
      ['不孕', 'infertility'],
      ['妊娠糖尿病', 'gestational diabetes'],
      ['小孩發燒', 'child fever'],
      ['腸病毒', 'enterovirus'],
      ['過敏性鼻炎', 'hay fever', 'allergic rhinitis'],
      ['鼻竇炎', 'sinusitis'],
      ['扁桃腺炎', 'tonsillitis'],
      ['蛀牙', '齲齒', 'tooth decay', 'dental caries'],
      ['牙周病', 'gum disease', 'periodontitis'],
      ['智齒', 'wisdom tooth'],
      ['失眠', 'insomnia'],
      ['憂鬱', 'depression'],
      ['焦慮', 'anxiety'],
      ['恐慌症', 'panic attack'],
      ['脂肪肝', 'fatty liver'],
      ['B肝', 'B型肝炎', 'hepatitis B'],
      ['膽結石', 'gallstones'],
      ['胃潰瘍', 'peptic ulcer'],
      ['大腸鏡', 'colonoscopy'],
      ['胃鏡', 'endoscopy', 'gastroscopy'],
      ['糖尿病', '血糖高', 'diabetes', 'high blood sugar'],
      ['甲狀腺亢進', 'hyperthyroidism'],
      ['高血脂', '膽固醇高', 'high cholesterol', 'hyperlipidemia'],
      ['貧血', 'anemia', 'anaemia'],
      ['腎結石', 'kidney stones'],
      ['蛋白尿', '泡泡尿', 'proteinuria', 'foamy urine'],
      ['中風', 'stroke'],
      ['偏頭痛', 'migraine'],
      ['巴金森', "Parkinson's"],
      ['失智', 'dementia'],
      ['白內障', 'cataract'],
      ['青光眼', 'glaucoma'],
      ['近視', 'myopia', 'nearsighted'],
      ['戒菸', 'quit smoking', 'smoking cessation'],
      ['尼古丁貼片', 'nicotine patch'],
      ['抗生素', 'antibiotics'],
      ['止痛藥', 'painkillers', 'analgesics'],
      ['安眠藥', 'sleeping pills', 'hypnotics'],
      ['類固醇', 'steroids'],
      ['抽血', 'blood test'],
      ['超音波', 'ultrasound'],
      ['電腦斷層', 'CT scan'],
      ['核磁共振', 'MRI'],
      ['切片', 'biopsy'],
      ['腫瘤標記', 'tumor markers'],
      ['乳房硬塊', 'breast lump'],
      ['淋巴結腫大', 'swollen lymph nodes'],
      ['痔瘡', 'hemorrhoids', 'piles'],
      ['疝氣', 'hernia'],
      ['靜脈曲張', 'varicose veins'],
      ['骨質疏鬆', 'osteoporosis'],
      ['退化性關節炎', 'osteoarthritis'],
      ['類風濕性關節炎', 'rheumatoid arthritis'],
      ['紅斑性狼瘡', 'lupus'],
      ['針灸', 'acupuncture'],
      ['中藥', 'Chinese herbs'],
      ['腳踝扭傷', 'ankle sprain'],
      ['網球肘', 'tennis elbow'],
      ['腕隧道症候群', 'carpal tunnel'],
      ['燒燙傷', 'burn'],
      ['蟹足腫', 'keloid'],
      ['減重', '體重控制', 'weight loss'],
      ['低鈉飲食', 'low-salt diet'],
      ['保健食品', 'supplements'],
      ['藥物交互作用', 'drug interaction'],
      ['漏吃藥', 'missed dose'],
    ];
    for (const texts of pairs) assertSameGroup(...texts);
  });

  test('Taiwanese spelling variants are both present', () => {
    assertSameGroup('肩膀痠痛', '肩膀酸痛');
    assertSameGroup('腰痠背痛', '腰酸背痛');
    assertSameGroup('便秘', '便祕');
    assertSameGroup('anemia', 'anaemia');
    assertSameGroup('gastroesophageal reflux', 'gastro-oesophageal reflux');
    assertSameGroup('戒菸', '戒煙');
  });

  test('broad words stay out: no group mixes a bare "pain" or "痛" with specific names', () => {
    for (const broad of BROAD_WORDS) {
      assert.equal(INDEX.get(key(broad)), undefined, `"${broad}" is not a name of any concept`);
    }
  });

  test('every department of the catalog is covered', () => {
    const probes: Record<string, string[]> = {
      'family-medicine': ['common cold', 'fever', 'health check'],
      'internal-medicine': ['anemia', 'fatigue', 'dehydration'],
      cardiology: ['hypertension', 'palpitations', 'heart failure'],
      gastroenterology: ['GERD', 'fatty liver', 'colonoscopy'],
      pulmonology: ['asthma', 'COPD', 'sleep apnea'],
      nephrology: ['chronic kidney disease', 'proteinuria', 'dialysis'],
      endocrinology: ['diabetes', 'hyperthyroidism', 'osteoporosis'],
      'infectious-diseases': ['shingles', 'dengue fever', 'tuberculosis'],
      neurology: ['migraine', 'stroke', 'tremor'],
      'general-surgery': ['hernia', 'hemorrhoids', 'appendicitis'],
      orthopedics: ['frozen shoulder', 'osteoarthritis', 'ankle sprain'],
      neurosurgery: ['herniated disc', 'concussion', 'brain tumor'],
      urology: ['BPH', 'kidney stones', 'UTI'],
      'obstetrics-gynecology': ['menopause', 'uterine fibroids', 'gestational diabetes'],
      pediatrics: ['child fever', 'enterovirus', 'bedwetting'],
      ophthalmology: ['cataract', 'glaucoma', 'floaters'],
      otolaryngology: ['tinnitus', 'sinusitis', 'allergic rhinitis'],
      dermatology: ['acne', 'eczema', 'hives'],
      psychiatry: ['depression', 'insomnia', 'panic attack'],
      rehabilitation: ['physical therapy', 'spinal traction', 'shockwave therapy'],
      dentistry: ['tooth decay', 'wisdom tooth', 'root canal'],
      oncology: ['chemotherapy', 'tumor markers', 'biopsy'],
      'plastic-surgery': ['keloid', 'blepharoplasty', 'burn'],
      rheumatology: ['gout', 'lupus', 'rheumatoid arthritis'],
      'chinese-medicine': ['acupuncture', 'Chinese herbs', 'cupping therapy'],
      'emergency-medicine': ['choking', 'anaphylaxis', 'CPR'],
      nutrition: ['low-salt diet', 'supplements', 'weight loss'],
      pharmacy: ['drug interaction', 'missed dose', 'side effects'],
      'smoking-cessation': ['quit smoking', 'nicotine patch', 'varenicline'],
    };
    for (const department of DEPARTMENT_CATALOG) {
      const names = probes[department.slug];
      assert.ok(names, `probes for ${department.slug}`);
      for (const name of names)
        assert.ok(INDEX.has(key(name)), `${department.slug}: "${name}" is in the lexicon`);
    }
  });
});
