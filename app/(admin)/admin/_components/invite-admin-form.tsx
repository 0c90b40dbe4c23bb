"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { AdminFormState } from "@/lib/admin/actions/admin-form-state";
import { inviteAdminAction } from "@/lib/admin/actions/invite-admin-action";
import type { FieldErrorCode } from "@/lib/admin/admin-result";
import { adminStyles } from "./admin-styles";
import { fieldErrorValues } from "./field-error-text";
import { FormField } from "./form-field";
import { FormMessage } from "./form-message";
import { useFocusOnResult } from "./use-focus-on-result";

const FIELDS = ["name", "email"] as const;

// "Beheerder uitnodigen": after success the form is empty again and the
// new admin appears in the list above.
export function InviteAdminForm() {
  const t = useTranslations("admin");
  const [state, formAction, pending] = useActionState<AdminFormState, FormData>(
    inviteAdminAction,
    null,
  );
  const { messageRef, fieldRef } = useFocusOnResult(state, FIELDS);
  const values = state && !state.ok ? state.values : undefined;
  const errorOf = (field: string) => {
    const code = state && !state.ok ? state.fieldErrors?.[field] : undefined;
    return code ? t(`fieldErrors.${code}`, fieldErrorValues(code as FieldErrorCode)) : undefined;
  };

  return (
    <form action={formAction} noValidate className="space-y-6">
      <FormMessage ref={messageRef} state={state} />
      <FormField
        key={`name:${values?.name ?? ""}`}
        id="admin-name"
        label={t("admins.name")}
        error={errorOf("name")}
        inputProps={{
          name: "name",
          ref: fieldRef("name"),
          defaultValue: values?.name,
          type: "text",
          autoComplete: "off",
          required: true,
        }}
      />
      <FormField
        key={`email:${values?.email ?? ""}`}
        id="admin-email"
        label={t("admins.email")}
        error={errorOf("email")}
        inputProps={{
          name: "email",
          ref: fieldRef("email"),
          defaultValue: values?.email,
          type: "email",
          inputMode: "email",
          autoComplete: "off",
          autoCapitalize: "none",
          spellCheck: false,
          required: true,
        }}
      />
      <button type="submit" disabled={pending} className={adminStyles.primaryButton}>
        {pending ? t("admins.submitting") : t("admins.submit")}
      </button>
    </form>
  );
}
