/**
 * Finds the forms of the site the way a browser would: fetches pages as a visitor, follows
 * links on the site, and reads every `<form method="post">` with its fields and their default
 * values, so the fuzz test posts to every form there is, including forms added later.
 */

export interface FoundForm {
  action: string;
  enctype: string;
  /** name → default value (hidden inputs, first option, checked boxes, prefilled text). */
  defaults: Record<string, string>;
  /** Names of fields a person types into (text, textarea, email, …). */
  textFields: string[];
  /** Page the form was found on. */
  page: string;
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const attr = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag);
  return match ? decode(match[1]!) : undefined;
};

export function parseForms(html: string, page: string): FoundForm[] {
  const forms: FoundForm[] = [];
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const tag = match[1]!;
    if ((attr(tag, 'method') ?? 'get').toLowerCase() !== 'post') continue;
    const inner = match[2]!;
    const defaults: Record<string, string> = {};
    const textFields: string[] = [];
    for (const input of inner.matchAll(/<input\b[^>]*>/gi)) {
      const name = attr(input[0], 'name');
      if (!name) continue;
      const type = (attr(input[0], 'type') ?? 'text').toLowerCase();
      if (type === 'checkbox' || type === 'radio') {
        if (!(name in defaults) || /\schecked/i.test(input[0]))
          defaults[name] = attr(input[0], 'value') ?? 'on';
      } else if (type === 'file') {
        defaults[name] = '';
      } else {
        defaults[name] = attr(input[0], 'value') ?? '';
        if (['text', 'search', 'email', 'url', 'tel', 'password', 'number'].includes(type))
          textFields.push(name);
      }
    }
    for (const area of inner.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/gi)) {
      const name = attr(area[1]!, 'name');
      if (!name) continue;
      defaults[name] = decode(area[2]!);
      textFields.push(name);
    }
    for (const select of inner.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/gi)) {
      const name = attr(select[1]!, 'name');
      if (!name) continue;
      const options = [...select[2]!.matchAll(/<option\b([^>]*)>/gi)].map((o) => attr(o[1]!, 'value') ?? '');
      defaults[name] = options.find((value) => value !== '') ?? '';
    }
    forms.push({
      action: attr(tag, 'action') ?? page,
      enctype: attr(tag, 'enctype') ?? 'application/x-www-form-urlencoded',
      defaults,
      textFields: [...new Set(textFields)],
      page,
    });
  }
  return forms;
}

/** Same-site links to follow: locale pages only, no assets, no paging or query variants. */
export function parseLinks(html: string): string[] {
  const links = new Set<string>();
  for (const match of html.matchAll(/<a\b[^>]*\shref="(\/(?:en)(?:\/[^"#?]*)?)"/gi)) {
    // Public catalog pages have no forms; following them would use up the crawl.
    if (!/^\/en\/(departments|doctors|hospitals)\//.test(match[1]!)) links.add(decode(match[1]!));
  }
  return [...links];
}

/**
 * Fetches `seeds` and the pages they link to (breadth first, at most `maxPages`) with `fetchPage`
 * and returns the post forms found, one per action.
 */
export async function crawlForms(
  fetchPage: (path: string) => Promise<{ status: number; html: string }>,
  seeds: string[],
  maxPages = 60,
): Promise<{ forms: FoundForm[]; pages: string[] }> {
  const queue = [...seeds];
  const seen = new Set<string>();
  const forms = new Map<string, FoundForm>();
  while (queue.length > 0 && seen.size < maxPages) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const { status, html } = await fetchPage(path);
    if (status !== 200) continue;
    for (const form of parseForms(html, path)) if (!forms.has(form.action)) forms.set(form.action, form);
    for (const link of parseLinks(html)) if (!seen.has(link)) queue.push(link);
  }
  return { forms: [...forms.values()], pages: [...seen] };
}
