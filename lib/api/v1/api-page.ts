import { DEFAULT_PER_PAGE } from "./api-schemas";

// One page of a list, with the links a client follows (in the body and in
// the Link header). A page past the last is an empty page, not an error: a
// client paging through a list that shrank meanwhile stops cleanly.

export type ApiPage<Item> = {
  data: Item[];
  meta: { page: number; per_page: number; total: number; total_pages: number };
  links: { self: string; first: string; last: string; prev: string | null; next: string | null };
};

/** `address` is the list's absolute address with its filters and no paging parameters. */
export function pageOfList<Item>(items: readonly Item[], query: { page?: number; per_page?: number }, address: URL): ApiPage<Item> {
  const page = query.page ?? 1;
  const perPage = query.per_page ?? DEFAULT_PER_PAGE;
  const total = items.length;
  const totalPages = Math.ceil(total / perPage);
  const start = (page - 1) * perPage;
  const href = (number: number) => {
    const link = new URL(address);
    link.searchParams.delete("page");
    link.searchParams.delete("per_page");
    if (number > 1) link.searchParams.set("page", String(number));
    if (query.per_page !== undefined) link.searchParams.set("per_page", String(perPage));
    return link.toString();
  };
  const last = Math.max(1, totalPages);
  return {
    data: items.slice(start, start + perPage),
    meta: { page, per_page: perPage, total, total_pages: totalPages },
    links: {
      self: href(page),
      first: href(1),
      last: href(last),
      prev: page > 1 ? href(Math.min(page - 1, last)) : null,
      next: page < totalPages ? href(page + 1) : null,
    },
  };
}

/** The same links as an RFC 8288 Link header. */
export function linkHeader(links: ApiPage<unknown>["links"]): string {
  const entries: Array<[string, string | null]> = [
    ["first", links.first],
    ["prev", links.prev],
    ["next", links.next],
    ["last", links.last],
  ];
  return entries
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([rel, href]) => `<${href}>; rel="${rel}"`)
    .join(", ");
}
