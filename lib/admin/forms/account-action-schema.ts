import { z } from "zod";
import { ACCOUNT_OPERATIONS } from "../accounts/available-account-actions";
import { recordIdField } from "./fields";

// The buttons that act on one account (deactivate, unlock, invite again…)
// send its id and which operation to run.
export const accountActionSchema = z.object({
  accountId: recordIdField,
  operation: z.enum(ACCOUNT_OPERATIONS),
});

export type AccountActionInput = z.output<typeof accountActionSchema>;

export const ACCOUNT_ACTION_FIELDS = ["accountId", "operation"] as const;
