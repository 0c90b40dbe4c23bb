"use server";

import { revalidatePath } from "next/cache";
import type { AdminActor } from "../admin-actor";
import type { AdminResult } from "../admin-result";
import type { AccountOperation } from "../accounts/available-account-actions";
import { deactivateAccount } from "../accounts/deactivate-account";
import { reactivateAccount } from "../accounts/reactivate-account";
import { reinviteAccount } from "../accounts/reinvite-account";
import { requestPasswordReset } from "../accounts/request-password-reset";
import { unlockAccount } from "../accounts/unlock-account";
import { ACCOUNT_ACTION_FIELDS, accountActionSchema } from "../forms/account-action-schema";
import { ADMIN_ROOT } from "../paths";
import { adminFormAction } from "./admin-form-action";
import { toFormState, type AdminFormState } from "./admin-form-state";

type Input = { accountId: string };

const OPERATIONS: Record<
  AccountOperation,
  (actor: AdminActor, input: Input) => Promise<AdminFormState>
> = {
  reinvite: notifying(reinviteAccount, "INVITATION_SENT"),
  unlock: notifying(unlockAccount, "ACCOUNT_UNLOCKED"),
  resetPassword: notifying(requestPasswordReset, "RESET_LINK_SENT"),
  deactivate: notifying(deactivateAccount, "ACCOUNT_DEACTIVATED"),
  reactivate: async (actor, input) => {
    const result = await reactivateAccount(actor, input);
    if (!result.ok) return result;

    const notice =
      result.status === "ACTIVE" ? "ACCOUNT_REACTIVATED" : "ACCOUNT_REACTIVATED_INVITED";
    return { ok: true, notice };
  },
};

function notifying(
  operation: (actor: AdminActor, input: Input) => Promise<AdminResult>,
  notice: Parameters<typeof toFormState>[1],
) {
  return async (actor: AdminActor, input: Input) =>
    toFormState(await operation(actor, input), notice);
}

// The buttons that act on one account, on a client's page and on the
// admins page: the form names the account and the operation. After a
// change the admin pages render again, showing the account's new state.
export const accountAction = adminFormAction({
  name: "account",
  schema: accountActionSchema,
  fields: ACCOUNT_ACTION_FIELDS,
  run: async (actor, input) => {
    const state = await OPERATIONS[input.operation](actor, { accountId: input.accountId });
    if (state?.ok) revalidatePath(ADMIN_ROOT, "layout");

    return state;
  },
});
