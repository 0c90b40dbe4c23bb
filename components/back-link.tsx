import Link from "next/link";

// A link back to the list a detail page belongs to.
export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      className="inline-flex items-center gap-1 rounded text-brand-700 underline underline-offset-4 hover:text-brand-800"
    >
      <span aria-hidden="true">←</span>
      {children}
    </Link>
  );
}
