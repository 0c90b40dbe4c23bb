export type DetailsItem = { label: React.ReactNode; value: React.ReactNode };

// Label and value pairs: stacked on a phone, side by side on a wider screen.
export function DetailsList({ items }: { items: DetailsItem[] }) {
  return (
    <dl className="divide-y divide-slate-200">
      {items.map((item, index) => (
        <div key={index} className="grid gap-1 py-3 sm:grid-cols-3 sm:gap-4">
          <dt className="font-medium text-slate-700">{item.label}</dt>
          <dd className="text-slate-900 sm:col-span-2">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
