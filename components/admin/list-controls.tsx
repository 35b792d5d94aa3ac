import type { ReactNode } from "react";
import { SelectField } from "@/components/forms/fields";
import { TextField } from "@/components/forms/text-field";
import { GetForm } from "@/components/locale-anchor";
import { Link } from "@/components/locale-link";
import { TableRegion } from "@/components/table-region";

type Option = { value: string; label: string };

type Props = {
  /** Where the GET form sends its query (the list itself). */
  action: string;
  heading: string;
  searchLabel: string;
  searchHint: string;
  q: string;
  sortLabel: string;
  sort: string;
  sortOptions: Option[];
  submitLabel: string;
  clearLabel: string;
  /** Filters shown before the search box (e.g. the week), already labelled. */
  children?: ReactNode;
};

/**
 * A plain GET form: search, filters and sort live in the address, so a list can
 * be bookmarked or shared and works without JavaScript.
 */
export function ListControls({ action, heading, searchLabel, searchHint, q, sortLabel, sort, sortOptions, submitLabel, clearLabel, children }: Props) {
  return (
    <GetForm action={action} role="search" aria-labelledby="list-search-heading" className="mb-6 border border-line bg-panel p-4">
      <h2 id="list-search-heading" className="mb-4 text-xl">
        {heading}
      </h2>
      <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-3">
        {children}
        <TextField name="q" type="search" label={searchLabel} hint={searchHint} defaultValue={q} maxLength={100} />
        <SelectField name="sort" label={sortLabel} options={sortOptions} defaultValue={sort} className="w-full" />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        <Link href={action} className="inline-block py-2">
          {clearLabel}
        </Link>
      </div>
    </GetForm>
  );
}

/** "3 results" for screen readers and sighted people alike, announced when the list changes. */
export function ResultCount({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="mb-2 font-bold">
      {children}
    </p>
  );
}

type Column = { label: string; numeric?: boolean };

type ListTableProps = {
  /** How many rows; none shows `empty` instead of a table. */
  count: number;
  empty: ReactNode;
  /** Names the scrollable region for screen readers. */
  label: string;
  caption: string;
  columns: Column[];
  /** The <tr> rows, each starting with a <th scope="row">. */
  children: ReactNode;
};

/**
 * An admin list's table: a labelled region that scrolls sideways on its own
 * (so the page never does at 320 px or 200% zoom), a caption for screen
 * readers, and a plain message when there is nothing to list.
 */
export function ListTable({ count, empty, label, caption, columns, children }: ListTableProps) {
  if (count === 0) return <p className="border-l-4 border-line bg-panel p-3">{empty}</p>;
  return (
    <TableRegion label={label}>
      <table className="data-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={column.numeric ? "numeric" : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableRegion>
  );
}
