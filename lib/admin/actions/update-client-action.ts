"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { AdminNotice } from "../admin-notices";
import { updateClient, type UpdateClientResult } from "../clients/update-client";
import { CLIENT_UPDATE_FIELDS, clientUpdateSchema } from "../forms/client-form-schema";
import { ADMIN_ROOT, clientPath } from "../paths";
import { adminFormAction } from "./admin-form-action";

function noticeFor(result: UpdateClientResult & { ok: true }): AdminNotice {
  if (result.changed.length === 0) return "CLIENT_UNCHANGED";
  if (result.movedActive) {
    return result.movedActive.oldAddressNotified
      ? "CLIENT_UPDATED_MOVED"
      : "CLIENT_UPDATED_MOVED_MAIL_FAILED";
  }
  if (!result.reinvited) return "CLIENT_UPDATED";

  return result.reinvited.mailSent
    ? "CLIENT_UPDATED_REINVITED"
    : "CLIENT_UPDATED_REINVITE_MAIL_FAILED";
}

// "Gegevens wijzigen": on success back to the client's page with a notice.
export const updateClientAction = adminFormAction({
  name: "client.update",
  schema: clientUpdateSchema,
  fields: CLIENT_UPDATE_FIELDS,
  run: async (actor, input) => {
    const result = await updateClient(actor, input);
    if (!result.ok) return result;

    revalidatePath(ADMIN_ROOT, "layout");
    redirect(clientPath(input.clientId, noticeFor(result)));
  },
});
