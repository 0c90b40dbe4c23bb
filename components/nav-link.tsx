"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

type NavLinkProps = { href: string; children: React.ReactNode; className?: string };

// A navigation link that tells screen readers (aria-current) and sighted
// users (data-current, for styling) which section is open.
export function NavLink({ href, children, className }: NavLinkProps) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);

  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      data-current={current ? "" : undefined}
      className={className}
    >
      {children}
    </Link>
  );
}
