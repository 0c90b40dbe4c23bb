import { z } from "zod";
import { emailField, nameField } from "./fields";

// "Beheerder uitnodigen": a name and an address.
export const adminInviteSchema = z.object({ name: nameField, email: emailField });

export type AdminInviteInput = z.output<typeof adminInviteSchema>;

export const ADMIN_INVITE_FIELDS = ["name", "email"] as const;
