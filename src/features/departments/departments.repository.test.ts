import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestDatabase } from '../../../test/db.ts';
import type { Database } from '../../db/database.ts';
import { DEPARTMENT_CATALOG } from './department-catalog.ts';
import {
  countDepartments,
  ensureCatalogDepartments,
  findDepartmentByName,
  insertDepartment,
  listDepartments,
} from './departments.repository.ts';

let database: Database;
before(async () => {
  database = await createTestDatabase();
});
after(() => database.close());

describe('departments repository', () => {
  test('ensureCatalogDepartments inserts the missing catalog departments once, in catalog order', async () => {
    assert.equal(await ensureCatalogDepartments(database.db), DEPARTMENT_CATALOG.length);
    assert.equal(await ensureCatalogDepartments(database.db), 0);
    assert.equal(await countDepartments(database.db), DEPARTMENT_CATALOG.length);
    const rows = await listDepartments(database.db);
    assert.deepEqual(
      rows.map((row) => [row.slug, row.sortOrder]),
      DEPARTMENT_CATALOG.map((entry, index) => [entry.slug, index]),
    );
  });

  test('findDepartmentByName matches slug, both names and aliases, ignoring case and spaces', async () => {
    for (const name of ['cardiology', 'Cardiology', ' CARDIOLOGY ', '心臟內科', '心臟血管內科']) {
      assert.equal((await findDepartmentByName(database.db, name))?.slug, 'cardiology', name);
    }
    assert.equal((await findDepartmentByName(database.db, 'ob/gyn'))?.slug, 'obstetrics-gynecology');
    assert.equal((await findDepartmentByName(database.db, 'Endocrinology'))?.slug, 'endocrinology');
    assert.equal(await findDepartmentByName(database.db, 'Astrology'), undefined);
    assert.equal(await findDepartmentByName(database.db, '   '), undefined);
  });

  test('finds departments added after the catalog', async () => {
    await insertDepartment(database.db, {
      slug: 'sleep-medicine',
      nameEn: 'Sleep Medicine',
      nameZh: '睡眠醫學科',
    });
    assert.equal((await findDepartmentByName(database.db, '睡眠醫學科'))?.slug, 'sleep-medicine');
    assert.equal(
      await insertDepartment(database.db, { slug: 'sleep-medicine', nameEn: 'x', nameZh: 'x' }),
      undefined,
      'a taken slug is refused, not overwritten',
    );
  });
});
