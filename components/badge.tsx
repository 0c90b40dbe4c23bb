const tones = {
  neutral: "bg-slate-100 text-slate-800",
  brand: "bg-brand-50 text-brand-800",
  danger: "bg-red-50 text-red-800 ring-1 ring-red-200",
} as const;

type BadgeProps = { tone?: keyof typeof tones; children: React.ReactNode };

// A short label such as a category or a status. Colour is never the only
// signal: the text says it all.
export function Badge({ tone = "neutral", children }: BadgeProps) {
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-medium ${tones[tone]}`}>
      {children}
    </span>
  );
}
