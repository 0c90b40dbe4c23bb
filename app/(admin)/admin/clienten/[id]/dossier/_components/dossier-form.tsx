"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { createContext, use, useActionState, useEffect, useRef } from "react";
import type { DossierFormState } from "@/lib/admin/dossier/actions/dossier-form-state";
import { adminStyles } from "../../../../_components/admin-styles";

export type DossierFormAction = (
  state: DossierFormState,
  form: FormData,
) => Promise<DossierFormState>;

const FormStateContext = createContext<DossierFormState>(null);

// The last refused submit, for the fields to show their error and the
// text as typed.
export function useDossierFormState(): DossierFormState {
  return use(FormStateContext);
}

type DossierFormProps = {
  action: DossierFormAction;
  // Ids that say what the form is about: client, record, version.
  hidden: Record<string, string>;
  submitLabel: string;
  cancelHref: string;
  // The way back without saving; "Annuleren" unless that would be unclear.
  cancelLabel?: string;
  children: React.ReactNode;
};

// Every dossier form: the fields, a save button and a way back. The server
// checks everything (the browser's own checks are off, so every message
// is the same Dutch one); after a refused submit, the reason is read out
// and focus goes to the first field to fix, or else to the reason.
export function DossierForm(props: DossierFormProps) {
  const { action, hidden, submitLabel, cancelHref, cancelLabel, children } = props;
  const t = useTranslations("adminDossier");
  const [state, formAction, pending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!state) return;

    const invalid = formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']");
    (invalid ?? messageRef.current)?.focus();
  }, [state]);

  return (
    <FormStateContext value={state}>
      <form ref={formRef} action={formAction} noValidate className="space-y-6">
        <div ref={messageRef} tabIndex={-1} role="status" aria-live="polite">
          {state ? <p className={adminStyles.alert}>{t(`errors.${state.error}`)}</p> : null}
        </div>

        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}

        {children}

        <div className="flex flex-wrap items-center gap-4 border-t border-slate-200 pt-6">
          <button type="submit" disabled={pending} className={adminStyles.primaryButton}>
            {pending ? t("form.saving") : submitLabel}
          </button>
          <Link href={cancelHref} className={adminStyles.link}>
            {cancelLabel ?? t("form.cancel")}
          </Link>
        </div>
      </form>
    </FormStateContext>
  );
}
