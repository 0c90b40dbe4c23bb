import { NavLink } from "./nav-link";

type Props = {
  // What screen readers announce the navigation as.
  label: string;
  sections: { href: string; label: string }[];
};

// An area's sections under its header. On a phone the links wrap onto a
// second line rather than hiding behind a button: all of them stay one
// tap away.
export function SectionNav({ label, sections }: Props) {
  return (
    <nav aria-label={label} className="mx-auto max-w-5xl px-4 pb-3">
      <ul className="flex flex-wrap gap-2">
        {sections.map((section) => (
          <li key={section.href}>
            <NavLink
              href={section.href}
              className="block rounded-md px-3 py-2 font-medium text-slate-800 hover:bg-brand-50 hover:text-brand-800 data-current:bg-brand-700 data-current:text-white"
            >
              {section.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
