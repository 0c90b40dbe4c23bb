import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { formStyles } from "./form-styles";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className"> & {
  id: string;
  label: ReactNode;
  // The field's problem, in Dutch; marks the input invalid and is read
  // out with it.
  error?: ReactNode;
  inputRef?: Ref<HTMLInputElement>;
};

// One labelled input of the sign-in and password forms, with its error
// under it.
export function FormField({ id, label, error, inputRef, ...input }: Props) {
  const errorId = `${id}-error`;

  return (
    <div>
      <label htmlFor={id} className={formStyles.label}>
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={formStyles.input}
      />
      {error && (
        <p id={errorId} className={formStyles.fieldError}>
          {error}
        </p>
      )}
    </div>
  );
}
