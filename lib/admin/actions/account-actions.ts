"use server";

import { revalidatePath } from "next/cache";
import type { AdminActor } from "../admin-actor";
import type { AdminNotice } from "../admin-notices";
import type { AdminResult } from "../admin-result";
import { deactivateAccount } from "../accounts/deactivate-account";
import { reactivateAccount } from "../accounts/reactivate-account";
import { reinviteAccount } from "../accounts/reinvite-account";
import { requestPasswordReset } from "../accounts/request-password-reset";
import { unlockAccount } from "../accounts/unlock-account";
import {
  ACCOUNT_TARGET_FIELDS,
  accountTargetSchema,
  type AccountTarget,
} from "../forms/account-target-schema";
import { ADMIN_ROOT } from "../paths";
import { adminFormAction } from "./admin-form-action";
import { toFormState, type AdminFormState } from "./admin-form-state";

// The buttons that act on one account, on a client's page and on the
// admins page. Each sends only the account id; after a change the admin
// pages are rendered again to show the account's new state.
function accountAction(
  name: string,
  run: (actor: AdminActor, input: AccountTarget) => Promise<AdminFormState>,
) {
  return adminFormAction({
    name,
    schema: accountTargetSchema,
    fields: ACCOUNT_TARGET_FIELDS,
    run: async (actor, input) => {
      const state = await run(actor, input);
      if (state?.ok) revalidatePath(ADMIN_ROOT, "layout");

      return state;
    },
  });
}

function simple(
  operation: (actor: AdminActor, input: AccountTarget) => Promise<AdminResult>,
  notice: AdminNotice,
) {
  return async (actor: AdminActor, input: AccountTarget) =>
    toFormState(await operation(actor, input), notice);
}

export const deactivateAccountAction = accountAction(
  "account.deactivate",
  simple(deactivateAccount, "ACCOUNT_DEACTIVATED"),
);

export const reactivateAccountAction = accountAction("account.reactivate", async (actor, input) => {
  const result = await reactivateAccount(actor, input);
  if (!result.ok) return result;

  return {
    ok: true,
    notice: result.status === "ACTIVE" ? "ACCOUNT_REACTIVATED" : "ACCOUNT_REACTIVATED_INVITED",
  };
});

export const unlockAccountAction = accountAction(
  "account.unlock",
  simple(unlockAccount, "ACCOUNT_UNLOCKED"),
);

export const reinviteAccountAction = accountAction(
  "account.invite",
  simple(reinviteAccount, "INVITATION_SENT"),
);

export const requestPasswordResetAction = accountAction(
  "password.reset_requested",
  simple(requestPasswordReset, "RESET_LINK_SENT"),
);
