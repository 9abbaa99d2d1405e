/**
 * The invented hospitals and doctors of the demo data. Any likeness to real hospitals or
 * people is unintended. Names are the canonical strings written into import records.
 */
import type { DemoHospital } from './demo-types.ts';

export const DEMO_HOSPITALS: readonly DemoHospital[] = [
  { name: 'Riverside Union Hospital', nameZh: '河濱聯合醫院', city: 'Taipei' },
  { name: 'Northgate Memorial Hospital', nameZh: '北門紀念醫院', city: 'Tainan' },
  { name: 'Lotus Lake General Hospital', nameZh: '蓮潭綜合醫院', city: 'Kaohsiung' },
  { name: 'Pine Hill Christian Hospital', nameZh: '松丘基督教醫院', city: 'Taichung' },
  { name: 'Bamboo Wind General Hospital', nameZh: '竹風綜合醫院', city: 'Hsinchu' },
  { name: 'Sunrise Coast Hospital', nameZh: '日出海岸醫院', city: 'Hualien' },
  { name: 'Orchid Valley Hospital', nameZh: '蘭谷醫院', city: 'Yilan' },
  { name: 'Jade Ridge Medical Center', nameZh: '玉嶺醫學中心', city: 'Chiayi' },
  { name: 'Peach Grove Hospital', nameZh: '桃林醫院', city: 'Taoyuan' },
  { name: 'Camphor Tree Community Hospital', nameZh: '樟樹社區醫院', city: 'Miaoli' },
  { name: 'Morning Light Clinic', nameZh: '晨光診所', city: 'New Taipei' },
  { name: 'Harbor Breeze Hospital', nameZh: '港風醫院', city: 'Keelung' },
];

export type DoctorRank = 'attending' | 'senior' | 'director';

export interface RosterEntry {
  name: string;
  nameZh: string;
  /** Index into DEMO_HOSPITALS. */
  hospital: number;
  /** Department slugs; the first is the doctor's main department. */
  departments: readonly string[];
  rank: DoctorRank;
  years: number;
}

const r = (
  name: string,
  nameZh: string,
  hospital: number,
  departments: string[],
  rank: DoctorRank,
  years: number,
): RosterEntry => ({ name, nameZh, hospital, departments, rank, years });

/** Every department has at least two people, so a second opinion is always possible. */
export const DEMO_ROSTER: readonly RosterEntry[] = [
  r('Lin Wei-chen', '林維真', 10, ['family-medicine', 'smoking-cessation'], 'director', 18),
  r('Kuo Chia-hui', '郭佳慧', 0, ['family-medicine'], 'attending', 7),
  r('Liu Chien-kuo', '劉建國', 8, ['smoking-cessation', 'family-medicine'], 'senior', 21),
  r('Chang Chih-hao', '張志豪', 0, ['internal-medicine', 'infectious-diseases'], 'senior', 16),
  r('Liao Ming-te', '廖明德', 9, ['internal-medicine'], 'attending', 9),
  r('Hsu Kai-wen', '徐凱文', 11, ['internal-medicine', 'gastroenterology'], 'attending', 6),
  r('Wu Chien-hung', '吳建宏', 1, ['cardiology'], 'director', 24),
  r('Hsieh Yi-ju', '謝怡如', 4, ['cardiology', 'internal-medicine'], 'attending', 8),
  r('Tsai Ming-hui', '蔡明輝', 7, ['cardiology'], 'senior', 15),
  r('Tsai Ya-ting', '蔡雅婷', 2, ['gastroenterology'], 'attending', 10),
  r('Cheng Kuo-liang', '鄭國良', 3, ['gastroenterology'], 'director', 22),
  r('Hsu Mei-ling', '許美玲', 0, ['pulmonology'], 'senior', 14),
  r('Yeh Cheng-wen', '葉政文', 5, ['pulmonology', 'smoking-cessation'], 'attending', 11),
  r('Chou Yu-hsuan', '周宇軒', 1, ['nephrology'], 'attending', 7),
  r('Lu Shu-hui', '呂淑惠', 6, ['nephrology'], 'senior', 17),
  r('Huang Shu-fen', '黃淑芬', 3, ['endocrinology'], 'director', 20),
  r('Lai Chun-yu', '賴俊宇', 4, ['endocrinology'], 'attending', 6),
  r('Hung Pei-shan', '洪佩珊', 2, ['infectious-diseases'], 'attending', 9),
  r('Su Chia-wei', '蘇家偉', 0, ['neurology'], 'senior', 13),
  r('Tseng Hsiao-wen', '曾筱雯', 7, ['neurology'], 'attending', 8),
  r('Chang Ya-ling', '張雅玲', 11, ['neurology'], 'attending', 5),
  r('Kao Chih-ming', '高志明', 1, ['general-surgery'], 'director', 25),
  r('Pan Jen-chieh', '潘仁傑', 9, ['general-surgery'], 'attending', 8),
  r('Chien Po-yu', '簡柏宇', 3, ['orthopedics'], 'attending', 10),
  r('Huang Chien-liang', '黃建良', 6, ['orthopedics'], 'senior', 19),
  r('Lo Kuan-ting', '羅冠廷', 8, ['orthopedics', 'rehabilitation'], 'attending', 7),
  r('Fang Cheng-yi', '方正義', 0, ['neurosurgery'], 'director', 23),
  r('Tu Wen-hsiang', '杜文祥', 2, ['neurosurgery'], 'attending', 9),
  r('Yang Chun-hung', '楊俊宏', 4, ['urology'], 'senior', 15),
  r('Chiu Yi-hsin', '邱怡欣', 7, ['urology'], 'attending', 6),
  r('Wang Hsin-yi', '王馨儀', 0, ['obstetrics-gynecology'], 'senior', 16),
  r('Shih Mei-hua', '施美華', 5, ['obstetrics-gynecology'], 'director', 26),
  r('Ko Ya-wen', '柯雅雯', 8, ['obstetrics-gynecology'], 'attending', 5),
  r('Lee Pei-chi', '李佩琪', 1, ['pediatrics'], 'senior', 14),
  r('Chen Kuan-yu', '陳冠宇', 3, ['pediatrics'], 'attending', 8),
  r('Tang Hsiao-ping', '湯曉萍', 10, ['pediatrics', 'family-medicine'], 'attending', 11),
  r('Chao Chien-chih', '趙建智', 2, ['ophthalmology'], 'director', 21),
  r('Hsiao Yu-chen', '蕭郁真', 9, ['ophthalmology'], 'attending', 6),
  r('Tsao Ming-hsun', '曹明勳', 4, ['otolaryngology'], 'senior', 12),
  r('Yen Shih-ting', '顏詩婷', 11, ['otolaryngology'], 'attending', 7),
  r('Chu Ting-yu', '朱庭妤', 0, ['dermatology'], 'attending', 9),
  r('Lien Chia-hao', '連家豪', 6, ['dermatology', 'plastic-surgery'], 'senior', 15),
  r('Peng Wen-ling', '彭文玲', 3, ['psychiatry'], 'senior', 17),
  r('Hou Chun-chieh', '侯俊傑', 7, ['psychiatry'], 'attending', 8),
  r('Tien Hui-ling', '田慧玲', 5, ['rehabilitation'], 'director', 20),
  r('Chung Wei-lun', '鍾偉倫', 1, ['rehabilitation'], 'attending', 6),
  r('Yu Chih-wei', '游志偉', 10, ['dentistry'], 'senior', 14),
  r('Kang Ya-chi', '康雅琪', 2, ['dentistry'], 'attending', 7),
  r('Shen Cheng-hsiu', '沈承修', 7, ['oncology'], 'director', 22),
  r('Tai Mei-chen', '戴美真', 0, ['oncology'], 'attending', 10),
  r('Sung Yi-fan', '宋亦帆', 4, ['plastic-surgery'], 'attending', 8),
  r('Fan Chia-ling', '范嘉玲', 1, ['plastic-surgery'], 'senior', 13),
  r('Chuang Hsin-ju', '莊欣如', 3, ['rheumatology'], 'senior', 12),
  r('Wei Kuo-hua', '魏國華', 9, ['rheumatology'], 'attending', 9),
  r('Hsueh Ching-yi', '薛靜宜', 10, ['chinese-medicine'], 'senior', 16),
  r('Ho Tzu-yang', '何子揚', 6, ['chinese-medicine'], 'attending', 7),
  r('Ou Chun-hsien', '歐俊賢', 2, ['emergency-medicine'], 'senior', 13),
  r('Ting Yu-ning', '丁郁寧', 11, ['emergency-medicine', 'family-medicine'], 'attending', 6),
  r('Chi Shu-ting', '紀淑婷', 0, ['nutrition'], 'director', 18),
  r('Lan Hsin-yu', '藍心瑜', 5, ['nutrition'], 'attending', 5),
  r('Pai Chih-yuan', '白志遠', 3, ['pharmacy'], 'senior', 15),
  r('Kuan Ya-hsuan', '關雅萱', 8, ['pharmacy'], 'attending', 6),
];
