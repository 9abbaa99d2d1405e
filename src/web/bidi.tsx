/**
 * Text written by users (pseudonyms, titles, questions, answers, reports) may be right-to-left or
 * mixed. Blocks of it carry dir="auto" (the browser picks the direction from the text itself);
 * a name inside a sentence of ours is isolated in <bdi>, so it cannot reorder the words around it.
 */
import type { Child } from 'hono/jsx';

/** A private-use character that never occurs in a message template. */
const SLOT = '\uE000';

/**
 * Renders a message built by `template` with `value` isolated in <bdi> wherever the template
 * puts it: `isolated((name) => t.qa.askerLine({ pseudonym: name, ... }), question.pseudonym)`.
 */
export function isolated(template: (slot: string) => string, value: string): Child {
  const parts = template(SLOT).split(SLOT);
  return (
    <>
      {parts.map((part, i) => (
        <>
          {i > 0 ? <bdi>{value}</bdi> : null}
          {part}
        </>
      ))}
    </>
  );
}
