/** Demo content of every catalog department, keyed by department slug. */
import type { DepartmentContent } from '../demo-types.ts';
import { nutrition, pharmacy } from './counselling.ts';
import { gastroenterology, nephrology } from './digestive-kidney.ts';
import { ophthalmology, otolaryngology } from './eyes-ears.ts';
import { cardiology, pulmonology } from './heart-lungs.ts';
import { endocrinology, infectiousDiseases } from './metabolism-infection.ts';
import { psychiatry, rehabilitation } from './mind-rehab.ts';
import { neurology, neurosurgery } from './nervous-system.ts';
import { oncology, rheumatology } from './oncology-rheumatology.ts';
import { familyMedicine, internalMedicine } from './primary-care.ts';
import { smokingCessation } from './smoking-cessation.ts';
import { generalSurgery, orthopedics } from './surgery-bones.ts';
import { chineseMedicine, emergencyMedicine } from './tcm-emergency.ts';
import { dentistry, dermatology } from './teeth-skin.ts';
import { plasticSurgery, urology } from './urology-plastic.ts';
import { obstetricsGynecology, pediatrics } from './women-children.ts';

const ALL: DepartmentContent[] = [
  familyMedicine,
  internalMedicine,
  cardiology,
  gastroenterology,
  pulmonology,
  nephrology,
  endocrinology,
  infectiousDiseases,
  neurology,
  generalSurgery,
  orthopedics,
  neurosurgery,
  urology,
  obstetricsGynecology,
  pediatrics,
  ophthalmology,
  otolaryngology,
  dermatology,
  psychiatry,
  rehabilitation,
  dentistry,
  oncology,
  plasticSurgery,
  rheumatology,
  chineseMedicine,
  emergencyMedicine,
  nutrition,
  pharmacy,
  smokingCessation,
];

export const DEPARTMENT_CONTENT: Readonly<Record<string, DepartmentContent>> = Object.fromEntries(
  ALL.map((content) => [content.slug, content]),
);
