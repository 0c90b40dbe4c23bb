// The one h1 of a page, with an optional line of introduction.
export function PageHeading({ title, intro }: { title: React.ReactNode; intro?: React.ReactNode }) {
  return (
    <div className="mb-6 space-y-2">
      <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{title}</h1>
      {intro ? <p className="max-w-prose text-lg text-slate-700">{intro}</p> : null}
    </div>
  );
}
