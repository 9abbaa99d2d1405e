/** Strings of the admin area in both interface languages. */
import type { Lang } from '../../db/schema.ts';

export interface AdminMessages {
  heading: string;
  back: string;
  nav: {
    applications: string;
    doctors: string;
    hospitals: string;
    departments: string;
    settings: string;
    audit: string;
    users: string;
  };
  pendingHeading: string;
  noPending: string;
  col: Record<
    | 'applicant'
    | 'email'
    | 'hospital'
    | 'licence'
    | 'sent'
    | 'name'
    | 'slug'
    | 'city'
    | 'order'
    | 'verified'
    | 'account'
    | 'roles'
    | 'when'
    | 'actor'
    | 'action'
    | 'target'
    | 'details'
    | 'status'
    | 'departments',
    string
  >;
  application: {
    heading: (id: number) => string;
    document: string;
    download: (name: string, size: string) => string;
    noDocument: string;
    approve: string;
    approveHint: string;
    reject: string;
    reason: string;
    reasonHint: string;
    decided: (status: string) => string;
    approved: string;
    rejected: string;
  };
  doctors: {
    heading: string;
    revoke: string;
    restore: string;
    reason: string;
    revoked: string;
    restored: string;
    yes: string;
    no: string;
    count: (n: number) => string;
    none: string;
  };
  catalog: {
    hospitals: string;
    departments: string;
    add: string;
    edit: string;
    save: string;
    saved: string;
    deleteIt: string;
    deleted: string;
    nameEn: string;
    nameZh: string;
    slug: string;
    slugHint: string;
    city: string;
    descriptionEn: string;
    descriptionZh: string;
    sortOrder: string;
  };
  settings: {
    heading: string;
    reviewAnswers: string;
    reviewAnswersHint: string;
    answerTargetHours: string;
    answerTargetHoursHint: string;
    save: string;
    saved: string;
  };
  audit: {
    heading: string;
    action: string;
    anyAction: string;
    actor: string;
    targetType: string;
    targetId: string;
    from: string;
    to: string;
    filter: string;
    none: string;
    system: string;
    /** Someone acting through a question's private status link (no account). */
    asker: string;
    /** Human-readable name of each audit action code; an unknown code is shown as it is. */
    actions: Record<string, string>;
  };
  users: {
    heading: string;
    search: string;
    searchButton: string;
    none: string;
    saveRoles: string;
    saved: string;
    roleNames: Record<string, string>;
    count: (n: number) => string;
  };
  errors: {
    [code: string]: string | ((...args: never[]) => string);
    catalog_delete: string;
    own_admin: string;
    reason_required: string;
    invalid_number: string;
    hospitalInUse: (doctors: number, applications: number) => string;
    departmentInUse: (uses: string) => string;
  };
  uses: {
    questions: (n: number) => string;
    doctors: (n: number) => string;
    faqs: (n: number) => string;
    applications: (n: number) => string;
  };
}

const en: AdminMessages = {
  heading: 'Administration',
  back: '← Administration',
  nav: {
    applications: 'Doctor applications',
    doctors: 'Doctors',
    hospitals: 'Hospitals',
    departments: 'Departments',
    settings: 'Settings',
    audit: 'Audit log',
    users: 'Users and roles',
  },
  pendingHeading: 'Applications waiting for review (oldest first)',
  noPending: 'No application is waiting.',
  col: {
    applicant: 'Applicant',
    email: 'Email',
    hospital: 'Hospital',
    licence: 'Licence number',
    sent: 'Sent',
    name: 'Name',
    slug: 'Address (slug)',
    city: 'City',
    order: 'Order',
    verified: 'Verified',
    account: 'Account',
    roles: 'Roles',
    when: 'When',
    actor: 'Who',
    action: 'Action',
    target: 'Target',
    details: 'Details',
    status: 'Status',
    departments: 'Departments',
  },
  application: {
    heading: (id) => `Doctor application #${id}`,
    document: 'Licence document',
    download: (name, size) => `Download ${name} (${size})`,
    noDocument: 'No document was stored.',
    approve: 'Approve and verify',
    approveHint:
      'Creates or updates the doctor profile with these details, marks it verified and gives the account the doctor role.',
    reject: 'Reject',
    reason: 'Reason for the applicant',
    reasonHint: 'Shown to the applicant and sent by email.',
    decided: (status) => `This application was decided: ${status}.`,
    approved: 'The application was approved and the applicant was emailed.',
    rejected: 'The application was rejected and the applicant was emailed.',
  },
  doctors: {
    heading: 'Doctors',
    revoke: 'Revoke verification',
    restore: 'Verify again',
    reason: 'Reason',
    revoked: 'Verification revoked: this doctor can no longer claim or answer questions.',
    restored: 'The doctor is verified again.',
    yes: 'yes',
    no: 'no',
    count: (n) => (n === 1 ? '1 doctor' : `${n} doctors`),
    none: 'No doctor profile yet. Approving an application creates one.',
  },
  catalog: {
    hospitals: 'Hospitals',
    departments: 'Departments',
    add: 'Add',
    edit: 'Edit',
    save: 'Save',
    saved: 'Saved.',
    deleteIt: 'Delete',
    deleted: 'Deleted.',
    nameEn: 'Name in English',
    nameZh: 'Name in Chinese',
    slug: 'Address (slug)',
    slugHint: 'Lower-case letters, digits and hyphens, e.g. "city-general"; used in page addresses.',
    city: 'City',
    descriptionEn: 'Description in English',
    descriptionZh: 'Description in Chinese',
    sortOrder: 'Sort order (smaller first)',
  },
  settings: {
    heading: 'Settings',
    reviewAnswers: 'Editors review answers before they are published',
    reviewAnswersHint:
      'When off, a doctor’s reply is published at once, unless personal data is found in the Q&A: then it waits for an editor.',
    answerTargetHours: 'Target time to answer (hours)',
    answerTargetHoursHint:
      'Questions waiting longer are highlighted for doctors and escalated to editors (1–720).',
    save: 'Save settings',
    saved: 'Settings saved.',
  },
  audit: {
    heading: 'Audit log',
    action: 'Action',
    anyAction: 'Any action',
    actor: 'Who (email or user id)',
    targetType: 'Target type',
    targetId: 'Target id',
    from: 'From',
    to: 'To (inclusive)',
    filter: 'Filter',
    none: 'No entry matches.',
    system: 'system',
    asker: 'asker (status link)',
    actions: {
      'account.password_reset': 'Password reset',
      'account.sign_out_everywhere': 'Signed out everywhere',
      'answer.edit': 'Answer edited',
      'department.create': 'Department created',
      'department.delete': 'Department deleted',
      'department.update': 'Department updated',
      'doctor.revoke_verification': 'Doctor verification revoked',
      'doctor.verify': 'Doctor verified',
      'doctor_application.approve': 'Doctor application approved',
      'doctor_application.reject': 'Doctor application rejected',
      'doctor_application.submit': 'Doctor application sent',
      'hospital.create': 'Hospital created',
      'hospital.delete': 'Hospital deleted',
      'hospital.update': 'Hospital updated',
      'lexicon.add': 'Search term added',
      'lexicon.delete': 'Search term deleted',
      'lexicon.edit': 'Search term edited',
      'question.approve': 'Question approved',
      'question.edit': 'Question edited',
      'question.escalate': 'Question escalated (waiting too long)',
      'question.info_reply': 'Asker sent more information',
      'question.publish': 'Q&A published',
      'question.publish_held': 'Publication held (personal data found)',
      'question.publish_override': 'Published despite personal-data findings',
      'question.redact': 'Personal data redacted',
      'question.reject': 'Question rejected',
      'question.remove': 'Q&A removed',
      'question.request_info': 'Doctor asked for more information',
      'question.withdraw': 'Question withdrawn by the asker',
      'report.dismiss': 'Report dismissed',
      'report.resolve': 'Report resolved',
      'revision.revert': 'Edit reverted',
      'setting.change': 'Setting changed',
      'user.roles': 'User roles changed',
    },
  },
  users: {
    heading: 'Users and roles',
    search: 'Email contains',
    searchButton: 'Search',
    none: 'No user matches.',
    saveRoles: 'Save roles',
    saved: 'Roles saved.',
    roleNames: { asker: 'asker', doctor: 'doctor', editor: 'editor', admin: 'admin' },
    count: (n) => (n === 1 ? '1 user' : `${n} users`),
  },
  errors: {
    required: 'This field is required.',
    invalid_slug: 'Use lower-case letters, digits and hyphens, like "city-general".',
    slug_taken: 'Another entry already uses this address.',
    invalid_number: 'Please enter a whole number in the allowed range.',
    catalog_slug:
      'This department belongs to the built-in catalog: its address cannot change (the catalog would add it again at the next start).',
    catalog_delete:
      'This department belongs to the built-in catalog and would come back at the next start, so it cannot be deleted.',
    hospitalInUse: (d, a) =>
      `This hospital cannot be deleted: ${d} doctor profile(s) and ${a} application(s) still name it.`,
    departmentInUse: (uses) => `This department cannot be deleted: it is still used by ${uses}.`,
    own_admin: 'You cannot take the admin role from your own account (ask another admin).',
    reason_required: 'Please give a reason; the applicant will read it.',
  },
  uses: {
    questions: (n) => `${n} question(s)`,
    doctors: (n) => `${n} doctor(s)`,
    faqs: (n) => `${n} FAQ(s)`,
    applications: (n) => `${n} application(s)`,
  },
};

const zhTW: AdminMessages = {
  heading: '網站管理',
  back: '← 網站管理',
  nav: {
    applications: '醫師申請',
    doctors: '醫師',
    hospitals: '醫院',
    departments: '科別',
    settings: '設定',
    audit: '稽核紀錄',
    users: '使用者與角色',
  },
  pendingHeading: '等待審核的申請（由舊到新）',
  noPending: '目前沒有等待審核的申請。',
  col: {
    applicant: '申請人',
    email: '電子郵件',
    hospital: '醫院',
    licence: '執照號碼',
    sent: '送出時間',
    name: '名稱',
    slug: '網址代稱',
    city: '城市',
    order: '排序',
    verified: '已認證',
    account: '帳號',
    roles: '角色',
    when: '時間',
    actor: '執行者',
    action: '動作',
    target: '對象',
    details: '細節',
    status: '狀態',
    departments: '科別',
  },
  application: {
    heading: (id) => `醫師申請 #${id}`,
    document: '執照文件',
    download: (name, size) => `下載 ${name}（${size}）`,
    noDocument: '未存有文件。',
    approve: '核准並認證',
    approveHint: '依申請資料建立或更新醫師頁面、標示為已認證，並給予此帳號醫師角色。',
    reject: '不予核准',
    reason: '給申請人的原因',
    reasonHint: '申請人會在頁面上及電子郵件中看到。',
    decided: (status) => `此申請已處理：${status}。`,
    approved: '申請已核准，並已寄信通知申請人。',
    rejected: '申請未獲核准，並已寄信通知申請人。',
  },
  doctors: {
    heading: '醫師',
    revoke: '撤銷認證',
    restore: '重新認證',
    reason: '原因',
    revoked: '已撤銷認證：這位醫師不能再認領或回覆問題。',
    restored: '這位醫師已重新認證。',
    yes: '是',
    no: '否',
    count: (n) => `共 ${n} 位醫師`,
    none: '尚無醫師資料；核准醫師申請後會建立。',
  },
  catalog: {
    hospitals: '醫院',
    departments: '科別',
    add: '新增',
    edit: '編輯',
    save: '儲存',
    saved: '已儲存。',
    deleteIt: '刪除',
    deleted: '已刪除。',
    nameEn: '英文名稱',
    nameZh: '中文名稱',
    slug: '網址代稱',
    slugHint: '使用小寫英文字母、數字與連字號，例如「city-general」，用於頁面網址。',
    city: '城市',
    descriptionEn: '英文說明',
    descriptionZh: '中文說明',
    sortOrder: '排序（數字小者在前）',
  },
  settings: {
    heading: '設定',
    reviewAnswers: '醫師回覆須經編輯審閱後才公開',
    reviewAnswersHint: '關閉時，醫師的回覆會立即公開；若問答中偵測到個人資料，則會等候編輯審閱。',
    answerTargetHours: '回覆目標時間（小時）',
    answerTargetHoursHint: '等待超過此時間的問題會在醫師佇列中標示，並轉給編輯處理（1–720）。',
    save: '儲存設定',
    saved: '設定已儲存。',
  },
  audit: {
    heading: '稽核紀錄',
    action: '動作',
    anyAction: '全部動作',
    actor: '執行者（電子郵件或使用者編號）',
    targetType: '對象類型',
    targetId: '對象編號',
    from: '起',
    to: '迄（含當日）',
    filter: '篩選',
    none: '沒有符合的紀錄。',
    system: '系統',
    asker: '提問者（狀態連結）',
    actions: {
      'account.password_reset': '重設密碼',
      'account.sign_out_everywhere': '登出所有裝置',
      'answer.edit': '修改回覆',
      'department.create': '新增科別',
      'department.delete': '刪除科別',
      'department.update': '修改科別',
      'doctor.revoke_verification': '撤銷醫師認證',
      'doctor.verify': '認證醫師',
      'doctor_application.approve': '核准醫師申請',
      'doctor_application.reject': '退回醫師申請',
      'doctor_application.submit': '送出醫師申請',
      'hospital.create': '新增醫院',
      'hospital.delete': '刪除醫院',
      'hospital.update': '修改醫院',
      'lexicon.add': '新增搜尋詞',
      'lexicon.delete': '刪除搜尋詞',
      'lexicon.edit': '修改搜尋詞',
      'question.approve': '核准問題',
      'question.edit': '修改問題',
      'question.escalate': '問題逾時轉交編輯',
      'question.info_reply': '提問者補充資料',
      'question.publish': '刊登問答',
      'question.publish_held': '暫緩刊登（發現個人資料）',
      'question.publish_override': '確認個資後仍刊登',
      'question.redact': '遮蔽個人資料',
      'question.reject': '退回問題',
      'question.remove': '移除問答',
      'question.request_info': '醫師請提問者補充資料',
      'question.withdraw': '提問者撤回問題',
      'report.dismiss': '駁回檢舉',
      'report.resolve': '處理檢舉',
      'revision.revert': '還原修改',
      'setting.change': '變更設定',
      'user.roles': '變更使用者角色',
    },
  },
  users: {
    heading: '使用者與角色',
    search: '電子郵件包含',
    searchButton: '搜尋',
    none: '沒有符合的使用者。',
    saveRoles: '儲存角色',
    saved: '角色已儲存。',
    roleNames: { asker: '提問者', doctor: '醫師', editor: '編輯', admin: '管理員' },
    count: (n) => `共 ${n} 位使用者`,
  },
  errors: {
    required: '此欄位為必填。',
    invalid_slug: '請使用小寫英文字母、數字與連字號，例如「city-general」。',
    slug_taken: '已有其他項目使用這個網址代稱。',
    invalid_number: '請輸入允許範圍內的整數。',
    catalog_slug: '此科別屬於內建科別清單，網址代稱不能更改（否則下次啟動時清單會再新增它）。',
    catalog_delete: '此科別屬於內建科別清單，下次啟動時會再出現，因此不能刪除。',
    hospitalInUse: (d, a) => `此醫院無法刪除：仍有 ${d} 位醫師的頁面及 ${a} 份申請使用它。`,
    departmentInUse: (uses) => `此科別無法刪除：仍被${uses}使用。`,
    own_admin: '您不能移除自己帳號的管理員角色（請由其他管理員處理）。',
    reason_required: '請填寫原因，申請人會看到。',
  },
  uses: {
    questions: (n) => ` ${n} 則問題`,
    doctors: (n) => ` ${n} 位醫師`,
    faqs: (n) => ` ${n} 則常見問答`,
    applications: (n) => ` ${n} 份申請`,
  },
};

const catalogs: Record<Lang, AdminMessages> = { en, 'zh-TW': zhTW };

export const adminMessages = (locale: Lang): AdminMessages => catalogs[locale];
