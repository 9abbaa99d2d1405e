/**
 * Plain-text emails of the doctor side: information requests to askers, their answers to doctors,
 * escalations to editors and the doctors' daily digest. Each is written in its reader's language.
 */
import type { Lang } from '../../db/schema.ts';
import type { EmailMessage } from '../email/email.service.ts';
import { formatHours } from './answers.messages.ts';

const zh = (lang: Lang) => lang === 'zh-TW';

/**
 * To the asker: a doctor needs more information. Only the hash of the private status link is
 * stored, so the link cannot be included; the asker opens the one they kept.
 */
export function infoRequestEmail(
  to: string,
  lang: Lang,
  p: { title: string; message: string; accountUrl?: string },
): EmailMessage {
  const lines = zh(lang)
    ? [
        `醫師在回覆您的問題「${p.title}」之前，需要您補充一些資訊：`,
        '',
        p.message,
        '',
        '請打開您提問時保存的專屬進度連結，在該頁面回覆醫師。',
        p.accountUrl ? `若您已登入帳號，也可以從「我的問題」頁面找到這個問題：${p.accountUrl}` : '',
        '',
        '本服務提供一般健康資訊，不能取代醫師的當面診斷。',
      ]
    : [
        `Before answering your question "${p.title}", a doctor needs some more information:`,
        '',
        p.message,
        '',
        'Please open the private link you kept when you asked, and reply to the doctor on that page.',
        p.accountUrl ? `You can also find the question on your account page: ${p.accountUrl}` : '',
        '',
        'This service gives general health information; it does not replace an examination by a doctor.',
      ];
  return {
    to,
    subject: zh(lang) ? '醫師需要您補充資訊' : 'A doctor needs more information',
    text: `${lines.filter((line, i, all) => line !== '' || all[i - 1] !== '').join('\n')}\n`,
  };
}

/** To the doctor who asked: the asker answered, and the question is back in the queue. */
export function askerRepliedEmail(to: string, lang: Lang, p: { title: string; url: string }): EmailMessage {
  return zh(lang)
    ? {
        to,
        subject: `提問者已補充資訊：${p.title}`,
        text: `您請提問者補充資訊的問題「${p.title}」已收到回覆，並回到待回覆清單（仍由您認領）：\n${p.url}\n`,
      }
    : {
        to,
        subject: `The asker replied: ${p.title}`,
        text: `The asker answered your request for more information on "${p.title}". The question is back in the queue, still claimed by you:\n${p.url}\n`,
      };
}

export interface EscalatedItem {
  id: number;
  title: string;
  askedAt: Date;
  url: string;
}

/** To every editor: questions that just passed the answer target. Editors have no language setting, so both. */
export function escalationEmail(to: string, items: EscalatedItem[], targetHours: number, editorUrl: string) {
  const list = items.map((q) => `- ${q.title} (${q.askedAt.toISOString().slice(0, 10)}) ${q.url}`).join('\n');
  return {
    to,
    subject: `問題等候逾時 / Questions waiting more than ${targetHours} hours (${items.length})`,
    text: [
      `以下 ${items.length} 則問題等候醫師回覆已超過 ${targetHours} 小時：`,
      `These ${items.length} question(s) have waited more than ${targetHours} hours for a doctor:`,
      '',
      list,
      '',
      `編輯後台 / Editor area: ${editorUrl}`,
      '',
    ].join('\n'),
  };
}

export interface DigestFigures {
  departments: { name: string; waiting: number; needsInfo: number; overdue: number }[];
  oldest: { title: string; waitingHours: number; url: string }[];
  targetHours: number;
  doctorAreaUrl: string;
  unsubscribeNote: string;
}

/** The daily digest of a doctor's departments' queue. */
export function digestEmail(to: string, lang: Lang, day: string, f: DigestFigures): EmailMessage {
  const total = f.departments.reduce((n, d) => n + d.waiting, 0);
  const overdue = f.departments.reduce((n, d) => n + d.overdue, 0);
  const z = zh(lang);
  const lines = [
    z ? `${day} 待回覆問題摘要` : `Your departments' queue on ${day}`,
    '',
    z
      ? `待回覆 ${total} 則，其中逾時（超過 ${f.targetHours} 小時）${overdue} 則。`
      : `${total} waiting for an answer, ${overdue} of them overdue (more than ${f.targetHours} hours).`,
    '',
    ...f.departments.map((d) =>
      z
        ? `${d.name}：待回覆 ${d.waiting}，逾時 ${d.overdue}，等候提問者補充 ${d.needsInfo}`
        : `${d.name}: ${d.waiting} waiting, ${d.overdue} overdue, ${d.needsInfo} waiting for the asker`,
    ),
  ];
  if (f.oldest.length > 0) {
    lines.push('', z ? '等候最久的問題：' : 'Waiting longest:');
    for (const q of f.oldest) lines.push(`- ${q.title} (${formatHours(q.waitingHours, lang)}) ${q.url}`);
  }
  lines.push('', `${z ? '醫師專區' : 'Doctor area'}: ${f.doctorAreaUrl}`, f.unsubscribeNote, '');
  return {
    to,
    subject: z
      ? `每日待回覆摘要：${total} 則（逾時 ${overdue}）`
      : `Daily queue: ${total} waiting (${overdue} overdue)`,
    text: lines.join('\n'),
  };
}
