/**
 * The departments every new OpenConsult site starts with: the common clinical departments
 * of a Taiwanese hospital plus nutrition, pharmacy and smoking-cessation counselling.
 * Admins can add more; imports create unknown ones.
 */
export interface CatalogDepartment {
  slug: string;
  nameEn: string;
  nameZh: string;
  /** Other names an import file may use for this department (either language). */
  aliases?: string[];
}

export const DEPARTMENT_CATALOG: readonly CatalogDepartment[] = [
  { slug: 'family-medicine', nameEn: 'Family Medicine', nameZh: '家庭醫學科', aliases: ['家醫科'] },
  { slug: 'internal-medicine', nameEn: 'Internal Medicine', nameZh: '內科', aliases: ['一般內科'] },
  { slug: 'cardiology', nameEn: 'Cardiology', nameZh: '心臟內科', aliases: ['心臟血管內科'] },
  {
    slug: 'gastroenterology',
    nameEn: 'Gastroenterology',
    nameZh: '胃腸肝膽科',
    aliases: ['肝膽腸胃科', '腸胃科'],
  },
  { slug: 'pulmonology', nameEn: 'Pulmonology', nameZh: '胸腔內科', aliases: ['Chest Medicine'] },
  { slug: 'nephrology', nameEn: 'Nephrology', nameZh: '腎臟內科' },
  {
    slug: 'endocrinology',
    nameEn: 'Endocrinology and Metabolism',
    nameZh: '新陳代謝科',
    aliases: ['Endocrinology', '內分泌科', '內分泌新陳代謝科'],
  },
  { slug: 'infectious-diseases', nameEn: 'Infectious Diseases', nameZh: '感染科' },
  { slug: 'neurology', nameEn: 'Neurology', nameZh: '神經內科', aliases: ['神經科'] },
  { slug: 'general-surgery', nameEn: 'General Surgery', nameZh: '一般外科', aliases: ['外科'] },
  { slug: 'orthopedics', nameEn: 'Orthopedics', nameZh: '骨科', aliases: ['Orthopaedics'] },
  { slug: 'neurosurgery', nameEn: 'Neurosurgery', nameZh: '神經外科' },
  { slug: 'urology', nameEn: 'Urology', nameZh: '泌尿科' },
  {
    slug: 'obstetrics-gynecology',
    nameEn: 'Obstetrics and Gynecology',
    nameZh: '婦產科',
    aliases: ['Obstetrics', 'Gynecology', 'OB/GYN'],
  },
  { slug: 'pediatrics', nameEn: 'Pediatrics', nameZh: '小兒科', aliases: ['兒科', 'Paediatrics'] },
  { slug: 'ophthalmology', nameEn: 'Ophthalmology', nameZh: '眼科' },
  { slug: 'otolaryngology', nameEn: 'Otolaryngology', nameZh: '耳鼻喉科', aliases: ['ENT'] },
  { slug: 'dermatology', nameEn: 'Dermatology', nameZh: '皮膚科' },
  { slug: 'psychiatry', nameEn: 'Psychiatry', nameZh: '精神科', aliases: ['身心科'] },
  {
    slug: 'rehabilitation',
    nameEn: 'Rehabilitation Medicine',
    nameZh: '復健科',
    aliases: ['Rehabilitation'],
  },
  { slug: 'dentistry', nameEn: 'Dentistry', nameZh: '牙科', aliases: ['Dental'] },
  { slug: 'oncology', nameEn: 'Oncology', nameZh: '腫瘤科', aliases: ['血液腫瘤科'] },
  { slug: 'plastic-surgery', nameEn: 'Plastic Surgery', nameZh: '整形外科' },
  { slug: 'rheumatology', nameEn: 'Rheumatology', nameZh: '過敏免疫風濕科', aliases: ['風濕免疫科'] },
  {
    slug: 'chinese-medicine',
    nameEn: 'Chinese Medicine',
    nameZh: '中醫科',
    aliases: ['Traditional Chinese Medicine'],
  },
  { slug: 'emergency-medicine', nameEn: 'Emergency Medicine', nameZh: '急診醫學科', aliases: ['急診科'] },
  { slug: 'nutrition', nameEn: 'Nutrition', nameZh: '營養科', aliases: ['Dietetics'] },
  { slug: 'pharmacy', nameEn: 'Pharmacy', nameZh: '藥劑科', aliases: ['藥學部'] },
  {
    slug: 'smoking-cessation',
    nameEn: 'Smoking Cessation',
    nameZh: '戒菸門診',
    aliases: ['Smoking Cessation Counselling', '戒菸衛教'],
  },
];
