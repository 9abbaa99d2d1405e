/** Strings of the account pages in both interface languages (the shared catalog has the rest). */
import type { Lang, Role } from '../../db/schema.ts';

export interface AccountMessages {
  displayName: string;
  displayNameHint: string;
  password: string;
  passwordHint: string;
  newPassword: string;
  fixErrors: string;
  signIn: { forgot: string; linkInstead: string; noAccount: string };
  signUp: {
    heading: string;
    intro: string;
    submit: string;
    sentHeading: string;
    /** Where the address goes: `sent(address)`; the page isolates it as text. */
    sent: (address: string) => string;
  };
  verify: { heading: string; intro: string; submit: string; done: string };
  link: { heading: string; intro: string; submit: string; confirmHeading: string; confirm: string };
  forgot: { heading: string; intro: string; submit: string };
  /** Shown after a link was requested, the same words whether or not the address has an account. */
  checkEmail: { heading: string; body: string };
  reset: { heading: string; submit: string; done: string };
  badLink: { heading: string; body: string; again: string };
  account: {
    heading: string;
    signedInAs: (name: string, email: string) => string;
    roles: (names: string[]) => string;
    roleNames: Record<Role, string>;
    unverified: string;
    resend: string;
    resent: string;
    questions: string;
    noQuestions: string;
    asked: string;
    state: string;
    attachHeading: string;
    attachIntro: string;
    attachLabel: string;
    attachSubmit: string;
    attached: string;
    attachNeedsVerified: string;
    signOutEverywhere: string;
    signOutEverywhereHint: string;
    questionColumn: string;
    doctorHeading: string;
    applyIntro: string;
    applyLink: string;
    applicationPending: string;
    applicationLink: string;
  };
  errors: Record<string, string>;
}

const en: AccountMessages = {
  displayName: 'Display name',
  displayNameHint: 'Shown to you when signed in; never published with your questions.',
  password: 'Password',
  passwordHint: 'At least 10 characters. A few words that belong together are easy to remember.',
  newPassword: 'New password',
  fixErrors: 'Please correct the fields marked below.',
  signIn: {
    forgot: 'Forgot your password?',
    linkInstead: 'Email me a sign-in link instead',
    noAccount: 'No account yet? Create one',
  },
  signUp: {
    heading: 'Create an account',
    intro:
      'With an account you see all your questions and their states in one place. You can still ask without one.',
    submit: 'Create account',
    sentHeading: 'Check your email',
    sent: (address) =>
      `We sent a message to ${address}. Open the link in it to confirm the address and finish. The link works for 48 hours.`,
  },
  verify: {
    heading: 'Confirm your email address',
    intro: 'Press the button to confirm this address and sign in.',
    submit: 'Confirm my address',
    done: 'Thank you, your email address is confirmed.',
  },
  link: {
    heading: 'Sign in with an email link',
    intro: 'We email you a link that signs you in once, within 15 minutes. No password needed.',
    submit: 'Email me a link',
    confirmHeading: 'Sign in',
    confirm: 'Press the button to sign in on this device.',
  },
  forgot: {
    heading: 'Forgot your password',
    intro: 'We email you a link to choose a new password. It works once, within one hour.',
    submit: 'Email me a link',
  },
  checkEmail: {
    heading: 'Check your email',
    body: 'If you typed the address correctly, a message is on its way. It may take a few minutes; look in the spam folder too.',
  },
  reset: {
    heading: 'Choose a new password',
    submit: 'Save password and sign in',
    done: 'Your password was changed and every other session was signed out.',
  },
  badLink: {
    heading: 'This link no longer works',
    body: 'Links from our emails work once and only for a while. Ask for a new one.',
    again: 'Ask for a new link',
  },
  account: {
    heading: 'Your account',
    signedInAs: (name, email) => `Signed in as ${name} (${email}).`,
    roles: (names) => `Your roles: ${names.join(', ')}`,
    roleNames: { asker: 'asker', doctor: 'doctor', editor: 'editor', admin: 'administrator' },
    unverified:
      'Your email address is not confirmed yet. Until it is, you cannot add questions to your account or apply as a doctor.',
    resend: 'Send the confirmation email again',
    resent: 'We sent a new confirmation email.',
    questions: 'Your questions',
    noQuestions: 'No questions in your account yet.',
    asked: 'Asked',
    state: 'State',
    attachHeading: 'Add a question you asked',
    attachIntro:
      'Asked without an account? Paste the private status link you received (or the code at its end) to add that question here.',
    attachLabel: 'Private status link',
    attachSubmit: 'Add to my account',
    attached: 'The question is now in your account.',
    attachNeedsVerified: 'Confirm your email address first, then add the question.',
    signOutEverywhere: 'Sign out everywhere',
    signOutEverywhereHint: 'Ends every session of your account, on every device, including this one.',
    questionColumn: 'Question',
    doctorHeading: 'Answer questions as a doctor',
    applyIntro:
      'Are you a doctor? Apply with your licence number and licence document; an administrator checks them before you can answer questions.',
    applyLink: 'Apply as a doctor',
    applicationPending: "Your application as a doctor is waiting for an administrator's review.",
    applicationLink: 'See your application',
  },
  errors: {
    link_not_found: 'No question has this status link. Copy the whole link from your email or page.',
    attached_elsewhere: 'This question is already in another account.',
    not_verified: 'Confirm your email address first, then add the question.',
  },
};

const zhTW: AccountMessages = {
  displayName: '顯示名稱',
  displayNameHint: '登入後顯示給您自己看；不會與您的問題一起公開。',
  password: '密碼',
  passwordHint: '至少 10 個字元。用幾個相關的詞組成，比較容易記住。',
  newPassword: '新密碼',
  fixErrors: '請修正下方標示的欄位。',
  signIn: {
    forgot: '忘記密碼？',
    linkInstead: '改用電子郵件登入連結',
    noAccount: '還沒有帳號？立即註冊',
  },
  signUp: {
    heading: '註冊帳號',
    intro: '有了帳號，就能在同一個地方看到您所有的問題與處理進度。沒有帳號也可以發問。',
    submit: '建立帳號',
    sentHeading: '請查看您的電子郵件',
    sent: (address) =>
      `我們已寄信到 ${address}。請開啟信中的連結，確認地址並完成註冊。連結在 48 小時內有效。`,
  },
  verify: {
    heading: '確認您的電子郵件地址',
    intro: '請按下按鈕，確認這個地址並登入。',
    submit: '確認我的地址',
    done: '謝謝，您的電子郵件地址已確認。',
  },
  link: {
    heading: '用電子郵件連結登入',
    intro: '我們會寄給您一個登入連結，15 分鐘內可使用一次，不需要密碼。',
    submit: '寄送連結給我',
    confirmHeading: '登入',
    confirm: '請按下按鈕，在這個裝置上登入。',
  },
  forgot: {
    heading: '忘記密碼',
    intro: '我們會寄給您一個設定新密碼的連結，一小時內可使用一次。',
    submit: '寄送連結給我',
  },
  checkEmail: {
    heading: '請查看您的電子郵件',
    body: '如果地址輸入正確，信件已在寄送途中。可能需要幾分鐘，也請查看垃圾郵件匣。',
  },
  reset: {
    heading: '設定新密碼',
    submit: '儲存密碼並登入',
    done: '您的密碼已變更，其他所有裝置上的登入都已登出。',
  },
  badLink: {
    heading: '這個連結已經失效',
    body: '我們信中的連結只能使用一次，而且有使用期限。請重新申請。',
    again: '重新申請連結',
  },
  account: {
    heading: '我的帳號',
    signedInAs: (name, email) => `目前登入：${name}（${email}）。`,
    roles: (names) => `您的身分：${names.join('、')}`,
    roleNames: { asker: '發問者', doctor: '醫師', editor: '編輯', admin: '管理員' },
    unverified: '您的電子郵件地址尚未確認。確認之前，無法將問題加入帳號，也無法申請成為醫師。',
    resend: '重新寄送確認信',
    resent: '我們已寄出新的確認信。',
    questions: '我的問題',
    noQuestions: '您的帳號裡還沒有問題。',
    asked: '發問日期',
    state: '狀態',
    attachHeading: '加入您問過的問題',
    attachIntro: '沒有登入就發問了嗎？貼上您收到的私人進度連結（或連結最後的代碼），即可把該問題加入帳號。',
    attachLabel: '私人進度連結',
    attachSubmit: '加入我的帳號',
    attached: '這個問題已加入您的帳號。',
    attachNeedsVerified: '請先確認電子郵件地址，再加入問題。',
    signOutEverywhere: '登出所有裝置',
    signOutEverywhereHint: '結束這個帳號在所有裝置上的登入，包括目前這個裝置。',
    questionColumn: '問題',
    doctorHeading: '以醫師身分回覆問題',
    applyIntro: '您是醫師嗎？填寫執業執照號碼並上傳執照文件提出申請，管理員審核通過後即可回覆問題。',
    applyLink: '申請成為回覆醫師',
    applicationPending: '您的醫師申請正在等待管理員審核。',
    applicationLink: '查看申請進度',
  },
  errors: {
    link_not_found: '找不到使用這個進度連結的問題。請從信件或頁面複製完整的連結。',
    attached_elsewhere: '這個問題已經加入另一個帳號。',
    not_verified: '請先確認電子郵件地址，再加入問題。',
  },
};

/** The account pages' strings for an interface language. */
export const accountMessages = (locale: Lang): AccountMessages => (locale === 'zh-TW' ? zhTW : en);
