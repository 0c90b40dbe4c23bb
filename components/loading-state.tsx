// Shown while a page loads: a status message for screen readers and a calm
// placeholder for everyone else.
export function LoadingState({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <p className="text-slate-700">{label}</p>
      <div aria-hidden="true" className="space-y-3">
        <div className="h-8 w-1/3 animate-pulse rounded bg-slate-200" />
        <div className="h-24 animate-pulse rounded-xl bg-slate-200" />
        <div className="h-24 animate-pulse rounded-xl bg-slate-200" />
      </div>
    </div>
  );
}
