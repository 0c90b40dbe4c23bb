import { FILTER_ERROR_ID, filterInputClass } from "./filter-form";

type DateFieldProps = {
  name: "van" | "tot";
  label: string;
  value: string | undefined;
  invalid: boolean;
};

function DateField({ name, label, value, invalid }: DateFieldProps) {
  return (
    <div>
      <label htmlFor={name} className="font-medium">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type="date"
        defaultValue={value}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? FILTER_ERROR_ID : undefined}
        className={filterInputClass}
      />
    </div>
  );
}

// The period errors every list with a period filter can report.
export type PeriodError = "invalidFrom" | "invalidTo" | "fromAfterTo";

type Props = {
  from: string | undefined;
  to: string | undefined;
  errors: readonly string[];
  labels: { from: string; to: string };
};

// "Van" and "tot" of a filter (?van=, ?tot=), each marked invalid when the
// list's errors say so; a start after the end marks both.
export function PeriodFields({ from, to, errors, labels }: Props) {
  const has = (error: PeriodError) => errors.includes(error);

  return (
    <>
      <DateField
        name="van"
        label={labels.from}
        value={from}
        invalid={has("invalidFrom") || has("fromAfterTo")}
      />
      <DateField
        name="tot"
        label={labels.to}
        value={to}
        invalid={has("invalidTo") || has("fromAfterTo")}
      />
    </>
  );
}
