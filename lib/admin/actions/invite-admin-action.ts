"use server";

import { revalidatePath } from "next/cache";
import { inviteAdmin } from "../admins/invite-admin";
import { ADMIN_INVITE_FIELDS, adminInviteSchema } from "../forms/admin-invite-schema";
import { ADMIN_ROOT } from "../paths";
import { adminFormAction } from "./admin-form-action";

// "Beheerder uitnodigen" on the admins page.
export const inviteAdminAction = adminFormAction({
  name: "admin.invite",
  schema: adminInviteSchema,
  fields: ADMIN_INVITE_FIELDS,
  run: async (actor, input) => {
    const result = await inviteAdmin(actor, input);
    if (!result.ok) return result;

    revalidatePath(ADMIN_ROOT, "layout");
    return { ok: true, notice: result.mailSent ? "ADMIN_INVITED" : "ADMIN_INVITED_MAIL_FAILED" };
  },
});
