import type { ReactNode } from 'react';

/** A header label; numeric columns are right-aligned like their figures. */
export type Column = string | { label: string; num: true };

export const num = (label: string): Column => ({ label, num: true });

type DataTableProps = {
  /** The table's modifier, e.g. "table--posts". */
  className: string;
  columns: readonly Column[];
  /** Scroll inside its own box (long numeric tables) rather than growing the page. */
  scroll?: boolean;
  /** Names a scrolling table for screen readers; it is focusable so the keyboard can scroll it. */
  label?: string;
  /** The body rows. */
  children: ReactNode;
};

export function DataTable({ className, columns, scroll = false, label, children }: DataTableProps) {
  const wrap = scroll
    ? {
        className: 'table-wrap table-wrap--scroll',
        tabIndex: 0,
        role: 'region',
        'aria-label': label ?? 'Table',
      }
    : { className: 'table-wrap' };
  return (
    <div {...wrap}>
      <table className={`table ${className}`}>
        <thead>
          <tr>
            {columns.map((c) =>
              typeof c === 'string' ? (
                <th key={c} scope="col">
                  {c}
                </th>
              ) : (
                <th key={c.label} scope="col" className="num">
                  {c.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
