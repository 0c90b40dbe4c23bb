import Link from "next/link";

// The id of the alert that lists what is wrong with the filter; each
// field marked invalid points at it with aria-describedby.
export const FILTER_ERROR_ID = "filter-fout";

export const filterInputClass =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base aria-invalid:border-red-700 sm:w-48";

type Props = {
  // Where the form is sent, and where "clear" goes back to.
  action: string;
  title: string;
  // What is wrong with the values given, already in Dutch; shown above the
  // fields with `notApplied`, the line saying the list is not filtered.
  errors: string[];
  notApplied: string;
  applyLabel: string;
  clearLabel: string;
  // Whether any filter is given, so "clear" has something to clear.
  hasFilter: boolean;
  children: React.ReactNode;
};

// A filter above a list: a plain GET form, so it works without JavaScript
// and the filtered list can be bookmarked.
export function FilterForm({
  action,
  title,
  errors,
  notApplied,
  applyLabel,
  clearLabel,
  hasFilter,
  children,
}: Props) {
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-labelledby="filter-titel"
      className="mb-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <h2 id="filter-titel" className="text-lg font-semibold">
        {title}
      </h2>

      {errors.length > 0 ? (
        <div
          id={FILTER_ERROR_ID}
          role="alert"
          className="mt-3 rounded-md border border-red-700 bg-red-50 p-3 text-red-900"
        >
          {errors.map((error) => (
            <p key={error}>{error}</p>
          ))}
          <p>{notApplied}</p>
        </div>
      ) : null}

      <div className="mt-3 flex flex-col gap-4 sm:flex-row sm:flex-wrap sm:items-end">
        {children}
        <div className="flex flex-wrap items-center gap-4">
          <button
            type="submit"
            className="inline-flex items-center justify-center rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
          >
            {applyLabel}
          </button>
          {hasFilter ? (
            <Link
              href={action}
              className="text-brand-700 underline underline-offset-4 hover:text-brand-800"
            >
              {clearLabel}
            </Link>
          ) : null}
        </div>
      </div>
    </form>
  );
}
