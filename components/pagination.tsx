import Link from "next/link";

type PaginationProps = {
  label: string;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  previousLabel: string;
  nextLabel: string;
  positionLabel: string;
};

const linkClass =
  "rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-brand-700 hover:bg-brand-50";

// Previous and next links around "page x of y". Hidden when there is only
// one page.
export function Pagination(props: PaginationProps) {
  const { page, pageCount, hrefFor } = props;
  if (pageCount <= 1) return null;

  return (
    <nav aria-label={props.label} className="mt-6 flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          <span aria-hidden="true">← </span>
          {props.previousLabel}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-slate-700">
        {props.positionLabel}
      </p>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
          {props.nextLabel}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
