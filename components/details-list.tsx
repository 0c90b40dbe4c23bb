export type DetailsItem = { label: React.ReactNode; value: React.ReactNode };

type DetailsListProps = { items: DetailsItem[]; compact?: boolean };

// Label and value pairs: stacked on a phone, side by side on a wider screen.
export function DetailsList({ items, compact = false }: DetailsListProps) {
  return (
    <dl className="divide-y divide-slate-200">
      {items.map((item, index) => (
        <div
          key={index}
          className={`grid gap-1 sm:grid-cols-3 sm:gap-4 ${compact ? "py-2" : "py-3"}`}
        >
          <dt className="font-medium text-slate-700">{item.label}</dt>
          <dd className="text-slate-900 sm:col-span-2">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
