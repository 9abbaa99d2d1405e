/**
 * Cells of the audit log table in words an admin reads at a glance: the action's name (its code
 * kept beside it, small, since the filter and the database speak in codes), who acted, and the
 * details as a key: value list instead of raw JSON.
 */
import type { AdminMessages } from './admin.messages.ts';

export type AuditActorKind = 'user' | 'asker' | 'system';

/** Who acted: a signed-in user, an asker through a status link (no account), or the system. */
export function auditActorKind(entry: {
  actorUserId: number | null;
  action: string;
  details: unknown;
}): AuditActorKind {
  if (entry.actorUserId != null) return 'user';
  const origin = isRecord(entry.details) ? entry.details.origin : undefined;
  if (origin === 'status-link') return 'asker';
  // Before details.origin was written, an anonymous info reply could only come from the link.
  if (origin === undefined && entry.action === 'question.info_reply') return 'asker';
  return 'system';
}

/** The action's label in the page's language, or the code itself when it has none. */
export const auditActionLabel = (m: AdminMessages, code: string) => m.audit.actions[code] ?? code;

/** "Question approved" with `question.approve` below it, small and muted, breaking only after a dot. */
export function AuditAction(props: { m: AdminMessages; code: string }) {
  const label = auditActionLabel(props.m, props.code);
  return (
    <>
      <span class="audit-action">{label}</span>
      {label !== props.code ? (
        <>
          <br />
          <code class="audit-code">
            {props.code.split('.').map((part, i) => (
              <>
                {i > 0 ? (
                  <>
                    .<wbr />
                  </>
                ) : null}
                {part}
              </>
            ))}
          </code>
        </>
      ) : null}
    </>
  );
}

export function AuditActor(props: {
  m: AdminMessages;
  entry: { actorUserId: number | null; action: string; details: unknown };
  email: string | undefined;
}) {
  const kind = auditActorKind(props.entry);
  if (kind === 'user') return <>{props.email ?? `#${props.entry.actorUserId}`}</>;
  return <>{kind === 'asker' ? props.m.audit.asker : props.m.audit.system}</>;
}

/** The details object as a list of key: value lines; nested values in compact JSON. */
export function AuditDetails(props: { details: unknown }) {
  const { details } = props;
  if (!isRecord(details)) {
    return details == null ? null : <code>{JSON.stringify(details)}</code>;
  }
  const entries = Object.entries(details).filter(
    ([, value]) => value !== undefined && value !== null && value !== '',
  );
  if (entries.length === 0) return null;
  return (
    <dl class="audit-details">
      {entries.map(([key, value]) => (
        <div>
          <dt>{key}:</dt> <dd dir="auto">{detailText(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function detailText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => ['string', 'number', 'boolean'].includes(typeof item))) {
    return value.join(', ');
  }
  return JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
