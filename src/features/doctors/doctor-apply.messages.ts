/** Strings of doctor verification (apply page, verified mark, decision emails) in both languages. */
import type { Lang } from '../../db/schema.ts';

export interface DoctorApplyMessages {
  heading: string;
  intro: string;
  /** Visible text next to a verified doctor's name (not only an icon). */
  verified: string;
  verifiedTitle: string;
  nameEn: string;
  nameZh: string;
  licenceNumber: string;
  licenceHint: string;
  hospital: string;
  chooseHospital: string;
  noHospitals: string;
  departments: string;
  departmentsHint: string;
  document: string;
  documentHint: (max: string) => string;
  submit: string;
  fixErrors: string;
  chooseFileAgain: string;
  submitted: string;
  verifyEmailFirst: string;
  stateHeading: string;
  states: { pending: string; approved: string; rejected: string };
  reason: string;
  submittedOn: (date: string) => string;
  yourDocument: string;
  applyAgain: string;
  toDoctorArea: string;
  errors: { [code: string]: string | ((max: string) => string); file_too_large: (max: string) => string };
  email: {
    approvedSubject: string;
    approvedText: (name: string, link: string) => string;
    rejectedSubject: string;
    rejectedText: (name: string, reason: string, link: string) => string;
  };
}

const en: DoctorApplyMessages = {
  heading: 'Apply as a doctor',
  intro:
    'Doctors answer questions on this site only after an administrator has checked their licence. Tell us who you are and where you work, and upload your practising licence.',
  verified: 'Verified doctor',
  verifiedTitle: 'Licence checked by the site administrators',
  nameEn: 'Name in English',
  nameZh: 'Name in Chinese',
  licenceNumber: 'Licence number',
  licenceHint: 'As printed on your practising licence.',
  hospital: 'Hospital',
  chooseHospital: 'Choose your hospital',
  noHospitals: 'No hospital is listed yet. Please ask the site administrators to add yours.',
  departments: 'Departments',
  departmentsHint: 'The departments whose questions you will answer; choose one or more.',
  document: 'Licence document',
  documentHint: (max) => `A PDF, PNG or JPEG file of your practising licence, at most ${max}.`,
  submit: 'Send application',
  fixErrors: 'Some fields need attention; your entries are kept below.',
  chooseFileAgain:
    'For your safety the browser does not keep a chosen file: please choose the document again.',
  submitted: 'Thank you. Your application was sent; an administrator will review it.',
  verifyEmailFirst:
    'Please confirm your email address first (use the link we sent you), then come back to apply.',
  stateHeading: 'Your application',
  states: {
    pending: 'Waiting for review',
    approved: 'Approved: you are a verified doctor',
    rejected: 'Not approved',
  },
  reason: 'Reason',
  submittedOn: (date) => `Sent on ${date}`,
  yourDocument: 'Your licence document',
  applyAgain: 'You may correct your details and apply again below.',
  toDoctorArea: 'Go to the doctor area',
  errors: {
    required: 'This field is required.',
    unknown_hospital: 'Please choose a hospital from the list.',
    departments_required: 'Please choose at least one department.',
    unknown_department: 'Please choose departments from the list.',
    file_required: 'Please choose your licence document.',
    file_type: 'This file is not a PDF, PNG or JPEG document (we check the file itself, not its name).',
    file_too_large: (max) => `This file is too large; the limit is ${max}.`,
    pending_exists: 'You already have an application waiting for review.',
    email_unverified: 'Please confirm your email address before applying.',
  },
  email: {
    approvedSubject: 'Your doctor application was approved',
    approvedText: (name, link) =>
      `Dear Dr. ${name},\n\nyour application was approved: you are now a verified doctor and can answer questions of your departments.\n\n${link}\n`,
    rejectedSubject: 'Your doctor application was not approved',
    rejectedText: (name, reason, link) =>
      `Dear ${name},\n\nyour application could not be approved.\n\nReason: ${reason}\n\nYou may correct your details and apply again: ${link}\n`,
  },
};

const zhTW: DoctorApplyMessages = {
  heading: '申請成為回覆醫師',
  intro: '醫師須經網站管理員核對執業執照後，才能在本站回覆問題。請填寫您的姓名與服務醫院，並上傳執業執照。',
  verified: '已認證醫師',
  verifiedTitle: '執照已由網站管理員核對',
  nameEn: '英文姓名',
  nameZh: '中文姓名',
  licenceNumber: '執照號碼',
  licenceHint: '請依執業執照上所載填寫。',
  hospital: '服務醫院',
  chooseHospital: '請選擇醫院',
  noHospitals: '目前尚無醫院可選，請聯絡網站管理員新增您的醫院。',
  departments: '科別',
  departmentsHint: '您將回覆哪些科別的問題，可複選。',
  document: '執照文件',
  documentHint: (max) => `執業執照的 PDF、PNG 或 JPEG 檔，大小上限 ${max}。`,
  submit: '送出申請',
  fixErrors: '部分欄位需要修正，您填寫的內容已保留如下。',
  chooseFileAgain: '基於安全，瀏覽器不會保留已選的檔案，請重新選擇執照文件。',
  submitted: '謝謝您，申請已送出，管理員審核後會通知您。',
  verifyEmailFirst: '請先透過我們寄給您的連結確認電子郵件地址，再回來申請。',
  stateHeading: '您的申請',
  states: { pending: '等待審核中', approved: '已核准：您已是認證醫師', rejected: '未核准' },
  reason: '原因',
  submittedOn: (date) => `送出日期：${date}`,
  yourDocument: '您的執照文件',
  applyAgain: '您可以修正資料後在下方重新申請。',
  toDoctorArea: '前往醫師專區',
  errors: {
    required: '此欄位為必填。',
    unknown_hospital: '請從清單中選擇醫院。',
    departments_required: '請至少選擇一個科別。',
    unknown_department: '請從清單中選擇科別。',
    file_required: '請選擇您的執照文件。',
    file_type: '此檔案不是 PDF、PNG 或 JPEG 文件（我們檢查的是檔案內容，而非檔名）。',
    file_too_large: (max) => `檔案太大，上限為 ${max}。`,
    pending_exists: '您已有一份等待審核的申請。',
    email_unverified: '申請前請先確認您的電子郵件地址。',
  },
  email: {
    approvedSubject: '您的醫師申請已核准',
    approvedText: (name, link) =>
      `${name} 醫師您好：\n\n您的申請已核准，您現在是本站的認證醫師，可以回覆所屬科別的問題。\n\n${link}\n`,
    rejectedSubject: '您的醫師申請未獲核准',
    rejectedText: (name, reason, link) =>
      `${name} 您好：\n\n很抱歉，您的申請未獲核准。\n\n原因：${reason}\n\n您可以修正資料後重新申請：${link}\n`,
  },
};

const catalogs: Record<Lang, DoctorApplyMessages> = { en, 'zh-TW': zhTW };

export const doctorApplyMessages = (locale: Lang): DoctorApplyMessages => catalogs[locale];
