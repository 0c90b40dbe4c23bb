"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createClientAction } from "@/lib/admin/actions/create-client-action";
import type { AdminFormState } from "@/lib/admin/actions/admin-form-state";
import { updateClientAction } from "@/lib/admin/actions/update-client-action";
import type { FieldErrorCode } from "@/lib/admin/admin-result";
import { adminStyles } from "./admin-styles";
import { fieldErrorValues } from "./field-error-text";
import { FormField } from "./form-field";
import { FormMessage } from "./form-message";
import { useFocusOnResult } from "./use-focus-on-result";

const FIELDS = ["name", "clientNumber", "email", "dateOfBirth"] as const;

type ClientFormValues = Record<(typeof FIELDS)[number], string>;

type ClientFormProps = {
  // Without a client id the form creates a client; with one it edits it.
  clientId?: string;
  // For an edit: when the client was last saved as loaded, sent back so a
  // save over someone else's newer change is refused.
  basedOnUpdatedAt?: string;
  initial: ClientFormValues;
  // For an edit: what changing the address does to this account.
  emailNote?: string;
  // For an edit of a client without an account there is no address.
  showEmail?: boolean;
  cancelHref: string;
};

// "Nieuwe cliënt" and "Gegevens wijzigen". On success the server action
// moves on to the client's page; on a refusal the form shows what to fix
// and keeps what was typed.
export function ClientForm({
  clientId,
  basedOnUpdatedAt,
  initial,
  emailNote,
  showEmail = true,
  cancelHref,
}: ClientFormProps) {
  const t = useTranslations("admin");
  const editing = Boolean(clientId);
  const [state, formAction, pending] = useActionState<AdminFormState, FormData>(
    editing ? updateClientAction : createClientAction,
    null,
  );
  const { messageRef, fieldRef } = useFocusOnResult(state, FIELDS);
  const values = state && !state.ok && state.values ? { ...initial, ...state.values } : initial;
  const errorOf = (field: string) => {
    const code = state && !state.ok ? state.fieldErrors?.[field] : undefined;
    return code ? t(`fieldErrors.${code}`, fieldErrorValues(code as FieldErrorCode)) : undefined;
  };
  const field = (name: (typeof FIELDS)[number]) => ({
    name,
    ref: fieldRef(name),
    defaultValue: values[name],
  });
  // A new key gives the field the values sent back after a refusal.
  const keyOf = (name: (typeof FIELDS)[number]) => `${name}:${values[name]}`;

  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-6">
      <FormMessage ref={messageRef} state={state} />
      {clientId ? <input type="hidden" name="clientId" value={clientId} /> : null}
      {basedOnUpdatedAt ? (
        <input type="hidden" name="basedOnUpdatedAt" value={basedOnUpdatedAt} />
      ) : null}

      <FormField
        key={keyOf("name")}
        id="name"
        label={t("clients.form.name")}
        hint={t("clients.form.nameHint")}
        error={errorOf("name")}
        inputProps={{ ...field("name"), type: "text", autoComplete: "off", required: true }}
      />
      <FormField
        key={keyOf("clientNumber")}
        id="clientNumber"
        label={t("clients.form.clientNumber")}
        hint={t("clients.form.clientNumberHint")}
        error={errorOf("clientNumber")}
        inputProps={{
          ...field("clientNumber"),
          type: "text",
          autoComplete: "off",
          autoCapitalize: "characters",
          spellCheck: false,
          required: true,
        }}
      />
      {showEmail ? (
        <FormField
          key={keyOf("email")}
          id="email"
          label={t("clients.form.email")}
          hint={emailNote ?? t("clients.form.emailHint")}
          error={errorOf("email")}
          inputProps={{
            ...field("email"),
            type: "email",
            inputMode: "email",
            autoComplete: "off",
            autoCapitalize: "none",
            spellCheck: false,
            required: true,
          }}
        />
      ) : (
        <input type="hidden" name="email" value="" />
      )}
      <FormField
        key={keyOf("dateOfBirth")}
        id="dateOfBirth"
        label={t("clients.form.dateOfBirth")}
        optionalLabel={t("common.optional")}
        hint={t("clients.form.dateOfBirthHint")}
        error={errorOf("dateOfBirth")}
        inputProps={{
          ...field("dateOfBirth"),
          type: "text",
          inputMode: "numeric",
          autoComplete: "off",
        }}
      />

      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className={adminStyles.primaryButton}>
          {editing
            ? pending
              ? t("clients.edit.submitting")
              : t("clients.edit.submit")
            : pending
              ? t("clients.new.submitting")
              : t("clients.new.submit")}
        </button>
        <Link href={cancelHref} className={adminStyles.link}>
          {t("common.cancel")}
        </Link>
      </div>
    </form>
  );
}
