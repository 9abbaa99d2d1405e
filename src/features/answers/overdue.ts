/**
 * The one rule for "overdue": a question still waiting for a doctor (approved) that was asked
 * before now minus the deployment's answer target (setting `answerTargetHours`). The escalation
 * job, the editor's escalated panel, the doctor queue's highlight and the doctors' figures and
 * digest all take it from here, so they cannot disagree.
 */
import { and, eq, lt, type SQL } from 'drizzle-orm';
import { questions } from '../../db/schema.ts';

const HOUR = 3_600_000;

export interface OverdueRule {
  /** Questions asked before this instant are overdue while they wait for a doctor. */
  cutoff: Date;
  /** The rule as a condition on the `questions` table. */
  where: SQL;
  /** The rule on a loaded question. */
  test: (question: { status: string; askedAt: Date }) => boolean;
}

export function overdueRule(targetHours: number, now: Date): OverdueRule {
  const cutoff = new Date(now.getTime() - targetHours * HOUR);
  return {
    cutoff,
    where: and(eq(questions.status, 'approved'), lt(questions.askedAt, cutoff)) as SQL,
    test: (q) => q.status === 'approved' && q.askedAt.getTime() < cutoff.getTime(),
  };
}
