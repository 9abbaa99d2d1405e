/**
 * Site settings that admins change at run time, stored in the `settings` table so every app
 * instance sees the same values. Each key has a zod schema and a default; a stored value that no
 * longer parses falls back to the default rather than breaking pages.
 */
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { settings } from '../../db/schema.ts';
import { recordAudit } from '../audit/audit.service.ts';

export const SETTING_SCHEMAS = {
  /** Doctors' replies wait for an editor before they are published (otherwise they publish at once). */
  reviewAnswers: z.boolean(),
  /** Questions waiting longer than this for an answer are highlighted and escalated to editors. */
  answerTargetHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30),
} as const;

export type Settings = { [K in keyof typeof SETTING_SCHEMAS]: z.infer<(typeof SETTING_SCHEMAS)[K]> };
export type SettingKey = keyof Settings;

export const SETTING_DEFAULTS: Settings = {
  reviewAnswers: true,
  answerTargetHours: 72,
};

/** Every setting, stored values over defaults. */
export async function getSettings(db: Db): Promise<Settings> {
  const rows = await db.select({ key: settings.key, value: settings.value }).from(settings);
  const out: Record<string, unknown> = { ...SETTING_DEFAULTS };
  for (const row of rows) {
    const schema = SETTING_SCHEMAS[row.key as SettingKey];
    const parsed = schema?.safeParse(row.value);
    if (parsed?.success) out[row.key] = parsed.data;
  }
  return out as Settings;
}

/** Validates, stores and audits one setting. Throws a ZodError on a bad value. */
export async function setSetting<K extends SettingKey>(
  db: Db,
  key: K,
  value: Settings[K],
  actorUserId: number | null,
): Promise<void> {
  const parsed = SETTING_SCHEMAS[key].parse(value);
  await db.transaction(async (tx) => {
    await tx
      .insert(settings)
      .values({ key, value: parsed, updatedBy: actorUserId })
      .onConflictDoUpdate({
        target: settings.key,
        set: { value: parsed, updatedBy: actorUserId, updatedAt: new Date() },
      });
    await recordAudit(tx as unknown as Db, {
      actorUserId,
      action: 'setting.change',
      targetType: 'setting',
      targetId: key,
      details: { value: parsed },
    });
  });
}
