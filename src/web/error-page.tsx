import type { Messages } from './i18n/index.ts';

/** The body of an error page: a translated headline and, for client errors, the reason. */
export function ErrorPage(props: { code: string; t: Messages; message?: string }) {
  const headline = props.t.errors[props.code] ?? props.t.errors.internal;
  return (
    <section class="error-page">
      <h1>{headline}</h1>
      {props.message && props.message !== headline ? <p>{props.message}</p> : null}
      <p>
        <a href="/">{props.t.nav.home}</a>
      </p>
    </section>
  );
}
