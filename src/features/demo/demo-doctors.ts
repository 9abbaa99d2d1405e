/** Titles and short bios of the demo doctors, in English and Chinese. */
import { DEPARTMENT_CATALOG } from '../departments/department-catalog.ts';
import { DEPARTMENT_CONTENT } from './content/index.ts';
import { DEMO_HOSPITALS, type RosterEntry } from './demo-people.ts';
import type { DemoDoctor } from './demo-types.ts';

const STYLE_EN = [
  'Known for explaining test results in plain language.',
  'Believes that good care starts with listening carefully.',
  'Enjoys helping patients make small, lasting changes to everyday habits.',
  'Takes part in community health talks and school health programs.',
  'Encourages patients to write their questions down before a visit, so that nothing is forgotten.',
];
const STYLE_ZH = [
  '看診時習慣用淺白的方式說明檢查結果。',
  '相信好的照護從仔細傾聽開始。',
  '樂於協助病人從日常小習慣做出持久的改變。',
  '經常參與社區衛教講座與校園健康推廣。',
  '鼓勵病人把想問的問題先寫下來，看診時才不會遺漏。',
];

type Profession = 'physician' | 'dentist' | 'dietitian' | 'pharmacist';

function professionOf(slug: string): Profession {
  if (slug === 'dentistry') return 'dentist';
  if (slug === 'nutrition') return 'dietitian';
  if (slug === 'pharmacy') return 'pharmacist';
  return 'physician';
}

function department(slug: string) {
  const found = DEPARTMENT_CATALOG.find((d) => d.slug === slug);
  if (!found) throw new Error(`Unknown department ${slug}`);
  return found;
}

function titles(entry: RosterEntry): [string, string] {
  const main = department(entry.departments[0]!);
  const hospital = DEMO_HOSPITALS[entry.hospital]!;
  if (entry.rank === 'director' && hospital.name.endsWith('Clinic')) return ['Clinic Director', '院長'];
  const profession = professionOf(main.slug);
  const senior = entry.rank === 'senior';
  if (entry.rank === 'director') {
    const head = profession === 'dietitian' ? 'Chief Dietitian' : 'Director';
    return [`${head}, Department of ${main.nameEn}`, `${main.nameZh}主任`];
  }
  switch (profession) {
    case 'dentist':
      return [
        senior ? 'Senior Attending Dentist' : 'Attending Dentist',
        senior ? '牙科資深主治醫師' : '牙科主治醫師',
      ];
    case 'dietitian':
      return [senior ? 'Senior Dietitian' : 'Registered Dietitian', senior ? '資深營養師' : '營養師'];
    case 'pharmacist':
      return [
        senior ? 'Senior Clinical Pharmacist' : 'Clinical Pharmacist',
        senior ? '資深臨床藥師' : '臨床藥師',
      ];
    default:
      return [
        `${senior ? 'Senior Attending Physician' : 'Attending Physician'}, ${main.nameEn}`,
        `${main.nameZh}${senior ? '資深主治醫師' : '主治醫師'}`,
      ];
  }
}

/** The public profile of one roster entry; `index` only varies the closing sentence. */
export function buildDemoDoctor(entry: RosterEntry, index: number): DemoDoctor {
  const hospital = DEMO_HOSPITALS[entry.hospital]!;
  const [titleEn, titleZh] = titles(entry);
  const [mainSlug, otherSlug] = entry.departments;
  const content = DEPARTMENT_CONTENT[mainSlug!];
  const profession = professionOf(mainSlug!);
  const honorific = profession === 'physician' || profession === 'dentist' ? 'Dr. ' : '';
  const roleZh = profession === 'dietitian' ? '營養師' : profession === 'pharmacist' ? '藥師' : '醫師';
  const other = otherSlug ? department(otherSlug) : undefined;
  const otherClinicZh = other ? (other.nameZh.endsWith('門診') ? other.nameZh : `${other.nameZh}門診`) : '';

  const bioEn = [
    `${honorific}${entry.name} has ${entry.years} years of experience and practices at ${hospital.name} in ${hospital.city}.`,
    content ? `Main interests: ${content.en.focus}.` : '',
    other ? `Also sees patients in ${other.nameEn}.` : '',
    STYLE_EN[index % STYLE_EN.length],
  ].filter(Boolean);
  const bioZh = [
    `${entry.nameZh}${roleZh}現任${hospital.nameZh}${titleZh}，執業${entry.years}年。`,
    content ? `專長：${content.zh.focus}。` : '',
    other ? `也在${otherClinicZh}看診。` : '',
    STYLE_ZH[index % STYLE_ZH.length],
  ].filter(Boolean);
  return {
    name: entry.name,
    nameZh: entry.nameZh,
    hospital: hospital.name,
    departments: [...entry.departments],
    titleEn,
    titleZh,
    bioEn: bioEn.join(' '),
    bioZh: bioZh.join(''),
  };
}
