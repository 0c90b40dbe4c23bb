"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { CARE_PLAN_ROWS_MAX } from "@/lib/admin/dossier/dossier-limits";
import { adminStyles } from "../../../../_components/admin-styles";
import { useDossierFormState } from "./dossier-form";
import { fieldId, TextAreaField, TextField, useFieldError } from "./dossier-fields";

export type RowField = { key: string; label: string; multiline?: boolean; max: number };

type Row = { id: number; values: Record<string, string> };

type RowsFieldsetProps = {
  // Fields are sent as <name>.<index>.<key>, e.g. goals.0.title.
  name: string;
  legend: string;
  rowLabel: (number: number) => string;
  addLabel: string;
  removeLabel: (number: number) => string;
  fields: RowField[];
  initialRows: Record<string, string>[];
};

let nextRowId = 0;
const toRows = (rows: Record<string, string>[]): Row[] =>
  rows.map((values) => ({ id: (nextRowId += 1), values }));

// The rows a refused submit sent, so they come back as typed.
function rowsFromValues(values: Record<string, string>, name: string): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  for (const [key, value] of Object.entries(values)) {
    const match = new RegExp(`^${name}\\.(\\d+)\\.(\\w+)$`).exec(key);
    if (!match) continue;
    const row = (rows[Number(match[1])] ??= {});
    row[match[2]!] = value;
  }

  return Array.from(rows, (row) => row ?? {});
}

// A list of rows (goals, agreements about care) that can grow and shrink.
// Adding a row moves focus into it; removing one moves focus to the add
// button, so keyboard users never lose their place.
export function RowsFieldset(props: RowsFieldsetProps) {
  const { name, fields } = props;
  const t = useTranslations("adminDossier.carePlan");
  const state = useDossierFormState();
  const [rows, setRows] = useState(() => toRows(props.initialRows));
  const [shownState, setShownState] = useState(state);
  // Where focus goes after the next render: a new row, or the add button.
  const focusNext = useRef<number | "add" | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const error = useFieldError(name, CARE_PLAN_ROWS_MAX);

  // After a refused submit the rows are rebuilt from what was sent.
  if (state !== shownState) {
    setShownState(state);
    if (state?.values) setRows(toRows(rowsFromValues(state.values, name)));
  }

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === "add") addButton.current?.focus();
    if (typeof target === "number") {
      document.getElementById(fieldId(`${name}.${target}.${fields[0]!.key}`))?.focus();
    }
  });

  const add = () => {
    focusNext.current = rows.length;
    setRows((current) => [...current, ...toRows([{}])]);
  };
  const remove = (id: number) => {
    focusNext.current = "add";
    setRows((current) => current.filter((row) => row.id !== id));
  };

  return (
    <fieldset
      className="space-y-4"
      aria-describedby={error ? `${fieldId(name)}-error` : `${fieldId(name)}-hint`}
    >
      <legend className="text-lg font-semibold">{props.legend}</legend>
      <p id={`${fieldId(name)}-hint`} className={adminStyles.hint}>
        {t("rowsHint", { max: CARE_PLAN_ROWS_MAX })}
      </p>
      {error ? (
        <p id={`${fieldId(name)}-error`} className={adminStyles.fieldError}>
          {error}
        </p>
      ) : null}

      {rows.length === 0 ? <p className="text-slate-700">{t("noRows")}</p> : null}
      <ol className="space-y-4">
        {rows.map((row, index) => (
          <li key={row.id} className="rounded-lg border border-slate-200 p-4">
            <fieldset className="space-y-4">
              <legend className="font-semibold">{props.rowLabel(index + 1)}</legend>
              {fields.map((field) => {
                const Control = field.multiline ? TextAreaField : TextField;

                return (
                  <Control
                    key={field.key}
                    name={`${name}.${index}.${field.key}`}
                    label={field.label}
                    defaultValue={row.values[field.key] ?? ""}
                    max={field.max}
                    keepTyped={false}
                    {...(field.multiline ? { rows: 3 } : {})}
                  />
                );
              })}
              <button
                type="button"
                onClick={() => remove(row.id)}
                className={adminStyles.dangerButton}
              >
                {props.removeLabel(index + 1)}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>

      <button ref={addButton} type="button" onClick={add} className={adminStyles.secondaryButton}>
        {props.addLabel}
      </button>
    </fieldset>
  );
}
