/** Public URLs, built in one place so pages, the API and emails agree. */
import type { Lang } from '../db/schema.ts';

export type Locale = Lang;

export const urls = {
  home: (locale: Locale) => `/${locale}`,
  question: (locale: Locale, id: number) => `/${locale}/questions/${id}`,
  department: (locale: Locale, slug: string, page = 1) =>
    `/${locale}/departments/${slug}${page > 1 ? `?page=${page}` : ''}`,
  departments: (locale: Locale) => `/${locale}/departments`,
  doctor: (locale: Locale, slug: string) => `/${locale}/doctors/${slug}`,
  hospital: (locale: Locale, slug: string) => `/${locale}/hospitals/${slug}`,
  ask: (locale: Locale) => `/${locale}/ask`,
  status: (locale: Locale, token: string) => `/${locale}/status/${token}`,
  search: (locale: Locale, q?: string) => `/${locale}/search${q ? `?q=${encodeURIComponent(q)}` : ''}`,
  signIn: (locale: Locale) => `/${locale}/signin`,
  signUp: (locale: Locale) => `/${locale}/signup`,
  verifyEmail: (locale: Locale, token: string) => `/${locale}/verify/${token}`,
  signInLink: (locale: Locale, token?: string) => `/${locale}/signin/link${token ? `/${token}` : ''}`,
  passwordForgot: (locale: Locale) => `/${locale}/password/forgot`,
  passwordReset: (locale: Locale, token: string) => `/${locale}/password/reset/${token}`,
  account: (locale: Locale) => `/${locale}/account`,
  accountAttach: (locale: Locale) => `/${locale}/account/attach`,
  accountResendVerification: (locale: Locale) => `/${locale}/account/verify-email`,
  signOutEverywhere: (locale: Locale) => `/${locale}/signout-everywhere`,
  doctorArea: (locale: Locale) => `/${locale}/doctor`,
  doctorQuestion: (locale: Locale, id: number) => `/${locale}/doctor/questions/${id}`,
  editorArea: (locale: Locale) => `/${locale}/editor`,
  editorQuestion: (locale: Locale, id: number) => `/${locale}/editor/questions/${id}`,
  editorLexicon: (locale: Locale) => `/${locale}/editor/lexicon`,
  doctorApply: (locale: Locale) => `/${locale}/doctor/apply`,
  admin: (locale: Locale) => `/${locale}/admin`,
  adminApplication: (locale: Locale, id: number) => `/${locale}/admin/applications/${id}`,
  adminApplicationDocument: (locale: Locale, id: number) => `/${locale}/admin/applications/${id}/document`,
  adminDoctors: (locale: Locale) => `/${locale}/admin/doctors`,
  adminHospitals: (locale: Locale) => `/${locale}/admin/hospitals`,
  adminDepartments: (locale: Locale) => `/${locale}/admin/departments`,
  adminSettings: (locale: Locale) => `/${locale}/admin/settings`,
  adminAudit: (locale: Locale) => `/${locale}/admin/audit`,
  adminUsers: (locale: Locale) => `/${locale}/admin/users`,
};
