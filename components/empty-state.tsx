// The friendly sentence shown where a list has nothing in it yet.
export function EmptyState({ children }: { children: React.ReactNode }) {
  return (
    <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-slate-700">
      {children}
    </p>
  );
}
