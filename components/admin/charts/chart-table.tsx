import type { ReactNode } from "react";
import { TableRegion } from "@/components/table-region";

export type ChartTableColumn = { header: string; numeric?: boolean };

/**
 * The numbers behind a chart as a real table: a caption, column headers, and
 * the first cell of each row as its row header.
 */
export function ChartTable({
  caption,
  columns,
  rows,
  regionLabel,
}: {
  caption: string;
  columns: ChartTableColumn[];
  rows: { key: string; cells: ReactNode[] }[];
  regionLabel: string;
}) {
  return (
    <TableRegion label={regionLabel}>
      <table className="data-table">
        <caption className="mb-2 text-left font-bold">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={column.numeric ? "numeric" : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className="font-normal">
                    {cell}
                  </th>
                ) : (
                  <td key={index} className={columns[index]?.numeric ? "numeric" : undefined}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
