/**
 * The importer's in-memory view of departments, hospitals and doctors: loaded once, then
 * extended as the import creates rows. Creations happen inside the batch transaction, so an
 * undo journal forgets them again when that transaction rolls back.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import type { Lang } from '../../db/schema.ts';
import {
  buildDepartmentIndex,
  departmentNameKey,
  insertDepartment,
  listDepartments,
} from '../departments/departments.repository.ts';
import {
  fillDoctorTitle,
  insertDoctor,
  insertHospital,
  loadDoctors,
  loadHospitals,
} from './transfer.repository.ts';

/** Names are compared trimmed, with inner spaces collapsed, case-insensitively. */
const nameKey = departmentNameKey;

interface DoctorEntry {
  id: number;
  titleEn: string | null;
  titleZh: string | null;
}

/** Rows created so far, for the import summary. */
export interface CreatedCounts {
  departments: number;
  hospitals: number;
  doctors: number;
}

/**
 * Slug candidates for a new row. ASCII names give readable slugs ("sports-medicine"); names
 * with other scripts (Chinese) have no transliteration here, so they get a short hash of the
 * name ("dept-3f2a9c1b"), which is the same in every database. `scope` separates namesakes
 * (two doctors with one name at different hospitals).
 */
export function slugCandidates(name: string, prefix: string, scope = ''): string[] {
  const stripped = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const ascii = stripped
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  const hash = createHash('sha256').update(`${scope}\u0000${name}`).digest('hex');
  // Part of the name was dropped (e.g. "王 Clinic"): the hash keeps such slugs apart.
  const lossy = /[^\p{ASCII}]/u.test(stripped);
  const base = !ascii ? `${prefix}-${hash.slice(0, 8)}` : lossy ? `${ascii}-${hash.slice(0, 6)}` : ascii;
  const candidates = [base, `${base}-${hash.slice(0, 6)}`, `${base}-${hash.slice(0, 12)}`];
  for (let n = 2; n <= 50; n++) candidates.push(`${base}-${hash.slice(0, 6)}-${n}`);
  return candidates;
}

async function insertWithFreeSlug(
  candidates: string[],
  insert: (slug: string) => Promise<number | undefined>,
): Promise<number> {
  for (const slug of candidates) {
    const id = await insert(slug);
    if (id !== undefined) return id;
  }
  throw new Error(`no free slug among ${candidates[0]}...`);
}

export class ImportEntities {
  readonly created: CreatedCounts = { departments: 0, hospitals: 0, doctors: 0 };
  private undo: (() => void)[] = [];

  private constructor(
    private readonly departments: Map<string, number>,
    private readonly hospitals: Map<string, number>,
    private readonly doctors: Map<string, DoctorEntry>,
    private readonly links = new Set<string>(),
  ) {}

  /** Loads every department, hospital and doctor once (a few thousand rows at most). */
  static async load(db: Db): Promise<ImportEntities> {
    const departments = new Map<string, number>();
    for (const [key, row] of buildDepartmentIndex(await listDepartments(db))) departments.set(key, row.id);
    const hospitals = new Map<string, number>();
    for (const row of await loadHospitals(db)) {
      for (const name of [row.nameEn, row.nameZh])
        if (!hospitals.has(nameKey(name))) hospitals.set(nameKey(name), row.id);
    }
    const doctors = new Map<string, DoctorEntry>();
    for (const row of await loadDoctors(db)) {
      const entry = { id: row.id, titleEn: row.titleEn, titleZh: row.titleZh };
      for (const name of [row.nameEn, row.nameZh]) {
        const key = doctorKey(row.hospitalId, name);
        if (!doctors.has(key)) doctors.set(key, entry);
      }
    }
    return new ImportEntities(departments, hospitals, doctors);
  }

  /** Starts recording changes for the transaction about to run. */
  begin(): void {
    this.undo = [];
  }

  /** The transaction committed: keep everything. */
  commit(): void {
    this.undo = [];
  }

  /** The transaction rolled back: forget the rows it created. */
  rollback(): void {
    for (const step of this.undo.reverse()) step();
    this.undo = [];
  }

  /** The id of the department called `name`, created when unknown. */
  async department(tx: Db, name: string): Promise<number> {
    const key = nameKey(name);
    const known = this.departments.get(key);
    if (known !== undefined) return known;
    const clean = name.trim().replace(/\s+/g, ' ');
    const id = await insertWithFreeSlug(slugCandidates(clean, 'dept'), async (slug) => {
      return (await insertDepartment(tx, { slug, nameEn: clean, nameZh: clean }))?.id;
    });
    this.remember(this.departments, key, id, 'departments');
    return id;
  }

  /** The id of the hospital called `name` (either language), created when unknown. */
  async hospital(tx: Db, name: string): Promise<number> {
    const key = nameKey(name);
    const known = this.hospitals.get(key);
    if (known !== undefined) return known;
    const clean = name.trim().replace(/\s+/g, ' ');
    const id = await insertWithFreeSlug(slugCandidates(clean, 'hospital'), (slug) =>
      insertHospital(tx, { slug, nameEn: clean, nameZh: clean }),
    );
    this.remember(this.hospitals, key, id, 'hospitals');
    return id;
  }

  /**
   * The id of the doctor `name` at `hospitalId`, created when unknown. A title given in the
   * file fills the doctor's title in `lang` when it is still empty.
   */
  async doctor(
    tx: Db,
    name: string,
    hospitalId: number,
    lang: Lang,
    title: string | undefined,
  ): Promise<number> {
    const key = doctorKey(hospitalId, name);
    const known = this.doctors.get(key);
    const field = lang === 'en' ? 'titleEn' : 'titleZh';
    if (known) {
      if (title && known[field] === null) {
        await fillDoctorTitle(tx, known.id, lang, title);
        known[field] = title;
        this.undo.push(() => {
          known[field] = null;
        });
      }
      return known.id;
    }
    const clean = name.trim().replace(/\s+/g, ' ');
    const entry: DoctorEntry = { id: 0, titleEn: null, titleZh: null };
    entry[field] = title || null;
    entry.id = await insertWithFreeSlug(slugCandidates(clean, 'doctor', String(hospitalId)), (slug) =>
      insertDoctor(tx, { slug, name: clean, hospitalId, titleEn: entry.titleEn, titleZh: entry.titleZh }),
    );
    this.remember(this.doctors, key, entry, 'doctors');
    return entry.id;
  }

  /** Of the given doctor-department pairs, those not linked yet during this import. */
  newLinks(
    pairs: { doctorId: number; departmentId: number }[],
  ): { doctorId: number; departmentId: number }[] {
    const fresh = [];
    for (const pair of pairs) {
      const key = `${pair.doctorId}:${pair.departmentId}`;
      if (this.links.has(key)) continue;
      this.links.add(key);
      this.undo.push(() => this.links.delete(key));
      fresh.push(pair);
    }
    return fresh;
  }

  private remember<V>(map: Map<string, V>, key: string, value: V, kind: keyof CreatedCounts): void {
    map.set(key, value);
    this.created[kind]++;
    this.undo.push(() => {
      map.delete(key);
      this.created[kind]--;
    });
  }
}

function doctorKey(hospitalId: number, name: string): string {
  return `${hospitalId}\u0000${nameKey(name)}`;
}
