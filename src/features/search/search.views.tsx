/** The search page: form with filters, result count, highlighted results, pager. Works without JS. */
import type { Lang } from '../../db/schema.ts';
import { Pager } from '../../web/layout.tsx';
import { urls } from '../../web/urls.ts';
import type { DepartmentRow } from '../departments/departments.repository.ts';
import { localName, type ViewContext } from '../questions/questions.views.tsx';
import type { SnippetSegment } from './highlight.ts';
import { type SearchMessages, searchMessages } from './search.messages.ts';
import type { SearchItem, SearchResults } from './search.service.ts';

/** What the form shows and every link keeps (the page's parameters, normalized). */
export interface SearchParams {
  q: string;
  department?: string;
  doctor?: string;
  hospital?: string;
  lang?: Lang | 'all';
  from?: string;
  to?: string;
}

/** The search URL for these parameters (empty ones left out) and page. */
export function searchHref(locale: Lang, params: SearchParams, page = 1): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return `${urls.search(locale)}${text ? `?${text}` : ''}`;
}

/** Text with the matched parts in <mark>; JSX escapes every piece. */
export function Marked(props: { segments: readonly SnippetSegment[] }) {
  return <>{props.segments.map((segment) => (segment.match ? <mark>{segment.text}</mark> : segment.text))}</>;
}

function ResultItem(props: { v: ViewContext; m: SearchMessages; item: SearchItem; params: SearchParams }) {
  const { v, m, item, params } = props;
  const { summary } = item;
  const first = summary.answers[0];
  const filterBy = (patch: Partial<SearchParams>) => searchHref(v.locale, { ...params, ...patch });
  return (
    <li class="qa-item">
      <a class="qa-title" href={urls.question(v.locale, summary.id)} lang={summary.lang} dir="auto">
        <Marked segments={item.title} />
      </a>
      <p class="question-snippet" lang={summary.lang} dir="auto">
        <Marked segments={item.snippet} />
      </p>
      <p class="meta">
        <a href={filterBy({ department: summary.department.slug })}>
          {localName(v.locale, summary.department)}
        </a>
        {first ? (
          <>
            {' · '}
            <a href={filterBy({ doctor: first.doctor.slug })}>
              {m.doctor(localName(v.locale, first.doctor))}
            </a>
            {' · '}
            <a href={filterBy({ hospital: first.hospital.slug })}>{localName(v.locale, first.hospital)}</a>
          </>
        ) : null}
        <span class="views">{v.t.qa.views(summary.viewCount)}</span>
      </p>
    </li>
  );
}

function FilterForm(props: {
  v: ViewContext;
  m: SearchMessages;
  params: SearchParams;
  departments: DepartmentRow[];
}) {
  const { v, m, params } = props;
  const lang = params.lang ?? v.locale;
  // Filters fold away unless one is in use; <details> needs no script.
  const filtering = Boolean(
    params.department || params.from || params.to || (params.lang && params.lang !== v.locale),
  );
  return (
    <form method="get" action={urls.search(v.locale)} class="search-page-form" role="search">
      <div class="search-form">
        <input
          type="search"
          name="q"
          value={params.q}
          aria-label={v.t.nav.search}
          placeholder={v.t.home.searchPlaceholder}
        />
        <button type="submit">{v.t.home.searchButton}</button>
      </div>
      <details class="search-filters" open={filtering}>
        <summary>{m.filters}</summary>
        <div class="field">
          <label for="search-department">{m.department}</label>
          <select id="search-department" name="department">
            <option value="">{m.allDepartments}</option>
            {props.departments.map((d) => (
              <option value={d.slug} selected={d.slug === params.department}>
                {localName(v.locale, d)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="search-lang">{m.language}</label>
          <select id="search-lang" name="lang">
            {(['en', 'zh-TW', 'all'] as const).map((value) => (
              <option value={value} selected={value === lang}>
                {value === 'all' ? m.allLanguages : m.languageNames[value]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="search-from">{m.from}</label>
          <input id="search-from" type="date" name="from" value={params.from ?? ''} />
        </div>
        <div class="field">
          <label for="search-to">{m.to}</label>
          <input id="search-to" type="date" name="to" value={params.to ?? ''} />
        </div>
        {params.doctor ? <input type="hidden" name="doctor" value={params.doctor} /> : null}
        {params.hospital ? <input type="hidden" name="hospital" value={params.hospital} /> : null}
        <button type="submit" class="button">
          {m.apply}
        </button>
      </details>
    </form>
  );
}

/** The whole search page. */
export function SearchPage(props: {
  v: ViewContext;
  params: SearchParams;
  results: SearchResults;
  departments: DepartmentRow[];
}) {
  const { v, params, results } = props;
  const m = searchMessages(v.locale);
  const searched = results.query.text.trim() !== '';
  const chips = [
    results.doctor && {
      label: m.answeredBy(localName(v.locale, results.doctor)),
      href: searchHref(v.locale, { ...params, doctor: undefined }),
    },
    results.hospital && {
      label: m.atHospital(localName(v.locale, results.hospital)),
      href: searchHref(v.locale, { ...params, hospital: undefined }),
    },
  ].filter((chip) => !!chip);
  return (
    <section class="search-page">
      <h1>{v.t.nav.search}</h1>
      <FilterForm v={v} m={m} params={params} departments={props.departments} />
      {chips.length > 0 ? (
        <ul class="filter-chips">
          {chips.map((chip) => (
            <li>
              {chip.label} (<a href={chip.href}>{m.removeFilter}</a>)
            </li>
          ))}
        </ul>
      ) : null}
      {searched ? <p class="count">{m.results(results.total, results.totalCapped)}</p> : <h2>{m.latest}</h2>}
      {results.relaxed ? <p class="notice">{m.relaxed}</p> : null}
      {searched && results.total === 0 ? (
        <div class="no-results">
          <p>{results.query.groups.length === 0 ? m.nothingToSearch : m.noResults}</p>
          <p>{m.tips}</p>
          <p>
            <a href={urls.ask(v.locale)}>{m.askCta}</a>
          </p>
        </div>
      ) : null}
      <ol class="qa-list search-results">
        {results.items.map((item) => (
          <ResultItem v={v} m={m} item={item} params={params} />
        ))}
      </ol>
      <Pager
        t={v.t}
        page={results.page}
        pages={results.pages}
        href={(page) => searchHref(v.locale, params, page)}
      />
    </section>
  );
}
