// The cell padding of every wide table, for the rows each list renders.
export const tableCell = "px-3 py-3 align-top";

type Props = {
  // Read by screen readers only: what the table lists.
  caption: string;
  columns: string[];
  // The table's rows (<tr>), one per item.
  children: React.ReactNode;
};

// A list's table for wide screens; below the "sm" width it is hidden and
// the list shows its items as cards instead.
export function WideTable({ caption, columns, children }: Props) {
  return (
    <div className="hidden overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm sm:block">
      <table className="w-full text-left">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className={tableCell}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">{children}</tbody>
      </table>
    </div>
  );
}
