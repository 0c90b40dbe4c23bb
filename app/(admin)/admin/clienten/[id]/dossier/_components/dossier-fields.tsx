"use client";

import { useTranslations } from "next-intl";
import type { DossierFieldErrorCode } from "@/lib/admin/dossier/dossier-result";
import {
  APPOINTMENT_MAX_HOURS,
  CARE_PLAN_ROWS_MAX,
  EARLIEST_YEAR,
  LATEST_YEAR,
  TEXT_AREA_INPUT_MAX,
  TEXT_INPUT_INPUT_MAX,
} from "@/lib/admin/dossier/dossier-limits";
import { adminStyles } from "../../../../_components/admin-styles";
import { useDossierFormState } from "./dossier-form";

// A field's id from its name: goals.2.title → field-goals-2-title.
export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

type FieldProps = {
  name: string;
  label: string;
  hint?: string;
  defaultValue?: string;
  // The longest text the server accepts, for the "too long" message.
  max?: number;
  // Rows of a list keep their own texts (see rows-fieldset.tsx): the names
  // of later rows shift when one is removed.
  keepTyped?: false;
};

// The Dutch text for a field's error code, with the numbers it mentions.
export function useFieldError(name: string, max?: number): string | undefined {
  const t = useTranslations("adminDossier.fieldErrors");
  const code: DossierFieldErrorCode | undefined = useDossierFormState()?.fieldErrors?.[name];
  if (!code) return undefined;

  return t(code, {
    max: max ?? CARE_PLAN_ROWS_MAX,
    hours: APPOINTMENT_MAX_HOURS,
    earliest: EARLIEST_YEAR,
    latest: LATEST_YEAR,
  });
}

// Label, hint, the control and its error: the control is described by
// the hint and the error, and marked invalid while there is one.
function Field({
  name,
  label,
  hint,
  max,
  children,
}: Omit<FieldProps, "defaultValue" | "keepTyped"> & {
  children: (control: React.InputHTMLAttributes<HTMLElement> & { id: string }) => React.ReactNode;
}) {
  const id = fieldId(name);
  const error = useFieldError(name, max);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");

  return (
    <div>
      <label htmlFor={id} className={adminStyles.label}>
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className={adminStyles.hint}>
          {hint}
        </p>
      ) : null}
      {children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy || undefined,
      })}
      {error ? (
        <p id={`${id}-error`} className={adminStyles.fieldError}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

// What the field shows: the text as typed before a refused submit, else
// the record's value.
function useShownValue({ name, defaultValue = "", keepTyped }: FieldProps): string {
  const typed = useDossierFormState()?.values?.[name];

  return keepTyped === false ? defaultValue : (typed ?? defaultValue);
}

export function TextField(props: FieldProps & { autoComplete?: string }) {
  const value = useShownValue(props);

  return (
    <Field {...props}>
      {(control) => (
        <input
          {...control}
          type="text"
          name={props.name}
          defaultValue={value}
          autoComplete={props.autoComplete ?? "off"}
          maxLength={TEXT_INPUT_INPUT_MAX}
          aria-required="true"
          className={adminStyles.input}
        />
      )}
    </Field>
  );
}

export function TextAreaField(props: FieldProps & { rows?: number }) {
  const value = useShownValue(props);

  return (
    <Field {...props}>
      {(control) => (
        <textarea
          {...control}
          name={props.name}
          defaultValue={value}
          rows={props.rows ?? 5}
          maxLength={TEXT_AREA_INPUT_MAX}
          aria-required="true"
          className={adminStyles.input.replace("max-w-md", "max-w-2xl")}
        />
      )}
    </Field>
  );
}

// Date and time on the portal's clock; a text field where the browser has
// no date-time picker, so the hint shows the format.
export function DateTimeField(props: FieldProps) {
  const t = useTranslations("adminDossier.form");
  const value = useShownValue(props);

  return (
    <Field {...props} hint={props.hint ?? t("dateTimeHint")}>
      {(control) => (
        <input
          {...control}
          type="datetime-local"
          name={props.name}
          defaultValue={value}
          aria-required="true"
          className={adminStyles.input}
        />
      )}
    </Field>
  );
}

export function DateField(props: FieldProps) {
  const value = useShownValue(props);

  return (
    <Field {...props}>
      {(control) => (
        <input
          {...control}
          type="date"
          name={props.name}
          defaultValue={value}
          aria-required="true"
          className={adminStyles.input}
        />
      )}
    </Field>
  );
}

// React applies a select's defaultValue only when it mounts, and resets
// the form after every submit: keyed by the value it shows, the select is
// made again after a refused submit, so the choice as sent stays chosen
// instead of going back to the placeholder or the record's value.
export function SelectField(
  props: FieldProps & { placeholder: string; options: { value: string; label: string }[] },
) {
  const value = useShownValue(props);

  return (
    <Field {...props}>
      {(control) => (
        <select
          {...control}
          key={value}
          name={props.name}
          defaultValue={value}
          aria-required="true"
          className={adminStyles.input}
        >
          <option value="">{props.placeholder}</option>
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
