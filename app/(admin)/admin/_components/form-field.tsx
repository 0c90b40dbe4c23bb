import { adminStyles } from "./admin-styles";

type FormFieldProps = {
  id: string;
  label: string;
  hint?: string;
  // Already in Dutch; the field is marked invalid and described by it.
  error?: string;
  optionalLabel?: string;
  inputProps: React.InputHTMLAttributes<HTMLInputElement> & { ref?: React.Ref<HTMLInputElement> };
};

// A labelled text field with its hint and error below it, both read out
// with the field.
export function FormField({ id, label, hint, error, optionalLabel, inputProps }: FormFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");

  return (
    <div>
      <label htmlFor={id} className={adminStyles.label}>
        {label}
        {optionalLabel ? (
          <span className="font-normal text-slate-600"> {optionalLabel}</span>
        ) : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className={adminStyles.hint}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={adminStyles.input}
        {...inputProps}
      />
      {error ? (
        <p id={`${id}-error`} className={adminStyles.fieldError}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
