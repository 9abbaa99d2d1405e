/**
 * The account emails in both languages: plain text, the site's name, absolute links built on
 * PUBLIC_URL (never on the request's Host header, which a stranger controls), and no personal
 * data beyond the address they are sent to.
 */
import type { Lang } from '../../db/schema.ts';
import type { EmailMessage } from '../email/email.service.ts';

export type AccountEmailKind =
  | 'verify-email'
  | 'sign-up-existing'
  | 'sign-in'
  | 'reset-password'
  | 'no-account'
  | 'password-changed';

export interface AccountEmailInput {
  kind: AccountEmailKind;
  to: string;
  lang: Lang;
  siteName: string;
  /** The one link the message is about (absolute). */
  link: string;
}

type Template = (site: string, link: string) => { subject: string; body: string };

const en: Record<AccountEmailKind, Template> = {
  'verify-email': (site, link) => ({
    subject: `Confirm your email address for ${site}`,
    body: `Welcome to ${site}.\n\nTo confirm this email address and finish creating your account, open this link and press the button:\n\n${link}\n\nThe link works once, for 48 hours. If you did not create an account, ignore this message: nothing happens without the link.`,
  }),
  'sign-up-existing': (site, link) => ({
    subject: `Your ${site} account`,
    body: `Someone (probably you) tried to create a ${site} account with this email address, but it already has one.\n\nTo sign in, or to choose a new password if you forgot it, go to:\n\n${link}\n\nIf it was not you, ignore this message: your account was not changed.`,
  }),
  'sign-in': (site, link) => ({
    subject: `Your sign-in link for ${site}`,
    body: `Open this link and press the button to sign in to ${site}:\n\n${link}\n\nThe link works once, for 15 minutes. If you did not ask for it, ignore this message.`,
  }),
  'reset-password': (site, link) => ({
    subject: `Choose a new password for ${site}`,
    body: `Open this link to choose a new password for your ${site} account:\n\n${link}\n\nThe link works once, for one hour. Saving a new password signs out every other session. If you did not ask for it, ignore this message: your password stays as it is.`,
  }),
  'no-account': (site, link) => ({
    subject: `About your request at ${site}`,
    body: `Someone (probably you) asked for a sign-in or password link for this email address at ${site}, but there is no account with this address.\n\nTo create one, go to:\n\n${link}\n\nIf it was not you, ignore this message.`,
  }),
  'password-changed': (site, link) => ({
    subject: `Your ${site} password was changed`,
    body: `The password of your ${site} account was just changed, and every other session was signed out.\n\nIf it was not you, choose a new password at once:\n\n${link}`,
  }),
};

const zhTW: Record<AccountEmailKind, Template> = {
  'verify-email': (site, link) => ({
    subject: `請確認您在${site}的電子郵件地址`,
    body: `歡迎使用${site}。\n\n請開啟以下連結並按下按鈕，確認這個電子郵件地址並完成註冊：\n\n${link}\n\n連結只能使用一次，48 小時內有效。如果您沒有註冊帳號，請忽略這封信：沒有這個連結，什麼都不會發生。`,
  }),
  'sign-up-existing': (site, link) => ({
    subject: `您的${site}帳號`,
    body: `有人（可能是您）想用這個電子郵件地址註冊${site}帳號，但這個地址已經有帳號了。\n\n如要登入，或忘記密碼要重新設定，請前往：\n\n${link}\n\n如果不是您，請忽略這封信：您的帳號沒有任何變更。`,
  }),
  'sign-in': (site, link) => ({
    subject: `您的${site}登入連結`,
    body: `請開啟以下連結並按下按鈕，登入${site}：\n\n${link}\n\n連結只能使用一次，15 分鐘內有效。如果您沒有申請，請忽略這封信。`,
  }),
  'reset-password': (site, link) => ({
    subject: `設定您在${site}的新密碼`,
    body: `請開啟以下連結，為您的${site}帳號設定新密碼：\n\n${link}\n\n連結只能使用一次，一小時內有效。儲存新密碼後，其他所有裝置上的登入都會登出。如果您沒有申請，請忽略這封信：您的密碼不會改變。`,
  }),
  'no-account': (site, link) => ({
    subject: `關於您在${site}的申請`,
    body: `有人（可能是您）為這個電子郵件地址申請了${site}的登入或重設密碼連結，但這個地址沒有帳號。\n\n如要註冊，請前往：\n\n${link}\n\n如果不是您，請忽略這封信。`,
  }),
  'password-changed': (site, link) => ({
    subject: `您的${site}密碼已變更`,
    body: `您的${site}帳號密碼剛剛已變更，其他所有裝置上的登入都已登出。\n\n如果不是您本人操作，請立即重新設定密碼：\n\n${link}`,
  }),
};

/** The message, ready for `queueEmail`. */
export function accountEmail(input: AccountEmailInput): EmailMessage {
  const template = (input.lang === 'zh-TW' ? zhTW : en)[input.kind];
  const { subject, body } = template(input.siteName, input.link);
  return { to: input.to, subject, text: `${body}\n\n— ${input.siteName}\n` };
}
