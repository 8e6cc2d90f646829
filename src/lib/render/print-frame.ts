/**
 * The running header and footer of a printed page, and what prints after its links.
 *
 * Paper has no address bar, so every printed page says what it is: the page's title (and a
 * plan's version) top left, the as-of date top right, the organisation bottom left and "page 3
 * of 7" bottom right. `src/components/print.css` draws these in CSS paged-media margin boxes
 * (`@page { @top-left { content: var(--print-title) } }`); this module writes the small inline
 * stylesheet that sets those custom properties for one page, plus one named page per part for a
 * page that gathers several plans (the tier-1 pack), so each plan's pages carry its own title.
 *
 * Why margin boxes fed by custom properties, and not a `position: fixed` print-only element
 * (which Chromium repeats on every printed page): a fixed element sits inside the page area and
 * overlaps the content of every page after the first, since no content can reserve room for it
 * on pages it does not know about; and `counter(page)` / `counter(pages)` work only in margin
 * boxes anyway. `string-set`, which would take the title from the heading, is not in Chromium.
 *
 * Guarantees: every author text goes through `toCssString`, which escapes quotes, backslashes,
 * control characters and `<` `>` `&`, so the result can neither end its CSS string nor close the
 * `<style>` element it is put in (`</style>` cannot appear in the output). Links print their
 * absolute URL only when the build knows the site's address (ITSCM_SITE); a bare path such as
 * "/teams/infrastructure/" means nothing on paper, so without it nothing prints after links.
 */

/** One part of a page printed on pages of its own, under its own running title. */
export interface PrintPart {
  /** The id of the part's element ("plan-datacentre-failover"). */
  anchor: string;
  title: string;
  /** A plan's version ("4.1"), absent when it has none. */
  version?: string;
}

/** What the running header and footer of one printed page say. */
export interface PrintPage {
  /** The page's title, as in its `<title>` ("Data centre failover"). */
  title: string;
  /** A plan page's version ("4.1"); absent on other pages and for plans without one. */
  version?: string;
  /** The data's as-of date, YYYY-MM-DD. */
  asOf: string;
  /** The organisation's name ("Harbourline Logistics"). */
  orgName: string;
  /** Parts printed each on pages of their own with their own title (the tier-1 pack's plans). */
  parts?: readonly PrintPart[];
}

/** What Layout.astro puts on a page for printing. */
export interface PrintFrame {
  /** The text of an inline `<style>`: safe to put between `<style>` and `</style>` as it is. */
  css: string;
  /**
   * What prints after a link to a page of the site: `absolute` its absolute URL (the site's
   * origin then the link's path), `none` nothing. On `<html data-print-links>`.
   */
  links: 'absolute' | 'none';
}

/**
 * `text` as a quoted CSS string. Quotes, backslashes, control characters and the HTML
 * specials `<`, `>` and `&` become hex escapes ("\3c "), so the string cannot end early and the
 * stylesheet it is in cannot be broken out of; every other character stays as it is (UTF-8).
 */
export function toCssString(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0; // never undefined: `ch` is one code point
    out += code < 0x20 || code === 0x7f || '"\'\\<>&'.includes(ch) ? `\\${code.toString(16)} ` : ch;
  }
  return `"${out}"`;
}

/** "Data centre failover · version 4.1". */
const runningTitle = (title: string, version?: string) =>
  version ? `${title} · version ${version}` : title;

/**
 * The print frame of one page. `site` is the site's absolute address (Astro's `site`, from
 * ITSCM_SITE) or undefined; only its origin is used, since links already carry the base path.
 */
export function toPrintFrame(page: PrintPage, site: URL | string | undefined): PrintFrame {
  const origin = site === undefined ? undefined : new URL(site).origin;
  const vars = [
    `--print-title:${toCssString(runningTitle(page.title, page.version))}`,
    `--print-as-of:${toCssString(`Data as of ${page.asOf}`)}`,
    `--print-org:${toCssString(`${page.orgName} IT service continuity`)}`,
    ...(origin ? [`--print-origin:${toCssString(origin)}`] : []),
  ];
  // Page names are generated ("part-1"), so no author text is ever an identifier here.
  // !important: Chromium 156 lets print.css's unnamed @page, which comes later, win over a
  // named page's margin box (page-name specificity is not applied across style sheets).
  const parts = (page.parts ?? []).map(
    (p, i) =>
      `[id=${toCssString(p.anchor)}]{page:part-${i + 1}}` +
      `@page part-${i + 1}{@top-left{content:${toCssString(runningTitle(p.title, p.version))} !important}}`,
  );
  return {
    css: [`:root{${vars.join(';')}}`, ...parts].join('\n'),
    links: origin ? 'absolute' : 'none',
  };
}
