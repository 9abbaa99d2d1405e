/**
 * Import records for tests and examples: `buildRecord()` for one valid record, and
 * `sampleRecords()` for a varied set (both languages, all statuses, several answers, More
 * Info, date-only and full timestamps, departments by slug, name, alias and unknown names).
 */
import type { ImportRecordInput } from './transfer.schema.ts';

let counter = 0;

/** One valid English record; `overrides` replace top-level keys. */
export function buildRecord(overrides: Partial<ImportRecordInput> = {}): ImportRecordInput {
  counter++;
  return {
    externalId: `test-${counter}`,
    lang: 'en',
    department: 'Cardiology',
    title: `Chest pain after running (${counter})`,
    question: {
      title: 'Chest pain',
      body: 'I feel a sharp pain in my chest after I run for ten minutes. Should I worry?',
      askerName: 'Runner',
      ageRange: '30-39',
      gender: 'male',
      askedAt: '2021-08-05',
    },
    answers: [
      {
        doctorName: 'Dr. Alice Chen',
        hospital: 'Taipei General Hospital',
        body: 'Chest pain on exertion should be checked: please see a cardiologist soon.',
        answeredAt: '2021-08-06',
      },
    ],
    status: 'published',
    ...overrides,
  };
}

/** A varied set of records in input form (not normalized: names and dates as a source writes them). */
export function sampleRecords(): ImportRecordInput[] {
  return [
    buildRecord({ externalId: 'sample-en-1', department: 'cardiology', viewCount: 12 }),
    {
      externalId: 'sample-zh-1',
      lang: 'zh-TW',
      department: '家醫科',
      title: '手抖是巴金森氏症嗎？',
      question: {
        title: '手抖',
        body: '最近拿筷子時手會抖，尤其是緊張的時候。\n\n請問需要看哪一科？',
        askerName: '王小姐',
        ageRange: '60-69',
        gender: 'female',
        askedAt: '2020-03-01T09:15:00+08:00',
        askingFor: 'other',
      },
      answers: [
        {
          doctorName: '林大明',
          hospital: '臺大醫院',
          doctorTitle: '主治醫師',
          body: '手抖的原因很多，建議先到神經內科檢查。',
          answeredAt: '2020-03-02',
          department: '神經內科',
        },
        {
          doctorName: '陳美玲',
          hospital: '臺北榮民總醫院',
          body: '若合併動作變慢或僵硬，請盡快就醫。',
          answeredAt: '2020-03-03T18:30:00.000Z',
        },
      ],
      status: 'published',
      moreInfo: '## 什麼是顫抖？\n\n顫抖是一種不自主的規律動作。',
      moreInfoMachine: true,
      moreInfoReviewed: true,
      viewCount: 340,
    },
    buildRecord({
      externalId: 'sample-en-new-dept',
      department: '  Sports   Medicine ',
      answers: [
        {
          doctorName: 'Dr. Alice Chen',
          hospital: 'Taipei General Hospital',
          body: 'Warm up, and stop if the pain comes back.',
          answeredAt: '2022-01-10T03:00:00Z',
        },
        {
          doctorName: 'Dr. Bob Lin',
          hospital: 'Kaohsiung Medical Center',
          doctorTitle: 'Attending Physician',
          body: 'A stress test can rule out heart disease.',
          answeredAt: '2022-01-11',
        },
      ],
      moreInfo: 'Exercise and the heart: start slowly.',
    }),
    {
      ...buildRecord({ externalId: 'sample-zh-new-dept', lang: 'zh-TW', department: '睡眠醫學科' }),
      title: '失眠怎麼辦',
      question: {
        title: '睡不著',
        body: '每天凌晨三點醒來就睡不著。',
        askerName: '夜貓子',
        ageRange: '20-29',
        gender: 'other',
        askedAt: '2023-11-30',
      },
      answers: [
        {
          doctorName: '林大明',
          hospital: '臺大醫院',
          body: '規律作息，睡前避免使用手機。',
          answeredAt: '2023-12-01',
        },
      ],
    },
    // One of every other status, including ones that are never public.
    buildRecord({ externalId: 'sample-submitted', status: 'submitted', answers: [] }),
    buildRecord({
      externalId: 'sample-approved',
      status: 'approved',
      department: 'Endocrinology',
      answers: [],
    }),
    buildRecord({ externalId: 'sample-answered', status: 'answered', department: 'OB/GYN' }),
    buildRecord({ externalId: 'sample-rejected', status: 'rejected', answers: [] }),
    buildRecord({ externalId: 'sample-removed', status: 'removed', department: 'ent' }),
  ];
}
