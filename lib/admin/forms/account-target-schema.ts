import { z } from "zod";
import { recordIdField } from "./fields";

// The buttons that act on one account (deactivate, unlock, invite again…)
// send only its id.
export const accountTargetSchema = z.object({ accountId: recordIdField });

export type AccountTarget = z.output<typeof accountTargetSchema>;

export const ACCOUNT_TARGET_FIELDS = ["accountId"] as const;
