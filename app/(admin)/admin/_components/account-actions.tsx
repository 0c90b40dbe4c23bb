"use client";

import { useActionState, useId, useRef } from "react";
import { useTranslations } from "next-intl";
import { accountAction } from "@/lib/admin/actions/account-action";
import type { AdminFormState } from "@/lib/admin/actions/admin-form-state";
import type { AccountOperation } from "@/lib/admin/accounts/available-account-actions";
import { adminStyles } from "./admin-styles";
import { FormMessage } from "./form-message";
import { useFocusOnResult } from "./use-focus-on-result";

const LABELS = {
  reinvite: "reinvite",
  unlock: "unlock",
  resetPassword: "resetPassword",
  reactivate: "reactivate",
  deactivate: "deactivate",
} as const satisfies Record<AccountOperation, string>;

type AccountActionsProps = {
  accountId: string;
  accountName: string;
  operations: AccountOperation[];
  // Names the group of buttons for screen readers, e.g. on the admins list.
  label?: string;
};

const NO_FIELDS: readonly string[] = [];

// The buttons for one account. Each submits the account id and its
// operation; deactivating asks first, in a dialog. The outcome is shown
// (and read out) above the buttons.
export function AccountActions({ accountId, accountName, operations, label }: AccountActionsProps) {
  const t = useTranslations("admin.accountActions");
  const [state, formAction, pending] = useActionState<AdminFormState, FormData>(
    accountAction,
    null,
  );
  const { messageRef } = useFocusOnResult(state, NO_FIELDS);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const direct = operations.filter((operation) => operation !== "deactivate");
  const canDeactivate = operations.includes("deactivate");

  return (
    <div className="space-y-3">
      <FormMessage ref={messageRef} state={state} />

      {operations.length === 0 ? <p className="text-slate-700">{t("none")}</p> : null}
      <form action={formAction} aria-label={label} className="flex flex-wrap gap-3">
        <input type="hidden" name="accountId" value={accountId} />
        {direct.map((operation) => (
          <button
            key={operation}
            type="submit"
            name="operation"
            value={operation}
            disabled={pending}
            className={adminStyles.secondaryButton}
          >
            {t(LABELS[operation])}
          </button>
        ))}
        {canDeactivate ? (
          <button
            type="button"
            disabled={pending}
            onClick={() => {
              dialogRef.current?.showModal();
              // The safe choice has the focus: Enter does not deactivate.
              cancelRef.current?.focus();
            }}
            className={adminStyles.dangerButton}
          >
            {t("deactivate")}
          </button>
        ) : null}
      </form>
      {pending ? <p className="text-slate-700">{t("working")}</p> : null}

      {canDeactivate ? (
        <dialog
          ref={dialogRef}
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-text`}
          className="m-auto w-[calc(100%-2rem)] max-w-md rounded-xl p-6 shadow-xl backdrop:bg-slate-900/50"
        >
          <h2 id={`${id}-title`} className="text-xl font-semibold">
            {t("deactivateTitle")}
          </h2>
          <p id={`${id}-text`} className="mt-3 text-slate-700">
            {t("deactivateText", { name: accountName })}
          </p>
          <form
            action={formAction}
            onSubmit={() => dialogRef.current?.close()}
            className="mt-6 flex flex-wrap gap-3"
          >
            <input type="hidden" name="accountId" value={accountId} />
            <input type="hidden" name="operation" value="deactivate" />
            <button type="submit" className={adminStyles.dangerSolidButton}>
              {t("deactivateConfirm")}
            </button>
            <button
              ref={cancelRef}
              type="button"
              onClick={() => dialogRef.current?.close()}
              className={adminStyles.secondaryButton}
            >
              {t("cancel")}
            </button>
          </form>
        </dialog>
      ) : null}
    </div>
  );
}
