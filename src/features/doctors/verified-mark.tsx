/** The verified mark next to a verified doctor's name: a tick and words, not only an icon. */
import type { Locale } from '../../web/i18n/index.ts';
import { doctorApplyMessages } from './doctor-apply.messages.ts';

export function VerifiedMark(props: { locale: Locale }) {
  const m = doctorApplyMessages(props.locale);
  return (
    <span class="verified" title={m.verifiedTitle}>
      <span aria-hidden="true">✓</span> {m.verified}
    </span>
  );
}
