// A large week's programme comes in pages (issue 13: a week of 4,000 sessions
// was 13 MiB of HTML). A page holds PROGRAMME_PAGE_SIZE sessions, about 3.3 KiB
// of HTML each, so a page stays well under 300 KB; the demo week and any
// week of up to that many sessions is one page, as before. The page number
// comes from the URL (?page=2), so anyone can type anything: what is not a
// page number counts as page 1, and a page beyond the last shows the last.

export const PROGRAMME_PAGE_SIZE = 50;

export type ProgrammePage<T> = {
  items: T[];
  /** 1-based. */
  page: number;
  pageCount: number;
  /** 1-based positions of the first and last item on this page in the whole list (0 and 0 when it is empty). */
  from: number;
  to: number;
  total: number;
};

type SearchParams = Record<string, string | string[] | undefined>;

export function requestedPage(searchParams: SearchParams): number {
  const value = Array.isArray(searchParams.page) ? searchParams.page[0] : searchParams.page;
  if (!value || !/^\d{1,6}$/.test(value.trim())) return 1;
  return Math.max(1, Number(value.trim()));
}

export function programmePage<T>(items: T[], requested: number, size = PROGRAMME_PAGE_SIZE): ProgrammePage<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const page = Math.min(Math.max(1, Math.floor(requested)), pageCount);
  const start = (page - 1) * size;
  const pageItems = items.slice(start, start + size);
  return { items: pageItems, page, pageCount, from: pageItems.length ? start + 1 : 0, to: start + pageItems.length, total: items.length };
}

/** The programme's address with the same filters on another page (page 1 has no page parameter). */
export function programmePageHref(searchParams: SearchParams, page: number): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(searchParams)) {
    if (name === "page" || value === undefined) continue;
    for (const item of [value].flat()) query.append(name, item);
  }
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return search ? `/programme?${search}` : "/programme";
}
