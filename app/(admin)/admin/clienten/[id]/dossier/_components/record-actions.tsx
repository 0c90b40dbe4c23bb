import Link from "next/link";
import { adminStyles } from "../../../../_components/admin-styles";

type RecordLink = { href: string; label: string };

// The links beside a record, each naming the record for screen readers
// ("Bewerken: rapportage van 3 maart 2026"), since a list has many.
export function RecordActions({
  links,
  recordLabel,
}: {
  links: RecordLink[];
  recordLabel: string;
}) {
  return (
    <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
      {links.map((link) => (
        <Link key={link.href} href={link.href} className={adminStyles.link}>
          {link.label}
          <span className="sr-only">: {recordLabel}</span>
        </Link>
      ))}
    </p>
  );
}
